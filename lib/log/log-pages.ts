import { ReviewLogEntrySchema, type ReviewLogEntry } from './review-log-entry';
import type { ReviewLogDb } from './review-log-schema';

/**
 * Reads the log page by page in seq order, keyed by seq (never `offset`, which slows as it grows,
 * dexie #683), so 100,000 entries are never held in one IndexedDB request (dexie #468, #1264).
 */

/** What a page reader saw: rows read, and rows skipped because they did not parse. */
export interface PageReadStats {
  read: number;
  skipped: number;
  /** Seqs of the skipped rows (null when a row has no readable seq), at most 1000 kept. */
  skippedSeqs: (number | null)[];
}

/** Options for reading pages. */
export interface ReadPagesOptions {
  /** Entries per page (1000). */
  pageSize?: number;
  /** Start after this seq (0: from the first entry). */
  afterSeq?: number;
  signal?: AbortSignal;
  /** Filled in as pages are read: how many rows did not parse (they are left out of the pages). */
  stats?: PageReadStats;
  /**
   * Take rows that carry their index fields as they are, after a cheap shape check, instead of
   * parsing each with zod. Those fields are only ever written after the record was validated
   * (appendRecord, appendRecords, the v2 migration's safeParse), so this skips a second parse of
   * known-good rows — about half the time of a 100k export. A row changed later behind the
   * extension's back is caught by the chain check (verifyLog), not here. Rows without index
   * fields are still parsed.
   */
  trustWritten?: boolean;
}

/** A fresh, empty PageReadStats. */
export function newPageReadStats(): PageReadStats {
  return { read: 0, skipped: 0, skippedSeqs: [] };
}

/** The DOMException that fetch and streams throw on abort, thrown here when `signal` aborts. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('已取消。Cancelled.', 'AbortError');
}

/** Whether a stored row has the shape that only validated writes give it (see trustWritten). */
function looksWritten(row: unknown): row is ReviewLogEntry {
  if (typeof row !== 'object' || row === null) return false;
  const r = row as Record<string, unknown>;
  const content = r.content as Record<string, unknown> | null | undefined;
  return (
    typeof r.seq === 'number' &&
    typeof r.id === 'string' &&
    typeof r.hash === 'string' &&
    typeof r.prevHash === 'string' &&
    typeof r.time === 'number' &&
    typeof r.type === 'string' &&
    typeof content === 'object' &&
    content !== null &&
    content.type === r.type &&
    (r.type === 'retention-delete' || Array.isArray(content.findings))
  );
}

/** Parses stored rows, counting those that do not parse in `stats`. */
export function parseEntries(
  rows: readonly unknown[],
  stats?: PageReadStats,
  trustWritten = false,
): ReviewLogEntry[] {
  const entries: ReviewLogEntry[] = [];
  for (const row of rows) {
    if (trustWritten && looksWritten(row)) {
      if (stats) stats.read += 1;
      entries.push(row);
      continue;
    }
    const parsed = ReviewLogEntrySchema.safeParse(row);
    if (stats) stats.read += 1;
    if (parsed.success) {
      entries.push(parsed.data);
      continue;
    }
    if (!stats) continue;
    stats.skipped += 1;
    const seq = (row as { seq?: unknown } | null)?.seq;
    if (stats.skippedSeqs.length < 1000)
      stats.skippedSeqs.push(typeof seq === 'number' ? seq : null);
  }
  return entries;
}

/** Yields the stored entries in seq order, a page at a time, parsed; unparsable rows are skipped. */
export async function* readEntryPages(
  db: ReviewLogDb,
  options: ReadPagesOptions = {},
): AsyncGenerator<ReviewLogEntry[]> {
  const pageSize = Math.max(1, options.pageSize ?? 1000);
  let after = options.afterSeq ?? 0;
  for (;;) {
    throwIfAborted(options.signal);
    const rows: unknown[] = await db.entries.where('seq').above(after).limit(pageSize).toArray();
    if (rows.length === 0) return;
    after = (rows[rows.length - 1] as { seq: number }).seq;
    const entries = parseEntries(rows, options.stats, options.trustWritten);
    if (entries.length > 0) yield entries;
    if (rows.length < pageSize) return;
  }
}
