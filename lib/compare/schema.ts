import { z } from 'zod';

/** How a unit changed between the old and the new version of a policy. */
export const CHANGE_TYPES = ['added', 'removed', 'modified', 'moved', 'renumbered'] as const;
export const ChangeTypeSchema = z.enum(CHANGE_TYPES);
export type ChangeType = z.infer<typeof ChangeTypeSchema>;

/** Whether a phrase was inserted into or deleted from a unit. */
export const PHRASE_OPS = ['insert', 'delete'] as const;
export const PhraseOpSchema = z.enum(PHRASE_OPS);
export type PhraseOp = z.infer<typeof PhraseOpSchema>;

/** One changed phrase inside a paired unit, in the unit's canonical form (spaces removed, widths folded). */
export const PhraseSchema = z.object({ op: PhraseOpSchema, text: z.string() });
export type Phrase = z.infer<typeof PhraseSchema>;

/** The facts a reader of a 修改决定 looks for first (主要变化). */
export const KEY_FACT_KINDS = [
  'amount',
  'percentage',
  'date',
  'deadline',
  'coverage',
  'condition',
  'modal',
] as const;
export const KeyFactKindSchema = z.enum(KEY_FACT_KINDS);
export type KeyFactKind = z.infer<typeof KeyFactKindSchema>;

const offset = z.number().int().nonnegative();

/** Fields every change carries; which of them may be null depends on the type. */
const changeFields = {
  /** Citation of the unit (第五条, 第二章, 一、（三）), null when the old version has no such unit. */
  oldLabel: z.string().nullable(),
  newLabel: z.string().nullable(),
  /** UTF-16 offsets of the unit in the old / new text, null when absent. */
  oldStart: offset.nullable(),
  oldEnd: offset.nullable(),
  newStart: offset.nullable(),
  newEnd: offset.nullable(),
  phrases: z.array(PhraseSchema),
  /** One sentence in the style of a 修改决定. */
  summary: z.string(),
  /** False for punctuation/whitespace-only edits and pure renumbering. */
  substantive: z.boolean(),
};

const present = { oldLabel: z.string(), oldStart: offset, oldEnd: offset };
const presentNew = { newLabel: z.string(), newStart: offset, newEnd: offset };
const absent = { oldLabel: z.null(), oldStart: z.null(), oldEnd: z.null() };
const absentNew = { newLabel: z.null(), newStart: z.null(), newEnd: z.null() };

/** One difference between the versions, at the level of an article, heading or outline unit. */
export const ChangeSchema = z.discriminatedUnion('type', [
  z.object({ ...changeFields, ...absent, ...presentNew, type: z.literal('added') }),
  z.object({ ...changeFields, ...present, ...absentNew, type: z.literal('removed') }),
  z.object({ ...changeFields, ...present, ...presentNew, type: z.literal('modified') }),
  z.object({ ...changeFields, ...present, ...presentNew, type: z.literal('moved') }),
  z.object({ ...changeFields, ...present, ...presentNew, type: z.literal('renumbered') }),
]);
export type Change = z.infer<typeof ChangeSchema>;

/** A changed key fact (amount, deadline, modal verb…) and the change that carries it. */
export const KeyFactChangeSchema = z.object({
  kind: KeyFactKindSchema,
  old: z.string().nullable(),
  new: z.string().nullable(),
  /** Index into `Comparison.changes`. */
  changeIndex: z.number().int().nonnegative(),
  summary: z.string(),
});
export type KeyFactChange = z.infer<typeof KeyFactChangeSchema>;

/** The result of comparing two versions of a policy. */
export const ComparisonSchema = z.object({
  /** In document order (new version's order; removed units where they stood). */
  changes: z.array(ChangeSchema),
  keyFacts: z.array(KeyFactChangeSchema),
  /** True when some unit was diffed wholesale because a time or size bound was hit. */
  aborted: z.boolean(),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

/** Bounds on the work one comparison may do. */
export const CompareOptionsSchema = z.object({
  /** Timeout of each jsdiff call, ms. */
  diffTimeoutMs: z.number().positive().default(100),
  /** jsdiff's maxEditLength for each call. */
  maxEditLength: z.number().int().positive().default(4000),
  /** Budget for all the diffs of one comparison, ms; later units are replaced wholesale. */
  totalBudgetMs: z.number().positive().default(2000),
  /** Units longer than this are diffed clause by clause with a word segmenter. */
  longUnitChars: z.number().int().positive().default(2000),
  /** Minimum character-bigram Dice similarity for pairing two units that are not identical. */
  minSimilarity: z.number().min(0).max(1).default(0.5),
});
export type CompareOptions = z.input<typeof CompareOptionsSchema>;

/** One row of the 修改前 | 修改后 | 说明 对照表. */
export const ComparisonRowSchema = z.object({ old: z.string(), new: z.string(), note: z.string() });
export type ComparisonRow = z.infer<typeof ComparisonRowSchema>;
