import { describe, expect, test } from 'vitest';
import { GENESIS_HASH, hashEntry, verifyChain } from '../../../lib/log/hash-chain';
import { deriveIndexFields } from '../../../lib/log/review-log-entry';
import { ReviewRecordSchema, type ReviewRecordInput } from '../../../lib/log/review-record';
import { GATE_RECORD } from './log-fixtures';

const gate: ReviewRecordInput = GATE_RECORD;

type Row = Record<string, unknown> & { seq: number; hash: string; prevHash: string };

/** Appends records the way appendRecord does, without a database. */
function chain(
  records: ReviewRecordInput[],
  first: { seq: number; prevHash: string } = { seq: 1, prevHash: GENESIS_HASH },
): Row[] {
  const rows: Row[] = [];
  let prevHash = first.prevHash;
  records.forEach((record, i) => {
    const content = ReviewRecordSchema.parse(record);
    const hashed = {
      seq: first.seq + i,
      id: `00000000-0000-4000-8000-${String(first.seq + i).padStart(12, '0')}`,
      schemaVersion: 1,
      content,
      prevHash,
    };
    const hash = hashEntry(hashed);
    rows.push({ ...hashed, hash, ...deriveIndexFields(content) });
    prevHash = hash;
  });
  return rows;
}

function gates(n: number): ReviewRecordInput[] {
  return Array.from({ length: n }, (_, i) => ({ ...gate, title: `通知 ${i + 1}` }));
}

function kinds(rows: unknown[], options?: Parameters<typeof verifyChain>[1]) {
  return verifyChain(rows, options).problems.map((p) => [p.seq, p.kind]);
}

