import { z } from 'zod';
import { ManualItemSchema } from '../checklist/checklist-items';
import { SeveritySchema } from '../engine/schema';
import { RULES } from '../rules';
import { SiteProfileSchema } from '../sites/site-profile';
import { GATE_MODES } from './gate-mode';

/**
 * What an administrator sets through the browser's managed storage (Chrome/Edge `3rdparty`
 * extension policy, Firefox policies.json). Each key is validated on its own: a key whose value
 * is invalid is reported and dropped whole, while the valid keys still apply. The same keys are
 * declared for Chrome in public/managed_schema.json (a test keeps the two in step).
 */

export { DEFAULT_GATE_MODE, GATE_MODES, type GateMode } from './gate-mode';
/** How strict the publish gate is when block findings remain. */
export const GateModeSchema = z.enum(GATE_MODES);

/** What a policy may do to one rule: switch it off or give it another severity. */
export const RULE_OVERRIDES = ['off', ...SeveritySchema.options] as const;
export const RuleOverrideSchema = z.enum(RULE_OVERRIDES);
export type RuleOverride = z.infer<typeof RuleOverrideSchema>;

const RULE_IDS = new Set(RULES.map((rule) => rule.meta.id));

/** Most entries in one list: generous for a unit, small enough to keep reviews fast. */
export const MAX_LIST_ENTRIES = 500;

/** A term of a unit's list: one line, 1–100 characters. */
const TermSchema = z
  .string()
  .trim()
  .min(1, { error: '不能为空 / must not be empty' })
  .max(100, { error: '不能超过 100 个字符 / at most 100 characters' })
  .refine((term) => !/[\r\n]/u.test(term), { error: '不能换行 / must be on one line' });

function termList(minLength = 1) {
  return z
    .array(
      TermSchema.refine((term) => term.length >= minLength, {
        error: `至少 ${minLength} 个字符 / at least ${minLength} characters`,
      }),
    )
    .max(MAX_LIST_ENTRIES, {
      error: `最多 ${MAX_LIST_ENTRIES} 项 / at most ${MAX_LIST_ENTRIES} entries`,
    });
}

/** An origin pattern as site-activation.ts matches it: https://cms.gov.cn, https://*.gov.cn, cms.gov.cn. */
const OriginPatternSchema = z
  .string()
  .trim()
  .min(1, { error: '不能为空 / must not be empty' })
  .max(300)
  .regex(/^(?:https?:\/\/)?(?:\*\.)?[a-z0-9.-]+(?::\d{1,5})?\/?$/iu, {
    error:
      '应为站点，如 https://cms.example.gov.cn 或 https://*.example.gov.cn / expected an origin like https://cms.example.gov.cn or https://*.example.gov.cn',
  });

/** A public office line: digits with the usual separators, 5–20 digits in all. */
const OfficeNumberSchema = TermSchema.refine(
  (value) => {
    const digits = value.replace(/\D/gu, '').length;
    return /^[\d\s()（）+\-－—]+$/u.test(value) && digits >= 7 && digits <= 20;
  },
  { error: '应为电话号码，如 0934-8212345 / expected a phone number like 0934-8212345' },
);

/** Each policy key with its schema. Key names are a published contract: never rename one. */
export const POLICY_SCHEMAS = {
  /** The unit's name (shown as the reviewer's unit, written into the review log). */
  unitName: z.string().trim().min(1).max(80),
  /** The unit's code (e.g. its 统一社会信用代码 or an internal code). */
  unitCode: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[0-9A-Za-z._-]+$/u, {
      error: '只能用字母、数字和 . _ - / letters, digits and . _ - only',
    }),
  /** When non-empty, the extension is active only on these origins. */
  allowedOrigins: z.array(OriginPatternSchema).max(MAX_LIST_ENTRIES),
  /** The extension stays off on these origins, whatever else says. */
  blockedOrigins: z.array(OriginPatternSchema).max(MAX_LIST_ENTRIES),
  /** Where body, fields and publish buttons are on the unit's CMS pages. */
  siteProfiles: z.array(SiteProfileSchema).max(MAX_LIST_ENTRIES),
  /** Rules switched off or given another severity, by rule id. */
  ruleOverrides: z.record(z.string(), RuleOverrideSchema).superRefine((overrides, ctx) => {
    for (const id of Object.keys(overrides)) {
      if (!RULE_IDS.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: [id],
          message: `没有编号为 ${id} 的规则 / no rule with id ${id}`,
        });
      }
    }
  }),
  /** The unit's own internal markings (e.g. 仅限本委使用): a confidentiality finding where found. */
  extraInternalMarkings: termList(2),
  /** Public office phone lines: never reported as personal data. */
  publicOfficeNumbers: z.array(OfficeNumberSchema).max(MAX_LIST_ENTRIES),
  /** Names of public officials (领导姓名): never reported as personal data. */
  publicOfficialNames: termList(2),
  /** The manual checklist items, replacing the user's. */
  manualChecklistItems: z
    .array(ManualItemSchema)
    .min(1)
    .max(100)
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, {
      error: '编号不能重复 / ids must be unique',
    }),
  /** How strict the publish gate is. */
  gateMode: GateModeSchema,
  /** How many days the review log keeps entries. */
  logRetentionDays: z.int().min(1).max(36_500),
} as const;

export type PolicyKey = keyof typeof POLICY_SCHEMAS;
/** Every policy key, in the order the options page and the admin guide list them. */
export const POLICY_KEYS = Object.keys(POLICY_SCHEMAS) as PolicyKey[];

/** The whole policy, every key optional; for documentation examples and tests. */
export const PolicySchema = z.object(POLICY_SCHEMAS).partial().strict();
/** A policy as it applies: only keys whose values are valid. */
export type Policy = z.infer<typeof PolicySchema>;
