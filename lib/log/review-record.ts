import { z } from 'zod';
import { DOCUMENT_CLASSES } from '../classify/classify-document';
import { FindingSchema } from '../engine/schema';

/**
 * What the review log keeps (issue 6): every reviewer's sign-off and every decision at the
 * in-page publish gate, so a supervisor can account for each publication later; and, for
 * issue 7, the deletion of old records under the retention policy, which is itself recorded.
 * These records are the hashed `content` of a log entry: change them only with a new
 * RECORD_SCHEMA_VERSION, never in place.
 */

/** Version of the record shapes below; stored in every entry and covered by its hash. */
export const RECORD_SCHEMA_VERSION = 1;

/** The kinds of record, the `type` of the discriminated union. */
export const RECORD_TYPES = ['sign-off', 'gate-decision', 'retention-delete'] as const;
export const RecordTypeSchema = z.enum(RECORD_TYPES);
export type RecordType = z.infer<typeof RecordTypeSchema>;

/** A reviewer's verdict: 通过 approved, 退回修改 returned, 有条件通过 conditional. */
export const OUTCOMES = ['approved', 'returned', 'conditional'] as const;
export const OutcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof OutcomeSchema>;

/** Chinese names of the outcomes, for the side panel and the supervisor page. */
export const OUTCOME_LABELS: Record<Outcome, string> = {
  approved: '通过',
  returned: '退回修改',
  conditional: '有条件通过',
};

/** What the editor chose at the publish gate: 返回修改 back-to-edit or 仍然发布 publish-anyway. */
export const GATE_DECISIONS = ['back-to-edit', 'publish-anyway'] as const;
export const GateDecisionKindSchema = z.enum(GATE_DECISIONS);
export type GateDecisionKind = z.infer<typeof GateDecisionKindSchema>;

/** A reviewer's judgement of one finding: 误报 false-positive or 确认 accepted (to be fixed or kept). */
export const DISPOSITIONS = ['false-positive', 'accepted'] as const;
export const DispositionKindSchema = z.enum(DISPOSITIONS);

/** The state of one checklist item: 通过, 不通过, 待定, 已确认, 不适用. */
export const CHECKLIST_STATES = [
  'passed',
  'failed',
  'waiting',
  'confirmed',
  'not-applicable',
] as const;
export const ChecklistStateSchema = z.enum(CHECKLIST_STATES);
export type ChecklistState = z.infer<typeof ChecklistStateSchema>;

/** A hex SHA-256 digest. */
export const HashSchema = z.string().regex(/^[0-9a-f]{64}$/);

const isoTime = z.iso.datetime({ offset: true });
const line = (max: number) => z.string().max(max);
const isBlank = (text: string) => text.trim().length === 0;

/** A finding as the log keeps it: what was flagged and its masked excerpt, no offsets. */
export const LoggedFindingSchema = FindingSchema.pick({
  ruleId: true,
  category: true,
  kind: true,
  severity: true,
}).extend({
  /** Masked by the engine; the log masks again any long digit run or e-mail left in it. */
  excerpt: line(1000),
});
export type LoggedFinding = z.infer<typeof LoggedFindingSchema>;

/** A reviewer's judgement of the finding at `findingIndex` in the same record's `findings`. */
export const DispositionSchema = z
  .object({
    findingIndex: z.number().int().nonnegative(),
    /** Repeats the finding's rule id so an off-by-one index is caught, not logged. */
    ruleId: z.string(),
    disposition: DispositionKindSchema,
    reason: line(2000),
  })
  .refine((d) => d.disposition !== 'false-positive' || !isBlank(d.reason), {
    message: '标为误报须说明理由。A false positive needs a reason.',
    path: ['reason'],
  });
export type Disposition = z.infer<typeof DispositionSchema>;

