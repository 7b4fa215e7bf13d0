import { browser } from 'wxt/browser';
import type { ActivationReply } from '@/lib/page/messages';
import { decideActivation } from '@/lib/settings/site-activation';
import {
  DISABLED_ORIGINS_KEY,
  SITE_PROFILES_KEY,
  parseDisabledOrigins,
} from '@/lib/settings/site-settings';
import { parseSiteProfiles, profileForUrl } from '@/lib/sites/site-profile';

/** Administrator settings read from storage.managed (issue 8 adds the full policy). */
async function readManaged(): Promise<{ allowedOrigins?: string[]; blockedOrigins?: string[] }> {
  try {
    const managed = await browser.storage.managed.get(['allowedOrigins', 'blockedOrigins']);
    const list = (value: unknown): string[] | undefined =>
      Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
    return {
      allowedOrigins: list(managed.allowedOrigins),
      blockedOrigins: list(managed.blockedOrigins),
    };
  } catch {
    // No policy installed (Firefox throws when there is no managed storage manifest).
    return {};
  }
}

/** Whether the page at `url` is checked, why not, and its site profile. */
export async function activation(url: string): Promise<ActivationReply> {
  const stored = await browser.storage.local.get([DISABLED_ORIGINS_KEY, SITE_PROFILES_KEY]);
  const managed = await readManaged();
  const reason = decideActivation(url, {
    disabledOrigins: parseDisabledOrigins(stored[DISABLED_ORIGINS_KEY]),
    ...managed,
  });
  const { profiles } = parseSiteProfiles(stored[SITE_PROFILES_KEY] ?? []);
  return { enabled: reason === 'on', reason, profile: profileForUrl(profiles, url) };
}
