import { browser } from 'wxt/browser';
import { POLICY_SCHEMAS } from '@/lib/policy/policy-schema';
import { REVIEWER_KEY, parseReviewer, type Reviewer } from '@/lib/settings/reviewer';

/** storage.local key of the keep-for setting (days; absent: keep everything). */
export const RETENTION_DAYS_KEY = 'log.retentionDays.v1';
/** The managed-policy key an administrator sets the keep-for period with. */
export const MANAGED_RETENTION_KEY = 'logRetentionDays';

/** Whole days, 1–36,500: the policy's rule for logRetentionDays, for the supervisor's own value too. */
const DaysSchema = POLICY_SCHEMAS.logRetentionDays;

/** The keep-for period and whether the administrator's policy fixes it. */
export interface RetentionSetting {
  days: number | null;
  managed: boolean;
}

async function readManagedDays(): Promise<number | null> {
  try {
    const managed = await browser.storage.managed.get(MANAGED_RETENTION_KEY);
    return DaysSchema.safeParse(managed[MANAGED_RETENTION_KEY]).data ?? null;
  } catch {
    // No policy installed (Firefox throws when there is no managed storage manifest).
    return null;
  }
}

/** Reads the setting: the policy's value wins over the supervisor's own. */
export async function readRetentionSetting(): Promise<RetentionSetting> {
  const managed = await readManagedDays();
  if (managed !== null) return { days: managed, managed: true };
  const stored = await browser.storage.local.get(RETENTION_DAYS_KEY);
  return { days: DaysSchema.safeParse(stored[RETENTION_DAYS_KEY]).data ?? null, managed: false };
}

/** Saves the supervisor's keep-for period (null: keep everything). */
export async function saveRetentionDays(days: number | null): Promise<void> {
  if (days === null) await browser.storage.local.remove(RETENTION_DAYS_KEY);
  else await browser.storage.local.set({ [RETENTION_DAYS_KEY]: DaysSchema.parse(days) });
}

/** The reviewer set in the options page. */
export async function readReviewer(): Promise<Reviewer> {
  const stored = await browser.storage.local.get(REVIEWER_KEY);
  return parseReviewer(stored[REVIEWER_KEY]);
}

/** The extension's own version, for export metadata. */
export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}