/** One item of the reviewer's checklist as it stood at sign-off. */
export const ChecklistItemSchema = z.object({
  itemId: line(200),
  label: line(500),
  /** The checklist group (a rule category such as personal-data, or another heading). */
  group: line(200),
  state: ChecklistStateSchema,
  note: line(2000).default(''),
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

/** Fields every sign-off and gate decision carries: when, who, which page and which document. */
const documentRecordFields = {
  /** When it was decided (ISO 8601), not when it was written to the log. */
  at: isoTime,
  /** 单位: the reviewing unit. */
  unit: line(200),
  /** 审核人: the reviewer, or whoever answered the gate ('' when the extension has no name). */
  reviewer: line(100),
  /** Origin of the CMS page (https://cms.example.gov.cn). */
  origin: line(300),
  /** Path of the CMS page; long digit runs in it are masked like any text. */
  path: line(2000),
  title: line(1000),
  /** 文号 (发文字号), '' when the document has none. */
  documentNumber: line(200),
  /** The 三同步 class, null when the draft was not classified (a gate before its review). */
  documentClass: z.enum(DOCUMENT_CLASSES).nullable(),
  /** 公开属性 as the form showed it (主动公开, 依申请公开, 不予公开…), '' when absent. */
  disclosureAttribute: line(200),
  findings: z.array(LoggedFindingSchema).max(5000),
  engineVersion: line(100),
  rulesVersion: line(100),
};

/** A reviewer's sign-off: findings and their dispositions, checklist, verdict and comment. */
export const SignOffRecordSchema = z
  .object({
    type: z.literal('sign-off'),
    ...documentRecordFields,
    dispositions: z.array(DispositionSchema).max(5000).default([]),
    checklist: z.array(ChecklistItemSchema).max(500).default([]),
    outcome: OutcomeSchema,
    comment: line(4000).default(''),
  })
  .superRefine((record, ctx) => {
    if (isBlank(record.reviewer)) {
      ctx.addIssue({
        code: 'custom',
        message: '签批须有审核人。A sign-off needs a reviewer.',
        path: ['reviewer'],
      });
    }
    if (record.outcome !== 'approved' && isBlank(record.comment)) {
      ctx.addIssue({
        code: 'custom',
        message: '退回修改或有条件通过须写明意见。Returned or conditional needs a comment.',
        path: ['comment'],
      });
    }
    const seen = new Set<number>();
    record.dispositions.forEach((d, i) => {
      const finding = record.findings[d.findingIndex];
      if (!finding || finding.ruleId !== d.ruleId) {
        ctx.addIssue({
          code: 'custom',
          message: `处置指向的发现不存在或规则不符。Disposition ${i} does not match finding ${d.findingIndex}.`,
          path: ['dispositions', i, 'findingIndex'],
        });
      }
      if (seen.has(d.findingIndex)) {
        ctx.addIssue({
          code: 'custom',
          message: `同一发现有两条处置。Finding ${d.findingIndex} has two dispositions.`,
          path: ['dispositions', i, 'findingIndex'],
        });
      }
      seen.add(d.findingIndex);
    });
  });
export type SignOffRecord = z.infer<typeof SignOffRecordSchema>;

/** An editor's answer at the publish gate, which held a publish click over blocking findings. */
export const GateDecisionRecordSchema = z
  .object({
    type: z.literal('gate-decision'),
    ...documentRecordFields,
    decision: GateDecisionKindSchema,
    reason: line(2000).default(''),
    /** The label of the publish control the editor clicked (发布, 提交审核…). */
    button: line(100).default(''),
  })
  .refine((r) => r.decision !== 'publish-anyway' || !isBlank(r.reason), {
    message: '仍然发布须说明理由。Publishing anyway needs a reason.',
    path: ['reason'],
  });
export type GateDecisionRecord = z.infer<typeof GateDecisionRecordSchema>;

/**
 * Issue 7: entries `fromSeq`…`toSeq` were deleted under the retention policy. `toHash` is the
 * hash of entry `toSeq`, so the first kept entry's prevHash still links to something recorded.
 */
export const RetentionDeleteRecordSchema = z
  .object({
    type: z.literal('retention-delete'),
    at: isoTime,
    unit: line(200),
    reviewer: line(100),
    /** Entries decided before this time were deleted. */
    cutoff: isoTime,
    fromSeq: z.number().int().positive(),
    toSeq: z.number().int().positive(),
    deletedCount: z.number().int().nonnegative(),
    toHash: HashSchema,
    reason: line(2000).default(''),
  })
  .refine((r) => r.fromSeq <= r.toSeq && r.deletedCount <= r.toSeq - r.fromSeq + 1, {
    message: '删除范围不成立。The deleted range is inconsistent.',
    path: ['toSeq'],
  });
export type RetentionDeleteRecord = z.infer<typeof RetentionDeleteRecordSchema>;

/** Any record the log keeps, told apart by `type`. */
export const ReviewRecordSchema = z.discriminatedUnion('type', [
  SignOffRecordSchema,
  GateDecisionRecordSchema,
  RetentionDeleteRecordSchema,
]);
export type ReviewRecord = z.infer<typeof ReviewRecordSchema>;
/** A record as callers write it: defaulted fields (comment, note, reason, button…) may be left out. */
export type ReviewRecordInput = z.input<typeof ReviewRecordSchema>;
/** A sign-off as callers write it. */
export type SignOffRecordInput = z.input<typeof SignOffRecordSchema>;
/** A gate decision as callers write it. */
export type GateDecisionRecordInput = z.input<typeof GateDecisionRecordSchema>;
