import { DEFAULT_MANUAL_ITEMS, type ManualItem } from '../checklist/checklist-items';
import type { Reviewer } from '../settings/reviewer';
import type { SiteProfile } from '../sites/site-profile';
import { DEFAULT_GATE_MODE, type GateMode, type Policy, type RuleOverride } from './policy-schema';

/** One setting as it applies, and whether the administrator's policy set it (then read-only). */
export interface Setting<T> {
  value: T;
  byAdmin: boolean;
}

/** What the user set in the options page and the popup (storage.local). */
export interface UserSettings {
  reviewer: Reviewer;
  manualItems: readonly ManualItem[];
  siteProfiles: readonly SiteProfile[];
}

/** A site profile with where it comes from. */
export interface EffectiveSiteProfile {
  profile: SiteProfile;
  byAdmin: boolean;
}

/** The settings in effect: the policy's values first, the user's where the policy is silent. */
export interface EffectiveSettings {
  reviewerName: Setting<string>;
  unitName: Setting<string>;
  unitCode: Setting<string>;
  allowedOrigins: Setting<readonly string[]>;
  blockedOrigins: Setting<readonly string[]>;
  /** Admin profiles first: where both cover the same origin and path, the admin's wins. */
  siteProfiles: readonly EffectiveSiteProfile[];
  ruleOverrides: Setting<Readonly<Record<string, RuleOverride>>>;
  extraInternalMarkings: Setting<readonly string[]>;
  publicOfficeNumbers: Setting<readonly string[]>;
  publicOfficialNames: Setting<readonly string[]>;
  manualChecklistItems: Setting<readonly ManualItem[]>;
  gateMode: Setting<GateMode>;
  /** Days the review log keeps entries; null when nobody set a limit (kept indefinitely). */
  logRetentionDays: Setting<number | null>;
}

function pick<T>(policyValue: T | undefined, fallback: T): Setting<T> {
  return policyValue === undefined
    ? { value: fallback, byAdmin: false }
    : { value: policyValue, byAdmin: true };
}

const sameScope = (a: SiteProfile, b: SiteProfile): boolean =>
  a.origin === b.origin && (a.pathPrefix ?? '/') === (b.pathPrefix ?? '/');

/** Merges a (parsed, valid) policy over the user's settings. */
export function effectiveSettings(
  policy: Policy,
  user: UserSettings = {
    reviewer: { name: '', unit: '' },
    manualItems: DEFAULT_MANUAL_ITEMS,
    siteProfiles: [],
  },
): EffectiveSettings {
  const adminProfiles = policy.siteProfiles ?? [];
  return {
    reviewerName: { value: user.reviewer.name, byAdmin: false },
    unitName: pick(policy.unitName, user.reviewer.unit),
    unitCode: pick(policy.unitCode, ''),
    allowedOrigins: pick<readonly string[]>(policy.allowedOrigins, []),
    blockedOrigins: pick<readonly string[]>(policy.blockedOrigins, []),
    siteProfiles: [
      ...adminProfiles.map((profile) => ({ profile, byAdmin: true })),
      ...user.siteProfiles
        .filter((profile) => !adminProfiles.some((admin) => sameScope(admin, profile)))
        .map((profile) => ({ profile, byAdmin: false })),
    ],
    ruleOverrides: pick<Readonly<Record<string, RuleOverride>>>(policy.ruleOverrides, {}),
    extraInternalMarkings: pick<readonly string[]>(policy.extraInternalMarkings, []),
    publicOfficeNumbers: pick<readonly string[]>(policy.publicOfficeNumbers, []),
    publicOfficialNames: pick<readonly string[]>(policy.publicOfficialNames, []),
    manualChecklistItems: pick<readonly ManualItem[]>(
      policy.manualChecklistItems,
      user.manualItems,
    ),
    gateMode: pick(policy.gateMode, DEFAULT_GATE_MODE),
    logRetentionDays: pick<number | null>(policy.logRetentionDays, null),
  };
}
