import { newPageReadStats, throwIfAborted, type PageReadStats } from '../log-pages';
import type { LogSource } from '../log-query';
import type { ReviewLogDb } from '../review-log-schema';
import type { ImportProblem, ImportReport } from './import-report';
import {
  ImportedEntrySchema,
  ImportSourceSchema,
  type ImportedEntry,
  type ImportSource,
  type ReviewImportsDb,
} from './imports-schema';
import { readLogExport } from './read-log-export';

/**
 * Merges colleagues' exports into the supervisor's imports store: a file is verified first and
 * merged only if it has no problem (or the supervisor accepts them, which is then recorded on
 * the source); a record already in the own log or an earlier import is skipped, by id.
 */

/** Options for merging. */
export interface MergeOptions {
  /** Merge a file even though it has problems; they stay recorded on the source. */
  acceptProblems?: boolean;
  /** How the merged view names the source; by default the exporter and the file name. */
  label?: string;
  now?: Date;
  uuid?: () => string;
  signal?: AbortSignal;
}

/** How many ids one IndexedDB query looks up. */
const LOOKUP_CHUNK = 5000;

async function existingIds(
  lookup: (ids: string[]) => Promise<unknown[]>,
  ids: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
    for (const key of await lookup(ids.slice(i, i + LOOKUP_CHUNK))) {
      if (typeof key === 'string') found.add(key);
    }
  }
  return found;
}

/** Verifies a file and merges its records; returns what was found and done. */
export async function mergeImport(
  importsDb: ReviewImportsDb,
  ownDb: ReviewLogDb,
  fileName: string,
  text: string,
  options: MergeOptions = {},
): Promise<ImportReport> {
  const { report, entries } = await readLogExport(fileName, text, { signal: options.signal });
  if (!report.ok && !options.acceptProblems) return report;
  if (!report.ok && entries.length === 0) return report;
  throwIfAborted(options.signal);

  const ids = entries.map((entry) => entry.id);
  const inOwn = await existingIds((chunk) => ownDb.entries.where('id').anyOf(chunk).keys(), ids);
  const sourceId = (options.uuid ?? (() => crypto.randomUUID()))();
  const problems: ImportProblem[] = [...report.problems];
  const result = await importsDb.transaction(
    'rw',
    importsDb.sources,
    importsDb.entries,
    async () => {
      const known = await importsDb.entries.bulkGet(ids);
      const fresh: ImportedEntry[] = [];
      let duplicates = 0;
      entries.forEach((entry, i) => {
        const earlier = known[i];
        if (earlier && earlier.hash !== entry.hash) {
          problems.push({
            kind: 'tampered',
            seq: entry.seq,
            message: `第 ${entry.seq} 条记录与此前导入的同一记录（${entry.id}）内容不同。Entry ${entry.seq} differs from the record with the same id imported before.`,
          });
        }
        if (earlier || inOwn.has(entry.id)) duplicates += 1;
        else fresh.push({ ...entry, sourceId });
      });
      // A conflicting copy of a record found only now is a problem like any other.
      if (problems.length > report.problems.length && !options.acceptProblems) {
        return { duplicates, added: 0, merged: false };
      }
      const last = entries[entries.length - 1];
      const source: ImportSource = {
        id: sourceId,
        fileName,
        label: options.label ?? defaultLabel(fileName, report),
        importedAt: (options.now ?? new Date()).getTime(),
        meta: report.meta ?? null,
        complete: report.complete ?? false,
        entryCount: entries.length,
        added: fresh.length,
        duplicates,
        problems,
        head: last ? { seq: last.seq, hash: last.hash } : null,
      };
      await importsDb.sources.add(source);
      await importsDb.entries.bulkAdd(fresh);
      return { duplicates, added: fresh.length, merged: true };
    },
  );
  return {
    ...report,
    ok: problems.length === 0,
    problems,
    duplicates: result.duplicates,
    added: result.added,
    ...(result.merged ? { sourceId } : {}),
  };
}

function defaultLabel(fileName: string, report: ImportReport): string {
  const by = report.meta?.exportedBy;
  const who = [by?.unit, by?.reviewer].filter(Boolean).join(' ');
  return who ? `${who}（${fileName}）` : fileName;
}

/** The imported files, oldest import first; rows that do not parse are left out. */
export async function listImportSources(importsDb: ReviewImportsDb): Promise<ImportSource[]> {
  const rows: unknown[] = await importsDb.sources.orderBy('importedAt').toArray();
  return rows.flatMap((row) => {
    const parsed = ImportSourceSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The LogSource of an imported file, for toLogRow. */
export function importLogSource(source: Pick<ImportSource, 'id' | 'label'>): LogSource {
  return { kind: 'import', sourceId: source.id, label: source.label };
}

/** Removes an imported file and the records first imported from it. */
export async function removeImportSource(
  importsDb: ReviewImportsDb,
  sourceId: string,
): Promise<void> {
  await importsDb.transaction('rw', importsDb.sources, importsDb.entries, async () => {
    await importsDb.entries.where('sourceId').equals(sourceId).delete();
    await importsDb.sources.delete(sourceId);
  });
}

/** Options for reading imported records page by page. */
export interface ReadImportedPagesOptions {
  pageSize?: number;
  signal?: AbortSignal;
  stats?: PageReadStats;
}

function parseImported(rows: readonly unknown[], stats: PageReadStats): ImportedEntry[] {
  const entries: ImportedEntry[] = [];
  for (const row of rows) {
    stats.read += 1;
    const parsed = ImportedEntrySchema.safeParse(row);
    if (parsed.success) entries.push(parsed.data);
    else {
      stats.skipped += 1;
      const seq = (row as { seq?: unknown } | null)?.seq;
      if (stats.skippedSeqs.length < 1000)
        stats.skippedSeqs.push(typeof seq === 'number' ? seq : null);
    }
  }
  return entries;
}

/**
 * Yields imported records a page at a time: one source's in seq order (its chain, ready for a
 * JSON export), or every source's in id order.
 */
export async function* readImportedEntryPages(
  importsDb: ReviewImportsDb,
  sourceId?: string,
  options: ReadImportedPagesOptions = {},
): AsyncGenerator<ImportedEntry[]> {
  const pageSize = Math.max(1, options.pageSize ?? 1000);
  const stats = options.stats ?? newPageReadStats();
  let afterSeq = -Infinity;
  let afterId = '';
  for (;;) {
    throwIfAborted(options.signal);
    const rows: unknown[] =
      sourceId === undefined
        ? await importsDb.entries.where(':id').above(afterId).limit(pageSize).toArray()
        : await importsDb.entries
            .where('[sourceId+seq]')
            .between([sourceId, afterSeq], [sourceId, Infinity], false, true)
            .limit(pageSize)
            .toArray();
    if (rows.length === 0) return;
    const lastRow = rows[rows.length - 1] as { id: string; seq: number };
    afterId = lastRow.id;
    afterSeq = lastRow.seq;
    const entries = parseImported(rows, stats);
    if (entries.length > 0) yield entries;
    if (rows.length < pageSize) return;
  }
}
