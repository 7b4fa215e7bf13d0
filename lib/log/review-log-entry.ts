import { z } from 'zod';
import {
  GateDecisionKindSchema,
  HashSchema,
  OutcomeSchema,
  RECORD_SCHEMA_VERSION,
  RecordTypeSchema,
  ReviewRecordSchema,
  type ReviewRecord,
} from './review-record';

/**
 * A stored log entry. `seq`, `id`, `schemaVersion`, `content` and `prevHash` are hashed into
 * `hash`; the index fields after them are derived from `content` for querying, are not hashed,
 * and may be recomputed by a migration without touching the chain.
 */

/** What a query can filter the result of a record by: a sign-off's outcome or a gate decision. */
export const EntryOutcomeSchema = z.union([OutcomeSchema, GateDecisionKindSchema]);
export type EntryOutcome = z.infer<typeof EntryOutcomeSchema>;

/** The derived, un-hashed fields that the database indexes. */
export const EntryIndexFieldsSchema = z.object({
  /** `content.at` in epoch milliseconds: a number sorts right whatever the ISO precision. */
  time: z.number(),
  type: RecordTypeSchema,
  unit: z.string(),
  reviewer: z.string(),
  /** Absent for retention-delete records, which belong to no page. */
  origin: z.string().optional(),
  /** Absent for retention-delete records. */
  outcome: EntryOutcomeSchema.optional(),
});
export type EntryIndexFields = z.infer<typeof EntryIndexFieldsSchema>;

/** The hashed part of an entry. */
export const HashedEntrySchema = z.object({
  seq: z.number().int().positive(),
  id: z.uuid(),
  schemaVersion: z.literal(RECORD_SCHEMA_VERSION),
  content: ReviewRecordSchema,
  prevHash: HashSchema,
});

/** An entry as stored and as queries return it, parsed. */
export const ReviewLogEntrySchema = HashedEntrySchema.extend({
  hash: HashSchema,
  ...EntryIndexFieldsSchema.shape,
});
export type ReviewLogEntry = z.infer<typeof ReviewLogEntrySchema>;

/** Computes the index fields of a record. */
export function deriveIndexFields(content: ReviewRecord): EntryIndexFields {
  const base = {
    time: Date.parse(content.at),
    type: content.type,
    unit: content.unit,
    reviewer: content.reviewer,
  };
  switch (content.type) {
    case 'sign-off':
      return { ...base, origin: content.origin, outcome: content.outcome };
    case 'gate-decision':
      return { ...base, origin: content.origin, outcome: content.decision };
    case 'retention-delete':
      return base;
    default: {
      const unreachable: never = content;
      return unreachable;
    }
  }
}
