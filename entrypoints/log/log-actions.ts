import { Dexie } from 'dexie';
import type { ChartImage } from '@/components/log/LogCharts';
import { ENGINE_VERSION } from '@/lib/engine/review';
import { exportFileName, exportLog, OWN_SOURCE_LABEL, type ExportFormat } from '@/lib/log/export';
import {
  REVIEW_IMPORTS_DB_NAME,
  defineImportsSchema,
  importLogSource,
  listImportSources,
  readImportedEntryPages,
  type ImportReport,
  type ReviewImportsDb,
} from '@/lib/log/import';
import { ImportedEntrySchema } from '@/lib/log/import/imports-schema';
import { parseEntries, readEntryPages, throwIfAborted } from '@/lib/log/log-pages';
import {
  isEmptyFilter,
  sourceKeyOf,
  toLogRow,
  type LogFilter,
  type LogRow,
  type LogSource,
} from '@/lib/log/log-query';
import type { ReviewLogEntry } from '@/lib/log/review-log-entry';
import { applyRetention, previewRetention } from '@/lib/log/retention';
import { RULES_VERSION } from '@/lib/rules';
import { reviewLogDb } from '../sidepanel/review-log-db';
import { downloadParts } from './download';
import type { ImportRequest } from './import.worker';
import type { LoadProgress } from './log-data';
import { runWorker } from './run-worker';
import { extensionVersion, readReviewer } from './settings';

let importsOpening: Promise<ReviewImportsDb> | null = null;

/** The supervisor's store of imported logs (a database apart from the own log). */
function importsDb(): Promise<ReviewImportsDb> {
  importsOpening ??= (async () => {
    const db = defineImportsSchema(new Dexie(REVIEW_IMPORTS_DB_NAME));
    await db.open();
    return db;
  })().catch((error: unknown) => {
    importsOpening = null;
    throw error;
  });
  return importsOpening;
}

/** Pages of imported entries, one source after another, each in its chain's seq order. */
async function* importedEntryPages(
  signal: AbortSignal,
): AsyncGenerator<{ source: LogSource; entries: ReviewLogEntry[] }> {
  const db = await importsDb();
  for (const source of await listImportSources(db)) {
    const logSource = importLogSource(source);
    for await (const entries of readImportedEntryPages(db, source.id, { pageSize: 2000, signal })) {
      yield { source: logSource, entries };
    }
  }
}

/** Rows of every imported record, tagged with the file it came from. */
export async function loadImportedRows(
  onProgress: (progress: LoadProgress) => void,
  signal: AbortSignal,
): Promise<LogRow[]> {
  const db = await importsDb();
  const total = await db.entries.count();
  const rows: LogRow[] = [];
  if (total === 0) return rows;
  for await (const { source, entries } of importedEntryPages(signal)) {
    for (const entry of entries) rows.push(toLogRow(entry, source));
    onProgress({ done: rows.length, total: Math.max(total, rows.length) });
  }
  return rows;
}

/** The imported entry behind a row, or null when it is gone. */
export async function readImportedEntry(row: LogRow): Promise<ReviewLogEntry | null> {
  const db = await importsDb();
  const parsed = ImportedEntrySchema.safeParse(await db.entries.get(row.id));
  return parsed.success ? parsed.data : null;
}

/**
 * Verifies a colleague's export and merges it, in a worker (import.worker.ts) so the page keeps
 * answering; a file with problems is merged only when `acceptProblems` says the supervisor
 * chose to after seeing them.
 */
export function importFile(
  fileName: string,
  text: string,
  acceptProblems: boolean,
): Promise<ImportReport> {
  const request: ImportRequest = { fileName, text, acceptProblems };
  return runWorker<{ report: ImportReport }>(
    new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
    request,
  ).then((reply) => reply.report);
}

/** How many own records the keep-for period would delete now. */
export async function previewPurge(
  keepDays: number,
): Promise<{ count: number; fromSeq?: number; toSeq?: number }> {
  return previewRetention(await reviewLogDb(), { keepDays, now: new Date() });
}

/** Deletes the expired own records; the deletion is appended to the chain as a record. */
export async function applyPurge(
  keepDays: number,
  reviewer: { name: string; unit: string },
  reason: string,
): Promise<{ deleted: number }> {
  const { deleted } = await applyRetention(await reviewLogDb(), {
    keepDays,
    now: new Date(),
    unit: reviewer.unit,
    reviewer: reviewer.name,
    reason,
  });
  return { deleted };
}

/** The entries behind the filtered rows, page by page, own log first, in seq order. */
async function* filteredEntryPages(
  rows: readonly LogRow[],
  filter: LogFilter,
  labelOf: WeakMap<ReviewLogEntry, string>,
  signal: AbortSignal,
): AsyncGenerator<ReviewLogEntry[]> {
  const all = isEmptyFilter(filter);
  const keys = all ? null : new Set(rows.map((row) => row.key));
  const wanted = (entry: ReviewLogEntry, sourceKey: string) =>
    keys === null || keys.has(`${sourceKey}:${entry.seq}`);
  const db = await reviewLogDb();
  if (all) {
    yield* readEntryPages(db, { pageSize: 2000, signal, trustWritten: true });
  } else {
    // A narrow filter reads only its own records, by seq, instead of the whole log.
    const seqs = rows
      .filter((row) => row.source.kind === 'own')
      .map((row) => row.seq)
      .sort((a, b) => a - b);
    for (let i = 0; i < seqs.length; i += 2000) {
      throwIfAborted(signal);
      const stored = await db.entries.bulkGet(seqs.slice(i, i + 2000));
      const page = parseEntries(stored.filter((row) => row !== undefined));
      if (page.length > 0) yield page;
    }
  }
  for await (const { source, entries } of importedEntryPages(signal)) {
    const sourceKey = sourceKeyOf(source);
    const kept = entries.filter((entry) => wanted(entry, sourceKey));
    for (const entry of kept) labelOf.set(entry, source.kind === 'own' ? '' : source.label);
    if (kept.length > 0) yield kept;
  }
}

/**
 * Exports the rows the filters left, streamed page by page into parts, then saves them as
 * disclosure-review-log-YYYYMMDD-HHmm.<ext> (lib's exportFileName). Rejects with an AbortError when cancelled.
 */
export async function runExport(
  format: ExportFormat,
  rows: readonly LogRow[],
  filter: LogFilter,
  options: {
    signal: AbortSignal;
    onProgress(progress: { done: number; total: number }): void;
    chartImages: ChartImage[];
  },
): Promise<{ fileName: string; count: number }> {
  const exportedAt = new Date();
  const reviewer = await readReviewer();
  const meta = {
    exportedAt: exportedAt.toISOString(),
    exportedBy: { unit: reviewer.unit, reviewer: reviewer.name },
    filters: filter,
    extensionVersion: extensionVersion(),
    engineVersion: ENGINE_VERSION,
    rulesVersion: RULES_VERSION,
  };
  const labelOf = new WeakMap<ReviewLogEntry, string>();
  const result = await exportLog(
    format,
    filteredEntryPages(rows, filter, labelOf, options.signal),
    {
      meta,
      total: rows.length,
      signal: options.signal,
      onProgress: options.onProgress,
      chartImages: options.chartImages,
      sourceOf: (entry) => labelOf.get(entry) || OWN_SOURCE_LABEL,
    },
  );
  const fileName = exportFileName(meta, format);
  downloadParts(result.parts as BlobPart[], result.mimeType, fileName);
  return { fileName, count: rows.length };
}
