import { z } from 'zod';
import { CategorySchema, ProfileSchema, SeveritySchema } from './schema';
import type { ReviewContext } from './review-context';

const BilingualSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });

/** A rule's metadata: data, validated, shown to users and written into the review log. */
export const RuleMetaSchema = z.object({
  /** `<category>/<file name>`, stable across versions: dispositions and logs refer to it. */
  id: z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/),
  category: CategorySchema,
  kind: z.string().regex(/^[a-z0-9-]+$/),
  severity: SeveritySchema,
  /** Profiles the rule runs in. */
  profiles: z.array(ProfileSchema).min(1),
  /** text: runs on every text field (title, body); document: runs once, on the body, with the whole draft. */
  scope: z.enum(['text', 'document']).default('text'),
  title: BilingualSchema,
  /** Message template; `{value}` is replaced by the masked value found (or the rule's detail). */
  message: BilingualSchema,
  /** The rules, laws or standards it enforces, each with where to find it. */
  basis: z.array(z.object({ zh: z.string().min(1), source: z.string().min(1) })).min(1),
  /** How to fix what it finds. */
  fix: BilingualSchema,
});
export type RuleMeta = z.infer<typeof RuleMetaSchema>;

/** What a rule reports: a span of the context's normalised text. */
export interface RuleHit {
  /** Start offset in `ctx.text` (normalised), mapped to the original by the engine; null for the whole document. */
  start: number | null;
  end: number | null;
  /** The value as it may be shown (masked for personal data); defaults to the text. */
  shown?: string;
  /** The masked form offered as a one-click replacement. */
  masked?: string;
  /** Extra detail appended to the message (e.g. why a number is only suspected). */
  detail?: string;
}

/** A rule: metadata first, then options with defaults, then a pure check. */
export interface Rule<O extends z.ZodType = z.ZodType> {
  meta: RuleMeta;
  options: O;
  check(ctx: ReviewContext, options: z.output<O>): readonly RuleHit[];
}

/** Declares a rule; its metadata is validated when the module loads. */
export function defineRule<O extends z.ZodType>(
  rule: Omit<Rule<O>, 'meta'> & { meta: z.input<typeof RuleMetaSchema> },
): Rule<O> {
  return { ...rule, meta: RuleMetaSchema.parse(rule.meta) };
}
