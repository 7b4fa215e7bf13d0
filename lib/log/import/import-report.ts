import { z } from 'zod';
import { ExportMetaSchema } from '../export/export-meta';

/** What can be wrong with an imported file. */
export const IMPORT_PROBLEM_KINDS = [
  /** The file is not JSON at all. */
  'not-json',
  /** JSON, but not a review log export. */
  'foreign',
  /** A review log export of a format or record version this version cannot read. */
  'unsupported-version',
  /** A record was changed, removed from the middle, duplicated or relinked. */
  'tampered',
  /** The file was cut short, at its end or its start. */
  'truncated',
  /** A record whose content does not parse. */
  'bad-record',
] as const;
export const ImportProblemKindSchema = z.enum(IMPORT_PROBLEM_KINDS);
export type ImportProblemKind = z.infer<typeof ImportProblemKindSchema>;

/** One problem, in Chinese then English; `seq` names the record when there is one. */
export const ImportProblemSchema = z.object({
  kind: ImportProblemKindSchema,
  message: z.string(),
  seq: z.number().int().optional(),
});
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

/** What importing one file found and did. */
export const ImportReportSchema = z.object({
  fileName: z.string(),
  /** No problem found: the file verifies. */
  ok: z.boolean(),
  problems: z.array(ImportProblemSchema),
  meta: ExportMetaSchema.optional(),
  /** Whether the file claims to hold its author's whole log (unfiltered). */
  complete: z.boolean().optional(),
  /** Records in the file that parse. */
  entryCount: z.number().int().nonnegative(),
  /** Records already in the own log or an earlier import (same id), skipped. */
  duplicates: z.number().int().nonnegative(),
  /** Records merged. */
  added: z.number().int().nonnegative(),
  /** The import source the records were merged under, when they were. */
  sourceId: z.string().optional(),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;
