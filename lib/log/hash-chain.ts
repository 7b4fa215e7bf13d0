import { z } from 'zod';
import { canonicalJson } from './canonical-json';
import { deriveIndexFields, type EntryIndexFields } from './review-log-entry';
import { RECORD_SCHEMA_VERSION, ReviewRecordSchema, type ReviewRecord } from './review-record';
import { sha256Hex } from './sha256-hex';

/**
 * The review log's tamper evidence: each entry's hash covers the previous entry's hash, so
 * changing or deleting an entry breaks the chain from there on. The chain cannot tell that the
 * newest entries were cut off unless the verifier knows a head (seq and hash) seen earlier,
 * e.g. from an export or a supervisor's last check: pass it as `head`.
 */

/** The prevHash of entry 1. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields an entry's hash covers. */
export interface HashedFields {
  seq: number;
  id: string;
  schemaVersion: number;
  content: unknown;
  prevHash: string;
}

/** hash = sha256(canonicalJson({ seq, id, schemaVersion, content, prevHash })), lowercase hex. */
export function hashEntry({ seq, id, schemaVersion, content, prevHash }: HashedFields): string {
  return sha256Hex(canonicalJson({ seq, id, schemaVersion, content, prevHash }));
}

/** What can be wrong with a chain. */
export const CHAIN_PROBLEM_KINDS = [
  'hash-mismatch',
  'broken-link',
  'missing',
  'duplicate',
  'bad-record',
] as const;
export type ChainProblemKind = (typeof CHAIN_PROBLEM_KINDS)[number];

/** One problem found; `seq` is null when the entry has no readable seq. */
export interface ChainProblem {
  seq: number | null;
  kind: ChainProblemKind;
  /** Chinese first, then English. */
  message: string;
}

/** The result of verifying a chain. */
export interface ChainVerification {
  ok: boolean;
  /** How many entries were looked at. */
  checked: number;
  problems: ChainProblem[];
}

/** A known entry to verify against: the one just before the given entries, or the newest. */
export interface ChainAnchor {
  seq: number;
  hash: string;
}

/** Options for verifying a part of a chain. */
export interface VerifyChainOptions {
  /** The verified entry just before the first one given (paged verification). */
  previous?: ChainAnchor;
  /** The newest entry known from elsewhere: entries after the last given one must not be gone. */
  head?: ChainAnchor;
}

/** The stored shape, read loosely: the hash is checked even when the content does not parse. */
const ChainRowSchema = z.looseObject({
  seq: z.number().int().positive(),
  id: z.string(),
  schemaVersion: z.number().int(),
  content: z.unknown(),
  prevHash: z.string(),
  hash: z.string(),
});
type ChainRow = z.infer<typeof ChainRowSchema>;

const INDEX_FIELDS: ReadonlyArray<keyof EntryIndexFields> = [
  'time',
  'type',
  'unit',
  'reviewer',
  'origin',
  'outcome',
];

function seqRange(from: number, to: number): string {
  return from === to ? `${from}` : `${from}–${to}`;
}

function missing(from: number, to: number): ChainProblem {
  return {
    seq: from,
    kind: 'missing',
    message: `第 ${seqRange(from, to)} 条记录缺失（可能被删除）。Entries ${seqRange(from, to)} are missing (possibly deleted).`,
  };
}

