import type { Dexie, Table } from 'dexie';
import { z } from 'zod';
import { ExportMetaSchema } from '../export/export-meta';
import { HashSchema } from '../review-record';
import { ReviewLogEntrySchema } from '../review-log-entry';
import { ImportProblemSchema } from './import-report';

/**
 * The supervisor's imported logs, kept apart from the own log so the own chain is never mixed
 * with others': one row per imported file (a source), and the records, keyed by id so a record
 * imported twice (or also in the own log) is stored once.
 */

/** The IndexedDB database of imported logs, in the extension's own origin. */
export const REVIEW_IMPORTS_DB_NAME = 'disclosure-review-imports';
/** The current schema version (see defineImportsSchema). */
export const REVIEW_IMPORTS_DB_VERSION = 1;

/** One imported file: where it came from, what it held and what was wrong with it. */
export const ImportSourceSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  /** How the merged view names the source: the exporter and the file. */
  label: z.string(),
  /** Epoch ms. */
  importedAt: z.number(),
  meta: ExportMetaSchema.nullable(),
  complete: z.boolean(),
  entryCount: z.number().int().nonnegative(),
  added: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  /** Problems found when it was imported (only with acceptProblems can there be any). */
  problems: z.array(ImportProblemSchema),
  /** The newest entry of the file, to verify its chain against later. */
  head: z.object({ seq: z.number().int(), hash: HashSchema }).nullable(),
});
export type ImportSource = z.infer<typeof ImportSourceSchema>;

/** An imported record: a log entry and the source it was first imported from. */
export const ImportedEntrySchema = ReviewLogEntrySchema.extend({ sourceId: z.string() });
export type ImportedEntry = z.infer<typeof ImportedEntrySchema>;

/** A Dexie instance with the imports tables. */
export type ReviewImportsDb = Dexie & {
  sources: Table<ImportSource, string>;
  entries: Table<ImportedEntry, string>;
};

/**
 * Declares the schema on a Dexie instance the caller created (`new Dexie(REVIEW_IMPORTS_DB_NAME)`
 * in the page, fake-indexeddb in tests).
 * - v1: sources by id and import time; entries by id, by source and seq (a source's chain in
 *   order), and by time.
 */
export function defineImportsSchema(db: Dexie): ReviewImportsDb {
  db.version(1).stores({
    sources: 'id, importedAt',
    entries: 'id, sourceId, [sourceId+seq], time',
  });
  return db as ReviewImportsDb;
}
