import { Dexie, type DBCore, type Middleware } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, test } from 'vitest';
import { appendRecord, verifyLog } from '../../../lib/log/review-log';
import {
  isQuotaError,
  ReviewLogError,
  REVIEW_LOG_ERROR_CODES,
  toReviewLogError,
} from '../../../lib/log/review-log-error';
import {
  defineReviewLogSchema,
  openReviewLog,
  REVIEW_LOG_DB_VERSION,
  type ReviewLogDb,
} from '../../../lib/log/review-log-schema';
import type { ReviewRecordInput } from '../../../lib/log/review-record';
import { GATE_RECORD } from './log-fixtures';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('toReviewLogError', () => {
  test.each([
    ['a QuotaExceededError DOMException', quota()],
    [
      'Dexie’s AbortError wrapping it as `inner`',
      new Dexie.AbortError('Transaction aborted', quota()),
    ],
    ['a plain object shaped like that AbortError', { name: 'AbortError', inner: quota() }],
    ['an error whose cause is it', new Error('transaction failed', { cause: quota() })],
    ['a BulkError listing it among failures', { name: 'BulkError', failures: { 0: quota() } }],
    ['Firefox’s older name', { name: 'NS_ERROR_DOM_QUOTA_REACHED' }],
    ['a DOMException with legacy code 22', new DOMException('full', 'QuotaExceededError')],
  ])('reads %s as a full quota', (_name, error) => {
    expect(isQuotaError(error)).toBe(true);
    const mapped = toReviewLogError(error);
    expect(mapped.code).toBe('quota');
    expect(mapped.cause).toBe(error);
  });

  test.each([
    ['a ConstraintError', new DOMException('key exists', 'ConstraintError')],
    ['an AbortError without an inner cause', { name: 'AbortError', message: 'aborted' }],
    ['a string', 'oops'],
    ['undefined', undefined],
  ])('reads %s as unknown, naming it in the message', (_name, error) => {
    expect(isQuotaError(error)).toBe(false);
    const mapped = toReviewLogError(error);
    expect(mapped.code).toBe('unknown');
    expect(mapped).toBeInstanceOf(ReviewLogError);
  });

  test('keeps a ReviewLogError as it is', () => {
    const blocked = new ReviewLogError('blocked');
    expect(toReviewLogError(blocked)).toBe(blocked);
  });

  test.each(REVIEW_LOG_ERROR_CODES)('gives %s a message in Chinese first, then English', (code) => {
    const error = new ReviewLogError(code);
    expect(error.name).toBe('ReviewLogError');
    expect(error.message).toMatch(/^[\u4e00-\u9fff]/);
    expect(error.message).toBe(`${error.zh} ${error.en}`);
    expect(error.en).toMatch(/^[A-Z]/);
  });

  test('carries the problems of an invalid record', () => {
    const error = new ReviewLogError('invalid', { issues: ['reviewer: 签批须有审核人。'] });
    expect(error.issues).toEqual(['reviewer: 签批须有审核人。']);
  });
});

const opened: Dexie[] = [];
let names = 0;

function logDb(name: string): ReviewLogDb {
  const db = defineReviewLogSchema(new Dexie(name, { indexedDB, IDBKeyRange }));
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function newName(): string {
  names += 1;
  return `review-log-error-test-${names}-${Date.now()}`;
}

const gate: ReviewRecordInput = {
  ...GATE_RECORD,
  decision: 'publish-anyway',
  reason: '已核实为单位电话',
};

/** A disk that is full while `full.now` is true: every add below Dexie fails as a browser's would. */
function fullDisk(full: { now: boolean }, error: () => unknown): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) =>
            full.now && req.type === 'add' ? Promise.reject(error()) : table.mutate(req),
        };
      },
    }),
  };
}

describe('failures through Dexie', () => {
  test.each([
    ['a QuotaExceededError', quota],
    [
      'Dexie’s AbortError wrapping a QuotaExceededError',
      () => new Dexie.AbortError('Transaction aborted', quota()),
    ],
  ])(
    'reports %s from the disk as quota, writes nothing, and the same record can be retried',
    async (_name, error) => {
      const db = logDb(newName());
      const full = { now: true };
      db.use(fullDisk(full, error));
      await openReviewLog(db);
      const failed = await appendRecord(db, gate).catch((e: unknown) => e);
      expect(failed).toBeInstanceOf(ReviewLogError);
      expect((failed as ReviewLogError).code).toBe('quota');
      expect((failed as ReviewLogError).message).toMatch(
        /^浏览器存储空间已满.*Browser storage is full/,
      );
      expect(await db.entries.count()).toBe(0);

      full.now = false;
      const entry = await appendRecord(db, gate);
      expect(entry.seq).toBe(1);
      expect(await verifyLog(db)).toMatchObject({ ok: true, checked: 1 });
    },
  );

  test('a blocked upgrade is reported at once and completes when the other tab lets go', async () => {
    const name = newName();
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(1).stores({ entries: 'seq, &id' });
    old.on('versionchange', () => false);
    await old.open();
    const db = logDb(name);
    const failed = await openReviewLog(db).catch((e: unknown) => e);
    expect((failed as ReviewLogError).code).toBe('blocked');
    expect((failed as ReviewLogError).message).toMatch(/^另一个标签页.*Another tab/);

    old.close();
    await db.open();
    expect(db.verno).toBe(REVIEW_LOG_DB_VERSION);
    expect((await appendRecord(db, gate)).seq).toBe(1);
  });

  test('a page holding the log open closes it when a newer version asks, instead of blocking it', async () => {
    const name = newName();
    const current = logDb(name);
    await openReviewLog(current);
    const newer = new Dexie(name, { indexedDB, IDBKeyRange });
    defineReviewLogSchema(newer);
    newer.version(REVIEW_LOG_DB_VERSION + 1).stores({});
    opened.push(newer);
    await newer.open();
    expect(newer.verno).toBe(REVIEW_LOG_DB_VERSION + 1);
    expect(current.isOpen()).toBe(false);
  });
});
