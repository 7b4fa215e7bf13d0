import type { z } from 'zod';
import { parseSiteProfiles } from '../sites/site-profile';
import { POLICY_KEYS, POLICY_SCHEMAS, type Policy, type PolicyKey } from './policy-schema';

/** Why one key of the policy was not applied: the key and what is wrong, Chinese first. */
export interface PolicyIssue {
  key: string;
  /** Where inside the value (e.g. `[2].label`), '' for the value as a whole. */
  path: string;
  message: string;
}

/** A policy as read: the keys that apply, and why the others do not. */
export interface ParsedPolicy {
  policy: Policy;
  issues: PolicyIssue[];
}

/** Chinese-first wording for zod's own issues; messages set in the schemas take precedence. */
const bilingualErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `应为 ${issue.expected} 类型 / expected ${issue.expected}`;
    case 'invalid_value':
      return `应为 ${issue.values.map((v) => JSON.stringify(v)).join('、')} 之一 / expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `太小或太短（至少 ${String(issue.minimum)}） / too small (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return `太大或太长（至多 ${String(issue.maximum)}） / too big (maximum ${String(issue.maximum)})`;
    case 'unrecognized_keys':
      return `未知的项 ${issue.keys.join('、')} / unknown key(s) ${issue.keys.join(', ')}`;
    default:
      return '格式不正确 / invalid value';
  }
};

/** `[2].label`: where in a value an issue is. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./u, '');
}

function parseKey(key: PolicyKey, value: unknown): { value?: unknown; issues: PolicyIssue[] } {
  if (key === 'siteProfiles') {
    // Site profiles report their own errors per entry; any error drops the whole list.
    const { profiles, errors } = parseSiteProfiles(value);
    if (errors.length > 0) return { issues: errors.map((message) => ({ key, path: '', message })) };
    return { value: profiles, issues: [] };
  }
  const parsed = POLICY_SCHEMAS[key].safeParse(value, { error: bilingualErrors });
  if (parsed.success) return { value: parsed.data, issues: [] };
  return {
    issues: parsed.error.issues.map((issue) => ({
      key,
      path: formatPath(issue.path),
      message: issue.message,
    })),
  };
}

/**
 * Reads the managed policy key by key. A key whose value is invalid is dropped entirely and
 * reported, never half-applied (one bad profile drops `siteProfiles`, not just that entry);
 * the other keys still apply. Unknown keys (typos) are reported too.
 */
export function parsePolicy(raw: unknown): ParsedPolicy {
  if (raw === undefined || raw === null) return { policy: {}, issues: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      policy: {},
      issues: [{ key: '', path: '', message: '策略应为对象 / the policy must be an object' }],
    };
  }
  const record = raw as Record<string, unknown>;
  const policy: Record<string, unknown> = {};
  const issues: PolicyIssue[] = [];
  for (const key of POLICY_KEYS) {
    if (!(key in record) || record[key] === undefined) continue;
    const result = parseKey(key, record[key]);
    if (result.issues.length > 0) issues.push(...result.issues);
    else policy[key] = result.value;
  }
  for (const key of Object.keys(record)) {
    if (!(POLICY_KEYS as string[]).includes(key)) {
      issues.push({
        key,
        path: '',
        message: '未知的策略项（拼写错误？），已忽略 / unknown policy key (a typo?), ignored',
      });
    }
  }
  return { policy: policy as Policy, issues };
}
