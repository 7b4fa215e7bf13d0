import type { Dexie, Table } from 'dexie';
import { deriveIndexFields, type ReviewLogEntry } from './review-log-entry';
import { ReviewLogError } from './review-log-error';
import { ReviewRecordSchema } from './review-record';

/** The IndexedDB database of the review log, in the extension's own origin. */
export const REVIEW_LOG_DB_NAME = 'disclosure-review-log';
/** The current schema version (see defineReviewLogSchema for the history). */
export const REVIEW_LOG_DB_VERSION = 2;

/** A Dexie instance with the review log's table. */
export type ReviewLogDb = Dexie & { entries: Table<ReviewLogEntry, number> };

/**
 * Declares every schema version on a Dexie instance the caller created (extension pages pass
 * `new Dexie(REVIEW_LOG_DB_NAME)`, tests one backed by fake-indexeddb).
 * - v1 (the first release): entries by seq and id only.
 * - v2: derived index fields (time, type, unit, reviewer, origin, outcome) for the supervisor's
 *   filters. The upgrade computes them from the hashed content and never touches the content,
 *   so the chain verifies after migrating.
 */
export function defineReviewLogSchema(db: Dexie): ReviewLogDb {
  db.version(1).stores({ entries: 'seq, &id' });
  db.version(2)
    .stores({ entries: 'seq, &id, time, type, unit, reviewer, origin, outcome' })
    .upgrade((tx) =>
      tx
        .table('entries')
        .toCollection()
        .modify((entry: { content: unknown }) => {
          // A row whose content does not parse must not abort the upgrade (that would leave
          // the whole log unopenable): it gets no index fields, and verifyLog reports it.
          const parsed = ReviewRecordSchema.safeParse(entry.content);
          if (parsed.success) Object.assign(entry, deriveIndexFields(parsed.data));
        }),
    );
  return db as ReviewLogDb;
}

/**
 * Opens the log, turning a blocked upgrade (another tab holding an older version open) into a
 * ReviewLogError('blocked') the page shows, instead of waiting forever.
 */
export async function openReviewLog(db: ReviewLogDb): Promise<ReviewLogDb> {
  // A newer version opened in another tab: let it upgrade, this page reopens on next use.
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: false });
  });
  let onBlocked: (() => void) | null = null;
  const blocked = new Promise<never>((_, reject) => {
    onBlocked = () => reject(new ReviewLogError('blocked'));
    db.on('blocked', onBlocked);
  });
  try {
    await Promise.race([db.open(), blocked]);
    return db;
  } finally {
    if (onBlocked) db.on('blocked').unsubscribe(onBlocked);
  }
}
