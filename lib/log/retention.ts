import { hashEntry } from './hash-chain';
import { maskRecordPersonalData } from './mask-personal-data';
import { deriveIndexFields, type ReviewLogEntry } from './review-log-entry';
import { ReviewLogError, toReviewLogError } from './review-log-error';
import type { ReviewLogDb } from './review-log-schema';
import { RECORD_SCHEMA_VERSION, RetentionDeleteRecordSchema } from './review-record';

/**
 * The keep-for policy (issue 7): entries decided before now − keepDays are deleted, oldest
 * first, and the deletion is itself appended to the chain in the same transaction. The record's
 * `toHash` is the hash of the last deleted entry, which the first kept entry's prevHash names,
 * so verifyChain accepts the gap it accounts for and reports any other.
 */

/** Options of a retention run. */
export interface RetentionOptions {
  /** Keep entries decided within this many days before `now`. */
  keepDays: number;
  now: Date;
  /** Who ran it, recorded on the retention-delete record. */
  unit: string;
  reviewer: string;
  reason?: string;
  uuid?: () => string;
}

const DAY_MS = 86_400_000;

function cutoffOf(options: Pick<RetentionOptions, 'keepDays' | 'now'>): number {
  if (!Number.isInteger(options.keepDays) || options.keepDays < 1) {
    throw new RangeError(`keepDays must be a positive whole number, not ${options.keepDays}`);
  }
  return options.now.getTime() - options.keepDays * DAY_MS;
}

/**
 * The oldest contiguous run of entries decided before the cutoff: it stops at the first entry
 * that is not, so a late entry with an early decision time cannot tear a hole in the chain.
 */
async function expiredRun(db: ReviewLogDb, cutoff: number): Promise<ReviewLogEntry[]> {
  return db.entries
    .orderBy('seq')
    .until((entry) => !(entry.time < cutoff))
    .toArray();
}

/** What applyRetention would delete, for the confirmation dialog. */
export async function previewRetention(
  db: ReviewLogDb,
  options: Pick<RetentionOptions, 'keepDays' | 'now'>,
): Promise<{ count: number; fromSeq?: number; toSeq?: number; cutoff: string }> {
  const cutoff = cutoffOf(options);
  const run = await expiredRun(db, cutoff);
  const first = run[0];
  const last = run[run.length - 1];
  return {
    count: run.length,
    ...(first && last ? { fromSeq: first.seq, toSeq: last.seq } : {}),
    cutoff: new Date(cutoff).toISOString(),
  };
}

/**
 * Deletes the expired run and appends a retention-delete record, in ONE transaction: either
 * both happen or neither. Earlier deletions carry forward: when the run starts with or holds a
 * retention-delete record, the new record's range starts where that one's did.
 */
export async function applyRetention(
  db: ReviewLogDb,
  options: RetentionOptions,
): Promise<{ deleted: number; record: ReviewLogEntry | null }> {
  const cutoff = cutoffOf(options);
  const uuid = options.uuid ?? (() => crypto.randomUUID());
  try {
    return await db.transaction('rw', db.entries, async () => {
      const run = await expiredRun(db, cutoff);
      const first = run[0];
      const lastDeleted = run[run.length - 1];
      if (!first || !lastDeleted) return { deleted: 0, record: null };
      let fromSeq = first.seq;
      for (const entry of run) {
        if (entry.content.type === 'retention-delete') {
          fromSeq = Math.min(fromSeq, entry.content.fromSeq);
        }
      }
      const input = maskRecordPersonalData({
        type: 'retention-delete',
        at: options.now.toISOString(),
        unit: options.unit,
        reviewer: options.reviewer,
        cutoff: new Date(cutoff).toISOString(),
        fromSeq,
        toSeq: lastDeleted.seq,
        deletedCount: run.length,
        toHash: lastDeleted.hash,
        reason: options.reason ?? '',
      }).record;
      const parsed = RetentionDeleteRecordSchema.safeParse(input);
      if (!parsed.success) {
        throw new ReviewLogError('invalid', {
          issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
        });
      }
      const newest = await db.entries.orderBy('seq').last();
      // The run is read in this transaction, so the newest entry is at least its last one.
      const tail = newest ?? lastDeleted;
      const hashed = {
        seq: tail.seq + 1,
        id: uuid(),
        schemaVersion: RECORD_SCHEMA_VERSION,
        content: parsed.data,
        prevHash: tail.hash,
      } as const;
      const record: ReviewLogEntry = {
        ...hashed,
        hash: hashEntry(hashed),
        ...deriveIndexFields(parsed.data),
      };
      await db.entries.where('seq').between(first.seq, lastDeleted.seq, true, true).delete();
      await db.entries.add(record);
      return { deleted: run.length, record };
    });
  } catch (error) {
    throw error instanceof RangeError ? error : toReviewLogError(error);
  }
}
