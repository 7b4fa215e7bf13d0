import { describe, expect, test } from 'vitest';
import { appendRecords, verifyLog } from '../../../lib/log/review-log';
import { applyRetention, previewRetention } from '../../../lib/log/retention';
import { fakeLogDb, sampleRecords } from './log-fixtures';

const DAY = 86_400_000;
const start = Date.parse('2026-01-01T00:00:00+08:00');
const now = new Date(start + 100 * DAY);
const who = { unit: '市政府办公室', reviewer: '陈处长' };

/** Ten records, one every ten days from 2026-01-01: ages 100, 90, … 10 days at `now`. */
async function tenRecords() {
  const db = fakeLogDb();
  await appendRecords(db, sampleRecords(10, { start, spanMs: 100 * DAY }));
  return db;
}

describe('retention', () => {
  test('previews what would be deleted, for the confirmation', async () => {
    const db = await tenRecords();
    expect(await previewRetention(db, { keepDays: 45, now })).toMatchObject({
      count: 6,
      fromSeq: 1,
      toSeq: 6,
    });
    expect(await previewRetention(db, { keepDays: 365, now })).toMatchObject({ count: 0 });
    expect(await db.entries.count()).toBe(10);
  });

  test('deletes the old entries, records the deletion in the chain, and the log still verifies', async () => {
    const db = await tenRecords();
    const sixth = await db.entries.get(6);
    const { deleted, record } = await applyRetention(db, {
      keepDays: 45,
      now,
      ...who,
      reason: '保存期满',
    });
    expect(deleted).toBe(6);
    expect(record).toMatchObject({
      seq: 11,
      type: 'retention-delete',
      content: { fromSeq: 1, toSeq: 6, deletedCount: 6, toHash: sixth!.hash, reason: '保存期满' },
    });
    const seqs = (await db.entries.orderBy('seq').toArray()).map((e) => e.seq);
    expect(seqs).toEqual([7, 8, 9, 10, 11]);
    expect((await db.entries.get(7))!.prevHash).toBe(sixth!.hash);
    expect(await verifyLog(db)).toMatchObject({ ok: true, problems: [] });
  });

  test('a second deletion carries the first one forward and the log still verifies', async () => {
    const db = await tenRecords();
    await applyRetention(db, { keepDays: 75, now, ...who });
    const later = new Date(now.getTime() + 200 * DAY);
    const { deleted, record } = await applyRetention(db, { keepDays: 30, now: later, ...who });
    // Every entry (and the first deletion record) is older than 30 days by then.
    expect(deleted).toBe(8);
    expect(record?.content).toMatchObject({ fromSeq: 1, toSeq: 11 });
    expect(await db.entries.count()).toBe(1);
    expect(await verifyLog(db)).toMatchObject({ ok: true });
  });

  test('nothing old enough: nothing deleted, nothing recorded', async () => {
    const db = await tenRecords();
    expect(await applyRetention(db, { keepDays: 365, now, ...who })).toEqual({
      deleted: 0,
      record: null,
    });
    expect(await db.entries.count()).toBe(10);
  });

  test('a deletion not recorded by a retention record is reported', async () => {
    const db = await tenRecords();
    await db.entries.bulkDelete([1, 2, 3]);
    const result = await verifyLog(db);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.kind, p.seq])).toEqual([['missing', 1]]);
  });

  test('entries deleted after a recorded retention run are still reported', async () => {
    const db = await tenRecords();
    await applyRetention(db, { keepDays: 45, now, ...who });
    await db.entries.delete(8);
    const result = await verifyLog(db);
    expect(result.problems.map((p) => [p.kind, p.seq])).toEqual([['missing', 8]]);
  });

  test('the newest entries cut off are reported against a head seen before', async () => {
    const db = await tenRecords();
    const head = await db.entries.get(10);
    await db.entries.delete(10);
    expect((await verifyLog(db)).ok).toBe(true);
    const result = await verifyLog(db, { head: { seq: 10, hash: head!.hash } });
    expect(result.problems.map((p) => [p.kind, p.seq])).toEqual([['missing', 10]]);
  });

  test('refuses a keep-for period that is not a positive number of days', async () => {
    const db = await tenRecords();
    await expect(applyRetention(db, { keepDays: 0, now, ...who })).rejects.toThrow(RangeError);
  });
});
