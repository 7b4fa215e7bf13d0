import { describe, expect, test } from 'vitest';
import { newPageReadStats, readEntryPages } from '../../../lib/log/log-pages';
import { appendRecords, verifyLog } from '../../../lib/log/review-log';
import { ReviewLogError } from '../../../lib/log/review-log-error';
import type { ReviewRecordInput } from '../../../lib/log/review-record';
import { fakeLogDb, sampleRecords } from './log-fixtures';

describe('appendRecords', () => {
  test('appends many records as one chain after the entries already there', async () => {
    const db = fakeLogDb();
    await appendRecords(db, sampleRecords(3, { seed: 1 }));
    const more = await appendRecords(db, sampleRecords(250, { seed: 2 }), { chunkSize: 100 });
    expect(more[0]?.seq).toBe(4);
    expect(more.at(-1)?.seq).toBe(253);
    expect(await verifyLog(db)).toMatchObject({ ok: true, checked: 253 });
  });

  test('writes nothing when one record is invalid, and says which', async () => {
    const db = fakeLogDb();
    const records = sampleRecords(5);
    records.push({
      ...sampleRecords(1)[0]!,
      type: 'sign-off',
      reviewer: '',
      outcome: 'approved',
    } as ReviewRecordInput);
    const error = await appendRecords(db, records).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReviewLogError);
    expect((error as ReviewLogError).issues.join()).toContain('[5] reviewer');
    expect(await db.entries.count()).toBe(0);
  });

  test('masks raw personal data before writing', async () => {
    const db = fakeLogDb();
    const [record] = sampleRecords(1);
    await appendRecords(db, [{ ...record!, title: '关于13812345678的通报' } as ReviewRecordInput]);
    expect(JSON.stringify(await db.entries.toArray())).not.toContain('13812345678');
  });
});

describe('readEntryPages', () => {
  test('yields every entry once, in seq order, in pages of the given size', async () => {
    const db = fakeLogDb();
    await appendRecords(db, sampleRecords(25));
    const pages: number[][] = [];
    for await (const page of readEntryPages(db, { pageSize: 10 })) {
      pages.push(page.map((e) => e.seq));
    }
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(pages.flat()).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  test('starts after a given seq', async () => {
    const db = fakeLogDb();
    await appendRecords(db, sampleRecords(5));
    const seqs: number[] = [];
    for await (const page of readEntryPages(db, { afterSeq: 3 }))
      seqs.push(...page.map((e) => e.seq));
    expect(seqs).toEqual([4, 5]);
  });

  test('skips a row that does not parse and counts it', async () => {
    const db = fakeLogDb();
    await appendRecords(db, sampleRecords(5));
    await db.entries.update(2, { 'content.type': 'unknown' } as never);
    const stats = newPageReadStats();
    const seqs: number[] = [];
    for await (const page of readEntryPages(db, { pageSize: 2, stats })) {
      seqs.push(...page.map((e) => e.seq));
    }
    expect(seqs).toEqual([1, 3, 4, 5]);
    expect(stats).toEqual({ read: 5, skipped: 1, skippedSeqs: [2] });
  });

  test('stops with an AbortError when cancelled', async () => {
    const db = fakeLogDb();
    await appendRecords(db, sampleRecords(30));
    const controller = new AbortController();
    const seen: number[] = [];
    const reading = (async () => {
      for await (const page of readEntryPages(db, { pageSize: 10, signal: controller.signal })) {
        seen.push(page.length);
        controller.abort();
      }
    })();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([10]);
  });

  test('with trustWritten gives the same entries, and still skips rows of the wrong shape', async () => {
    const db = fakeLogDb();
    await appendRecords(db, sampleRecords(6));
    await db.entries.update(2, { 'content.type': 'unknown' } as never);
    await db.entries.update(4, { content: null } as never);
    const read = async (trustWritten: boolean) => {
      const stats = newPageReadStats();
      const entries = [];
      for await (const page of readEntryPages(db, { pageSize: 4, stats, trustWritten }))
        entries.push(...page);
      return { entries, stats };
    };
    const parsed = await read(false);
    const trusted = await read(true);
    expect(trusted.entries.map((e) => e.seq)).toEqual([1, 3, 5, 6]);
    expect(trusted.entries).toEqual(parsed.entries);
    expect(trusted.stats).toEqual({ read: 6, skipped: 2, skippedSeqs: [2, 4] });
  });
});
