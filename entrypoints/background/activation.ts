import { browser } from 'wxt/browser';
import type { ActivationReply } from '@/lib/page/messages';
import { decideActivation } from '@/lib/settings/site-activation';
import {
  DISABLED_ORIGINS_KEY,
  SITE_PROFILES_KEY,
  parseDisabledOrigins,
} from '@/lib/settings/site-settings';
import { parseSiteProfiles, profileForUrl } from '@/lib/sites/site-profile';
import { readPolicy } from './policy';

/** Whether the page at `url` is checked, why not, and its site profile. */
export async function activation(url: string): Promise<ActivationReply> {
  const stored = await browser.storage.local.get([DISABLED_ORIGINS_KEY, SITE_PROFILES_KEY]);
  const { policy } = await readPolicy();
  const reason = decideActivation(url, {
    disabledOrigins: parseDisabledOrigins(stored[DISABLED_ORIGINS_KEY]),
    allowedOrigins: policy.allowedOrigins,
    blockedOrigins: policy.blockedOrigins,
  });
  const { profiles } = parseSiteProfiles(stored[SITE_PROFILES_KEY] ?? []);
  // The administrator's profiles come first, so they win over the user's for the same scope.
  const all = [...(policy.siteProfiles ?? []), ...profiles];
  return { enabled: reason === 'on', reason, profile: profileForUrl(all, url) };
}
