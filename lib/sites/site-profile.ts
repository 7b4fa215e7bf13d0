import { z } from 'zod';
import type { FieldKey } from '../page/field-labels';

/** Longest selector accepted; what a person or @medv/finder writes is far shorter. */
export const MAX_SELECTOR_LENGTH = 500;
/** Most publish-button selectors one profile holds. */
export const MAX_PUBLISH_BUTTONS = 20;

const ORIGIN_EXAMPLE = 'https://cms.example.gov.cn:8080';

/** A CSS selector of one element on a CMS page: trimmed, on one line, not empty. */
export const SelectorSchema = z
  .string({ error: '选择器应为文本 / a selector must be a string' })
  .trim()
  .min(1, { error: '选择器不能为空 / a selector must not be empty' })
  .max(MAX_SELECTOR_LENGTH, {
    error: `选择器不能超过 ${MAX_SELECTOR_LENGTH} 个字符 / a selector must be at most ${MAX_SELECTOR_LENGTH} characters`,
  })
  .refine((selector) => !/[\r\n\u2028\u2029]/u.test(selector), {
    error: '选择器不能换行 / a selector must be on one line',
  });

/** An http(s) origin (scheme, host, port), normalised as the browser writes it: https://cms.gov.cn. */
export const OriginSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? `缺少站点 origin，如 ${ORIGIN_EXAMPLE} / origin is required, like ${ORIGIN_EXAMPLE}`
        : `站点应为文本，如 ${ORIGIN_EXAMPLE} / origin must be a string, like ${ORIGIN_EXAMPLE}`,
  })
  .trim()
  .transform((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue(
        `站点不是网址，应写成 ${ORIGIN_EXAMPLE} / origin is not a URL; write it like ${ORIGIN_EXAMPLE}`,
      );
      return z.NEVER;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      ctx.addIssue(
        `站点只能是 http 或 https 网址，如 ${ORIGIN_EXAMPLE} / origin must be http or https, like ${ORIGIN_EXAMPLE}`,
      );
      return z.NEVER;
    }
    if (url.username || url.password) {
      ctx.addIssue('站点不能含用户名或密码 / origin must not contain a user name or password');
      return z.NEVER;
    }
    // A path here would silently widen the profile to the whole site; it belongs in pathPrefix.
    if (url.pathname !== '/' || /[?#]/u.test(value)) {
      ctx.addIssue(
        `站点只写协议、域名和端口（如 ${ORIGIN_EXAMPLE}），路径请写在 pathPrefix / ` +
          'origin is scheme, host and port only; put the path in pathPrefix',
      );
      return z.NEVER;
    }
    return url.origin;
  });

/**
 * The start of the CMS pages' path (/admin/article), percent-encoded as location.pathname
 * is, so /信息公开 matches the page the browser shows. '/' is the whole site, as no prefix is.
 */
export const PathPrefixSchema = z
  .string({ error: '路径前缀应为文本 / pathPrefix must be a string' })
  .trim()
  .max(MAX_SELECTOR_LENGTH, {
    error: `路径前缀不能超过 ${MAX_SELECTOR_LENGTH} 个字符 / pathPrefix must be at most ${MAX_SELECTOR_LENGTH} characters`,
  })
  .transform((value, ctx) => {
    if (!value.startsWith('/')) {
      ctx.addIssue(
        '路径前缀应以 / 开头，如 /admin/article / pathPrefix must start with /, like /admin/article',
      );
      return z.NEVER;
    }
    if (/[?#\s]/u.test(value)) {
      ctx.addIssue(
        '路径前缀只写路径，不含 ?、# 或空白 / pathPrefix is a path only: no ?, # or spaces',
      );
      return z.NEVER;
    }
    // Prepending the host keeps //x a path instead of a host, as the browser would read it.
    return new URL(`http://host${value}`).pathname;
  });

/** Selectors of the form fields around the editor, for pages whose labels say too little. */
export const ProfileFieldsSchema = z
  .object({
    title: SelectorSchema.optional(),
    documentNumber: SelectorSchema.optional(),
    disclosureAttribute: SelectorSchema.optional(),
    disclosureReason: SelectorSchema.optional(),
    column: SelectorSchema.optional(),
    publisher: SelectorSchema.optional(),
  } satisfies Partial<Record<FieldKey, z.ZodType>>)
  .strict();

/** Where things are on one CMS's editing page, as data a person or an admin policy provides. */
export const SiteProfileSchema = z
  .object({
    origin: OriginSchema,
    pathPrefix: PathPrefixSchema.optional(),
    name: z
      .string()
      .trim()
      .max(100, { error: '名称不能超过 100 个字符 / name must be at most 100 characters' })
      .optional(),
    /** The editor's body, or the textarea it keeps the HTML in. */
    body: SelectorSchema.optional(),
    fields: ProfileFieldsSchema.optional(),
    publishButtons: z
      .array(SelectorSchema)
      .max(MAX_PUBLISH_BUTTONS, {
        error: `发布按钮最多 ${MAX_PUBLISH_BUTTONS} 个 / at most ${MAX_PUBLISH_BUTTONS} publish buttons`,
      })
      .optional(),
    updatedAt: z.iso
      .datetime({
        offset: true,
        error:
          '更新时间应为 ISO 8601 时间，如 2026-11-28T08:00:00Z / updatedAt must be an ISO 8601 date-time',
      })
      .optional(),
  })
  .strict();
/** A site profile as parsed: origin normalised, selectors trimmed. */
export type SiteProfile = z.infer<typeof SiteProfileSchema>;
/** A site profile as stored or typed, before parsing. */
export type SiteProfileInput = z.input<typeof SiteProfileSchema>;

/** Chinese names of the JSON types zod reports, for messages an administrator reads. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '文本',
  array: '数组',
  object: '对象',
  number: '数字',
  boolean: '布尔值',
};

/** Chinese-first wording of zod's own issues; messages set in the schemas above take precedence. */
const bilingualErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '缺少此项 / required';
      return `应为${TYPE_NAMES[issue.expected] ?? issue.expected} / expected ${issue.expected}`;
    case 'unrecognized_keys':
      return `未知的项 ${issue.keys.join('、')}（拼写错误？） / unknown key(s) ${issue.keys.join(', ')} (a typo?)`;
    default:
      return `格式不正确 / invalid value`;
  }
};

