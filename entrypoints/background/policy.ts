import { browser } from 'wxt/browser';
import { parsePolicy, type ParsedPolicy } from '@/lib/policy/parse-policy';

let cached: Promise<ParsedPolicy> | null = null;

/** The managed policy as read from browser.storage.managed, validated key by key. */
async function loadPolicy(): Promise<ParsedPolicy> {
  try {
    return parsePolicy(await browser.storage.managed.get(null));
  } catch {
    // No policy installed (Firefox throws when there is no managed storage manifest).
    return { policy: {}, issues: [] };
  }
}

/** The current policy; read once, then again after every change to managed storage. */
export function readPolicy(): Promise<ParsedPolicy> {
  cached ??= loadPolicy();
  return cached;
}

/**
 * Forgets the cached policy whenever the administrator's policy changes, so the next review
 * and activation use the new one without a restart. Call once when the background starts.
 */
export function watchPolicy(): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') cached = null;
  });
}