function readContent(row: ChainRow): { record: ReviewRecord } | { problem: string } {
  if (row.schemaVersion !== RECORD_SCHEMA_VERSION) {
    return {
      problem: `记录格式版本 ${row.schemaVersion} 无法识别。Record schema version ${row.schemaVersion} is unknown.`,
    };
  }
  const parsed = ReviewRecordSchema.safeParse(row.content);
  if (parsed.success) return { record: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.join('.') || '(content)';
  return {
    problem: `记录内容不合格式（${where}）。Record content is invalid at ${where}: ${issue?.message ?? ''}`,
  };
}

/** Checks the index fields a row carries against its content; rows without them are fine. */
function indexMismatch(row: ChainRow, record: ReviewRecord): string | null {
  if (!('time' in row)) return null;
  const derived = deriveIndexFields(record);
  const wrong = INDEX_FIELDS.filter((key) => row[key] !== derived[key]);
  if (wrong.length === 0) return null;
  return `索引字段与记录内容不符：${wrong.join('、')}。Index fields disagree with the content: ${wrong.join(', ')}.`;
}

/** Whether a kept retention-delete record accounts for the entries before `first`. */
function isRetentionGap(first: ChainRow, records: ReadonlyMap<ChainRow, ReviewRecord>): boolean {
  for (const [row, record] of records) {
    if (
      record.type === 'retention-delete' &&
      row.seq > record.toSeq &&
      record.toSeq === first.seq - 1 &&
      record.toHash === first.prevHash
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Verifies a chain of stored entries, in any order: every hash, every link, no gap and no
 * duplicate. Entries before the first given one may only be absent if a retention-delete
 * record among the entries accounts for them, or if `previous` anchors the first one.
 */
export function verifyChain(
  entries: readonly unknown[],
  options: VerifyChainOptions = {},
): ChainVerification {
  const problems: ChainProblem[] = [];
  const rows: ChainRow[] = [];
  for (const entry of entries) {
    const parsed = ChainRowSchema.safeParse(entry);
    if (parsed.success) {
      rows.push(parsed.data);
      continue;
    }
    const seq = (entry as { seq?: unknown } | null)?.seq;
    problems.push({
      seq: typeof seq === 'number' ? seq : null,
      kind: 'bad-record',
      message: '条目结构不完整，无法校验。The entry lacks the fields needed to verify it.',
    });
  }
  rows.sort((a, b) => a.seq - b.seq);

  const records = new Map<ChainRow, ReviewRecord>();
  const ids = new Set<string>();
  const kept: ChainRow[] = [];
  for (const row of rows) {
    const last = kept[kept.length - 1];
    if (last?.seq === row.seq || ids.has(row.id)) {
      problems.push({
        seq: row.seq,
        kind: 'duplicate',
        message:
          last?.seq === row.seq
            ? `第 ${row.seq} 条记录出现两次。Entry ${row.seq} appears twice.`
            : `第 ${row.seq} 条记录的编号 ${row.id} 与另一条重复。Entry ${row.seq} repeats id ${row.id}.`,
      });
      if (last?.seq === row.seq) continue;
    }
    ids.add(row.id);
    kept.push(row);

    if (hashEntry(row) !== row.hash) {
      problems.push({
        seq: row.seq,
        kind: 'hash-mismatch',
        message: `第 ${row.seq} 条记录的内容与其哈希不符（被改动过）。Entry ${row.seq} does not match its hash (it was changed).`,
      });
    }
    const content = readContent(row);
    if ('problem' in content) {
      problems.push({ seq: row.seq, kind: 'bad-record', message: content.problem });
      continue;
    }
    records.set(row, content.record);
    const mismatch = indexMismatch(row, content.record);
    if (mismatch) problems.push({ seq: row.seq, kind: 'bad-record', message: mismatch });
  }

  kept.forEach((row, i) => {
    const before = i > 0 ? kept[i - 1] : options.previous;
    if (!before) {
      if (row.seq === 1) {
        if (row.prevHash !== GENESIS_HASH) problems.push(brokenLink(row.seq));
      } else if (!isRetentionGap(row, records)) {
        problems.push(missing(1, row.seq - 1));
      }
      return;
    }
    if (row.seq !== before.seq + 1) {
      if (row.seq > before.seq + 1) problems.push(missing(before.seq + 1, row.seq - 1));
      return;
    }
    if (row.prevHash !== before.hash) problems.push(brokenLink(row.seq));
  });

  const { head } = options;
  const newest = kept[kept.length - 1];
  if (head && (!newest || newest.seq < head.seq)) {
    problems.push(missing((newest?.seq ?? options.previous?.seq ?? 0) + 1, head.seq));
  } else if (head && kept.some((row) => row.seq === head.seq && row.hash !== head.hash)) {
    problems.push({
      seq: head.seq,
      kind: 'hash-mismatch',
      message: `第 ${head.seq} 条记录与此前核验时不同。Entry ${head.seq} differs from the one seen before.`,
    });
  }

  problems.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  return { ok: problems.length === 0, checked: entries.length, problems };
}

function brokenLink(seq: number): ChainProblem {
  return {
    seq,
    kind: 'broken-link',
    message: `第 ${seq} 条记录与前一条的链接断开。Entry ${seq} does not link to the entry before it.`,
  };
}
