/** Whether the in-page review runs on a page, from the user's and the administrator's settings. */
export interface ActivationSettings {
  /** Origins the user switched off (from the popup or the in-page menu). */
  disabledOrigins: readonly string[];
  /** Administrator's allowlist: when non-empty, only these origins are checked. */
  allowedOrigins?: readonly string[];
  /** Administrator's blocklist: never checked, whatever else says. */
  blockedOrigins?: readonly string[];
}

export type ActivationReason = 'on' | 'site-off' | 'not-allowed' | 'blocked' | 'not-http';

/** The origin of an http(s) URL, or null for anything else (file:, about:, chrome:, bad URLs). */
export function httpOrigin(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/**
 * Whether an origin matches a pattern: an exact origin (`https://cms.example.gov.cn`) or one
 * with a leading wildcard host label (`https://*.example.gov.cn`, which also matches the bare
 * domain). A pattern without a scheme matches both http and https.
 */
export function isOriginMatch(origin: string, pattern: string): boolean {
  let trimmed = pattern.trim();
  while (trimmed.endsWith('/')) trimmed = trimmed.slice(0, -1);
  if (!trimmed) return false;
  const withScheme = /^[a-z]+:\/\//i.test(trimmed) ? trimmed : null;
  const schemes = withScheme ? [''] : ['http://', 'https://'];
  return schemes.some((scheme) => matchOne(origin, scheme + trimmed));
}

function matchOne(origin: string, pattern: string): boolean {
  const star = pattern.indexOf('://*.');
  if (star < 0) return httpOrigin(pattern) === origin;
  const scheme = pattern.slice(0, star + 3);
  const rest = pattern.slice(star + 5).toLowerCase();
  if (!origin.startsWith(scheme)) return false;
  const host = origin.slice(scheme.length).toLowerCase();
  const [hostName = '', port = ''] = host.split(/:(?=\d+$)/);
  const [restName = '', restPort = ''] = rest.split(/:(?=\d+$)/);
  if (restPort !== port) return false;
  return hostName === restName || hostName.endsWith(`.${restName}`);
}

/** Decides whether the page at `url` is checked, and why not when it is not. */
export function decideActivation(url: string, settings: ActivationSettings): ActivationReason {
  const origin = httpOrigin(url);
  if (!origin) return 'not-http';
  if (settings.blockedOrigins?.some((p) => isOriginMatch(origin, p))) return 'blocked';
  const allowed = settings.allowedOrigins ?? [];
  if (allowed.length > 0 && !allowed.some((p) => isOriginMatch(origin, p))) return 'not-allowed';
  if (settings.disabledOrigins.includes(origin)) return 'site-off';
  return 'on';
}