/** fields.title, publishButtons[2]: where in an entry an issue is. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/**
 * The origin an entry claims, as written, to tell the administrator which entry is meant;
 * a user:password@ in it is cut, since errors are shown and may be logged.
 */
function claimedOrigin(entry: unknown): string {
  if (typeof entry !== 'object' || entry === null || !('origin' in entry)) return '';
  const { origin } = entry;
  if (typeof origin !== 'string') return '';
  return origin
    .trim()
    .replace(/^((?:[^/]*\/\/)?)[^/?#]*@/u, '$1')
    .slice(0, 100);
}

/** The path a profile covers; no pathPrefix is the whole site, as '/' is. */
const scopePath = (profile: SiteProfile): string => profile.pathPrefix ?? '/';

/** Profiles are the same entry when they cover the same origin and path. */
function isSameScope(a: SiteProfile, b: SiteProfile): boolean {
  return a.origin === b.origin && scopePath(a) === scopePath(b);
}

/**
 * Reads profiles from storage or an admin policy. An invalid entry is reported and skipped
 * whole, never half-applied; of two entries for the same origin and path the first is kept.
 */
export function parseSiteProfiles(value: unknown): { profiles: SiteProfile[]; errors: string[] } {
  if (!Array.isArray(value))
    return { profiles: [], errors: ['站点配置应为数组 / site profiles must be an array'] };
  const profiles: SiteProfile[] = [];
  const errors: string[] = [];
  value.forEach((entry: unknown, index) => {
    const number = index + 1;
    const origin = claimedOrigin(entry);
    const label = origin ? `站点配置第 ${number} 项（${origin}）` : `站点配置第 ${number} 项`;
    const english = origin ? `site profile #${number} (${origin})` : `site profile #${number}`;
    const parsed = SiteProfileSchema.safeParse(entry, { error: bilingualErrors });
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => {
        const path = formatPath(issue.path);
        return path ? `${path}: ${issue.message}` : issue.message;
      });
      errors.push(`${label}无效，已跳过 / ${english} is invalid and skipped: ${issues.join('; ')}`);
      return;
    }
    if (profiles.some((profile) => isSameScope(profile, parsed.data))) {
      errors.push(
        `${label}与前面的一项站点和路径相同，已跳过 / ${english} repeats the origin and pathPrefix of an earlier entry and is skipped`,
      );
      return;
    }
    profiles.push(parsed.data);
  });
  return { profiles, errors };
}

/** Whether a URL path is under a prefix, on a segment boundary (RFC 6265 §5.1.4 path-match). */
function isUnderPath(path: string, prefix: string): boolean {
  if (path === prefix) return true;
  if (!path.startsWith(prefix)) return false;
  return prefix.endsWith('/') || path[prefix.length] === '/';
}

/**
 * The profile for a page: same origin, path under its pathPrefix (a profile without one
 * covers the whole origin); the longest pathPrefix wins. Null when none fits or the URL is bad.
 */
export function profileForUrl(profiles: readonly SiteProfile[], url: string): SiteProfile | null {
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return null;
  }
  let best: SiteProfile | null = null;
  for (const profile of profiles) {
    if (profile.origin !== page.origin) continue;
    if (!isUnderPath(page.pathname, scopePath(profile))) continue;
    if (best === null || scopePath(profile).length > scopePath(best).length) best = profile;
  }
  return best;
}

/** The profiles with `profile` in place of the one for the same origin and pathPrefix, or added at the end. */
export function upsertProfile(
  profiles: readonly SiteProfile[],
  profile: SiteProfile,
): SiteProfile[] {
  const index = profiles.findIndex((existing) => isSameScope(existing, profile));
  if (index === -1) return [...profiles, profile];
  return profiles.map((existing, i) => (i === index ? profile : existing));
}
