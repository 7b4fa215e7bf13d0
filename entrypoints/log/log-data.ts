import { readEntryPages } from '@/lib/log/log-pages';
import { toLogRow, type LogRow, type LogSource } from '@/lib/log/log-query';
import { ReviewLogEntrySchema, type ReviewLogEntry } from '@/lib/log/review-log-entry';
import { reviewLogDb } from '../sidepanel/review-log-db';

/** The page's view of the own log: rows for the table, full entries only when one is opened. */

export const OWN_SOURCE: LogSource = { kind: 'own' };

/** Progress of reading: rows read so far and rows expected. */
export interface LoadProgress {
  done: number;
  total: number;
}

/** Yields to the event loop, so a long read keeps the page responsive and the progress bar moving. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads the own log into rows, page by page, reporting progress after each page. */
export async function loadOwnRows(
  onProgress: (progress: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<LogRow[]> {
  const db = await reviewLogDb();
  const total = await db.entries.count();
  const rows: LogRow[] = [];
  onProgress({ done: 0, total });
  for await (const page of readEntryPages(db, { pageSize: 2000, signal })) {
    for (const entry of page) rows.push(toLogRow(entry, OWN_SOURCE));
    onProgress({ done: rows.length, total: Math.max(total, rows.length) });
    await breathe();
  }
  return rows;
}

/** The full own entry behind a row, or null when it is gone (deleted under retention). */
export async function readOwnEntry(seq: number): Promise<ReviewLogEntry | null> {
  const db = await reviewLogDb();
  const parsed = ReviewLogEntrySchema.safeParse(await db.entries.get(seq));
  return parsed.success ? parsed.data : null;
}
