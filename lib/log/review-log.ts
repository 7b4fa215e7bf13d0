import {
  GENESIS_HASH,
  hashEntry,
  verifyChain,
  type ChainAnchor,
  type ChainVerification,
} from './hash-chain';
import { maskRecordPersonalData } from './mask-personal-data';
import { deriveIndexFields, type EntryOutcome, type ReviewLogEntry } from './review-log-entry';
import { ReviewLogError, toReviewLogError } from './review-log-error';
import type { ReviewLogDb } from './review-log-schema';
import {
  RECORD_SCHEMA_VERSION,
  ReviewRecordSchema,
  type RecordType,
  type ReviewRecordInput,
} from './review-record';

/** Options for appending, for tests: a fixed id source. */
export interface AppendOptions {
  uuid?: () => string;
}

/**
 * Appends a record: masks any personal data left in its text, validates it, then reads the last
 * entry and adds the new one in ONE transaction (hashing is synchronous for that reason), so
 * tabs appending at once still build one unbroken chain. Rejects with a ReviewLogError.
 */
export async function appendRecord(
  db: ReviewLogDb,
  input: ReviewRecordInput,
  options: AppendOptions = {},
): Promise<ReviewLogEntry> {
  const { record: masked } = maskRecordPersonalData(input);
  const parsed = ReviewRecordSchema.safeParse(masked);
  if (!parsed.success) {
    throw new ReviewLogError('invalid', {
      issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    });
  }
  const content = parsed.data;
  const uuid = options.uuid ?? (() => crypto.randomUUID());
  try {
    return await db.transaction('rw', db.entries, async () => {
      const last = await db.entries.orderBy('seq').last();
      const seq = (last?.seq ?? 0) + 1;
      const prevHash = last?.hash ?? GENESIS_HASH;
      const id = uuid();
      const hashed = { seq, id, schemaVersion: RECORD_SCHEMA_VERSION, content, prevHash } as const;
      const entry: ReviewLogEntry = {
        ...hashed,
        hash: hashEntry(hashed),
        ...deriveIndexFields(content),
      };
      await db.entries.add(entry);
      return entry;
    });
  } catch (error) {
    throw toReviewLogError(error);
  }
}

/** Options for appending many records at once. */
export interface AppendManyOptions extends AppendOptions {
  /** Rows handed to one bulkAdd; large batches keep IndexedDB busy but fast. */
  chunkSize?: number;
}

/**
 * Appends many records in ONE transaction (seeding, tests, the benchmark): every record is
 * masked and validated first, so one bad record writes nothing; then they are chained after the
 * current last entry, in the order given. Rejects with a ReviewLogError.
 */
export async function appendRecords(
  db: ReviewLogDb,
  inputs: readonly ReviewRecordInput[],
  options: AppendManyOptions = {},
): Promise<ReviewLogEntry[]> {
  const contents = inputs.map((input, index) => {
    const parsed = ReviewRecordSchema.safeParse(maskRecordPersonalData(input).record);
    if (parsed.success) return parsed.data;
    throw new ReviewLogError('invalid', {
      issues: parsed.error.issues.map(
        (issue) => `[${index}] ${issue.path.join('.')}: ${issue.message}`,
      ),
    });
  });
  const uuid = options.uuid ?? (() => crypto.randomUUID());
  const chunkSize = Math.max(1, options.chunkSize ?? 5000);
  try {
    return await db.transaction('rw', db.entries, async () => {
      const last = await db.entries.orderBy('seq').last();
      let seq = last?.seq ?? 0;
      let prevHash = last?.hash ?? GENESIS_HASH;
      const entries = contents.map((content): ReviewLogEntry => {
        seq += 1;
        const hashed = {
          seq,
          id: uuid(),
          schemaVersion: RECORD_SCHEMA_VERSION,
          content,
          prevHash,
        } as const;
        prevHash = hashEntry(hashed);
        return { ...hashed, hash: prevHash, ...deriveIndexFields(content) };
      });
      for (let start = 0; start < entries.length; start += chunkSize) {
        await db.entries.bulkAdd(entries.slice(start, start + chunkSize));
      }
      return entries;
    });
  } catch (error) {
    throw toReviewLogError(error);
  }
}

/** What the log can be filtered by. */
export interface EntryFilter {
  from?: number;
  to?: number;
  unit?: string;
  reviewer?: string;
  origin?: string;
  type?: RecordType;
  outcome?: EntryOutcome;
}

function matches(entry: ReviewLogEntry, filter: EntryFilter): boolean {
  return (
    (filter.from === undefined || entry.time >= filter.from) &&
    (filter.to === undefined || entry.time <= filter.to) &&
    (filter.unit === undefined || entry.unit === filter.unit) &&
    (filter.reviewer === undefined || entry.reviewer === filter.reviewer) &&
    (filter.origin === undefined || entry.origin === filter.origin) &&
    (filter.type === undefined || entry.type === filter.type) &&
    (filter.outcome === undefined || entry.outcome === filter.outcome)
  );
}

/** Entries matching a filter, newest first, using the time index. */
export async function listEntries(
  db: ReviewLogDb,
  filter: EntryFilter & { limit?: number; offset?: number } = {},
): Promise<ReviewLogEntry[]> {
  const range = db.entries
    .where('time')
    .between(filter.from ?? -Infinity, filter.to ?? Infinity, true, true)
    .reverse()
    .filter((entry) => matches(entry, filter));
  const paged = range.offset(filter.offset ?? 0);
  return filter.limit === undefined ? paged.toArray() : paged.limit(filter.limit).toArray();
}

/** How many entries match a filter. */
export async function countEntries(db: ReviewLogDb, filter: EntryFilter = {}): Promise<number> {
  return db.entries
    .where('time')
    .between(filter.from ?? -Infinity, filter.to ?? Infinity, true, true)
    .filter((entry) => matches(entry, filter))
    .count();
}

/**
 * Verifies the whole stored chain, in seq order. Gaps that a retention-delete record accounts
 * for are accepted; pass the head seen at an earlier check (or in an export) to also catch the
 * newest entries being cut off.
 */
export async function verifyLog(
  db: ReviewLogDb,
  options: { head?: ChainAnchor } = {},
): Promise<ChainVerification> {
  return verifyChain(await db.entries.orderBy('seq').toArray(), options);
}