describe('verifyChain', () => {
  test('accepts an intact chain given in any order', () => {
    const rows = chain(gates(5));
    expect(verifyChain([...rows].reverse())).toEqual({ ok: true, checked: 5, problems: [] });
  });

  test('accepts an empty log', () => {
    expect(verifyChain([])).toEqual({ ok: true, checked: 0, problems: [] });
  });

  test('detects a changed record', () => {
    const rows = chain(gates(3));
    rows[1] = { ...rows[1]!, content: { ...(rows[1]!.content as object), reason: '改过' } };
    expect(kinds(rows)).toEqual([[2, 'hash-mismatch']]);
  });

  test('detects a changed record whose hash was recomputed: the next link breaks', () => {
    const rows = chain(gates(3));
    const changed = { ...rows[1]!, content: { ...(rows[1]!.content as object), title: '改过' } };
    rows[1] = { ...changed, hash: hashEntry(changed as never) };
    expect(kinds(rows)).toEqual([[3, 'broken-link']]);
  });

  test('detects a deleted record in the middle', () => {
    const rows = chain(gates(5));
    rows.splice(2, 1);
    expect(kinds(rows)).toEqual([[3, 'missing']]);
    expect(verifyChain(rows).problems[0]?.message).toMatch(
      /^第 3 条记录缺失.*Entries 3 are missing/,
    );
  });

  test('detects deleted first records', () => {
    const rows = chain(gates(5)).slice(2);
    expect(kinds(rows)).toEqual([[1, 'missing']]);
    expect(verifyChain(rows).problems[0]?.message).toContain('1–2');
  });

  test('detects a first entry that does not start from the genesis hash', () => {
    const rows = chain(gates(2), { seq: 1, prevHash: 'f'.repeat(64) });
    expect(kinds(rows)).toEqual([[1, 'broken-link']]);
  });

  test('detects newest records cut off only against a head seen before', () => {
    const rows = chain(gates(5));
    const head = { seq: 5, hash: rows[4]!.hash };
    expect(verifyChain(rows.slice(0, 3)).ok).toBe(true);
    expect(kinds(rows.slice(0, 3), { head })).toEqual([[4, 'missing']]);
    expect(kinds(rows, { head: { seq: 5, hash: 'e'.repeat(64) } })).toEqual([[5, 'hash-mismatch']]);
    expect(verifyChain(rows, { head: { seq: 3, hash: rows[2]!.hash } }).ok).toBe(true);
  });

  test('detects a duplicated seq and a duplicated id', () => {
    const rows = chain(gates(3));
    expect(kinds([...rows, rows[1]])).toEqual([[2, 'duplicate']]);
    const sameId = chain(gates(3));
    sameId[2] = { ...sameId[2]!, id: sameId[0]!.id };
    expect(kinds(sameId)).toEqual([
      [3, 'duplicate'],
      [3, 'hash-mismatch'],
    ]);
  });

  test.each([
    ['null', null],
    ['an entry without a hash', { seq: 2, id: 'x', schemaVersion: 1, content: {}, prevHash: '' }],
    ['an entry whose seq is a string', { ...chain(gates(1))[0], seq: '1' }],
  ])('reports %s as a bad record', (_name, row) => {
    expect(verifyChain([row]).problems.map((p) => p.kind)).toContain('bad-record');
  });

  test('checks the hash even when the content no longer parses', () => {
    const rows = chain(gates(2));
    rows[1] = { ...rows[1]!, content: { type: 'gate-decision' } };
    expect(kinds(rows)).toEqual([
      [2, 'hash-mismatch'],
      [2, 'bad-record'],
    ]);
  });

  test('reports an unknown record schema version, correctly hashed, as a bad record', () => {
    const [row] = chain(gates(1));
    const future = { ...row!, schemaVersion: 2 };
    const rehashed = { ...future, hash: hashEntry(future as never) };
    expect(kinds([rehashed])).toEqual([[1, 'bad-record']]);
  });

  test('detects index fields changed to hide an entry from a query', () => {
    const rows = chain(gates(2));
    rows[1] = { ...rows[1]!, reviewer: '别人' };
    expect(kinds(rows)).toEqual([[2, 'bad-record']]);
    expect(verifyChain(rows).problems[0]?.message).toContain('reviewer');
  });

  test('accepts entries without index fields (version 1 rows, exports)', () => {
    const rows = chain(gates(2)).map(({ seq, id, schemaVersion, content, prevHash, hash }) => ({
      seq,
      id,
      schemaVersion,
      content,
      prevHash,
      hash,
    }));
    expect(verifyChain(rows).ok).toBe(true);
  });

  test('verifies a page against the entry before it', () => {
    const rows = chain(gates(6));
    const previous = { seq: 3, hash: rows[2]!.hash };
    expect(verifyChain(rows.slice(3), { previous }).ok).toBe(true);
    expect(kinds(rows.slice(4), { previous })).toEqual([[4, 'missing']]);
    expect(kinds(rows.slice(3), { previous: { seq: 3, hash: '0'.repeat(64) } })).toEqual([
      [4, 'broken-link'],
    ]);
  });

  describe('retention deletions (issue 7)', () => {
    const rows = chain(gates(4));
    const retention = (toHash: string): ReviewRecordInput => ({
      type: 'retention-delete',
      at: '2031-11-28T00:00:00.000Z',
      unit: '市政府办公室',
      reviewer: '李科长',
      cutoff: '2026-11-29T00:00:00.000Z',
      fromSeq: 1,
      toSeq: 2,
      deletedCount: 2,
      toHash,
    });

    test('accepts old entries deleted when a kept record accounts for them', () => {
      const next = chain([retention(rows[1]!.hash)], { seq: 5, prevHash: rows[3]!.hash });
      expect(verifyChain([...rows.slice(2), ...next])).toMatchObject({ ok: true, checked: 3 });
    });

    test('reports deleted entries that the record does not account for', () => {
      const next = chain([retention('c'.repeat(64))], { seq: 5, prevHash: rows[3]!.hash });
      expect(kinds([...rows.slice(2), ...next])).toEqual([[1, 'missing']]);
      expect(
        kinds([
          ...rows.slice(3),
          ...chain([retention(rows[1]!.hash)], { seq: 5, prevHash: rows[3]!.hash }),
        ]),
      ).toEqual([[1, 'missing']]);
    });
  });
});
