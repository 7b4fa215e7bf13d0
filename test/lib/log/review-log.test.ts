import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, test } from 'vitest';
import { GENESIS_HASH, hashEntry } from '../../../lib/log/hash-chain';
import { appendRecord, countEntries, listEntries, verifyLog } from '../../../lib/log/review-log';
import { ReviewLogError } from '../../../lib/log/review-log-error';
import {
  REVIEW_LOG_DB_VERSION,
  defineReviewLogSchema,
  openReviewLog,
  type ReviewLogDb,
} from '../../../lib/log/review-log-schema';
import type { ReviewRecordInput } from '../../../lib/log/review-record';

let names = 0;
const opened: Dexie[] = [];

function newName(): string {
  names += 1;
  return `review-log-test-${names}-${Date.now()}`;
}

function logDb(name: string): ReviewLogDb {
  const db = defineReviewLogSchema(new Dexie(name, { indexedDB, IDBKeyRange }));
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function signOff(overrides: Partial<Record<string, unknown>> = {}): ReviewRecordInput {
  return {
    type: 'sign-off',
    at: '2026-11-28T02:00:00.000Z',
    unit: '市政府办公室',
    reviewer: '王科员',
    origin: 'https://cms.example.gov.cn',
    path: '/wcm/edit.jsp',
    title: '关于一例确诊病例的情况通报',
    documentNumber: '',
    documentClass: null,
    disclosureAttribute: '主动公开',
    findings: [
      {
        ruleId: 'personal-data/phone',
        category: 'personal-data',
        kind: 'phone',
        severity: 'block',
        excerpt: '联系电话：138****5678',
      },
    ],
    dispositions: [],
    checklist: [
      {
        itemId: 'secrecy-opinion',
        label: '保密审查意见已出具',
        group: 'confidentiality',
        state: 'confirmed',
        note: '',
      },
    ],
    outcome: 'returned',
    comment: '请删除联系电话',
    engineVersion: '0.1.0',
    rulesVersion: '1',
    ...overrides,
  } as ReviewRecordInput;
}

describe('appendRecord and verifyLog', () => {
  test('appends a chain whose every hash covers the previous one', async () => {
    const db = logDb(newName());
    const first = await appendRecord(db, signOff());
    const second = await appendRecord(db, signOff({ at: '2026-11-28T03:00:00.000Z' }));
    expect(first.seq).toBe(1);
    expect(first.prevHash).toBe(GENESIS_HASH);
    expect(second.prevHash).toBe(first.hash);
    expect(await verifyLog(db)).toMatchObject({ ok: true, checked: 2 });
  });

  test('a changed record is detected', async () => {
    const db = logDb(newName());
    for (let i = 0; i < 3; i++) await appendRecord(db, signOff());
    await db.entries.update(2, { 'content.comment': '改过的意见' } as never);
    const result = await verifyLog(db);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.seq, p.kind])).toContainEqual([2, 'hash-mismatch']);
  });

  test('a deleted record is detected', async () => {
    const db = logDb(newName());
    for (let i = 0; i < 3; i++) await appendRecord(db, signOff());
    await db.entries.delete(2);
    const result = await verifyLog(db);
    expect(result.ok).toBe(false);
    expect(result.problems.some((p) => p.kind === 'missing' || p.kind === 'broken-link')).toBe(
      true,
    );
  });

  test('two tabs appending 50 records at once keep one unbroken chain', async () => {
    const name = newName();
    const tabA = logDb(name);
    const tabB = logDb(name);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        appendRecord(i % 2 ? tabA : tabB, signOff({ comment: `第 ${i} 条` })),
      ),
    );
    const seqs = (await tabA.entries.orderBy('seq').toArray()).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(await verifyLog(tabB)).toMatchObject({ ok: true, checked: 50 });
  });

  test('raw personal data left in a record is masked before it is written', async () => {
    const db = logDb(newName());
    const entry = await appendRecord(
      db,
      signOff({ comment: '删除 13812345678 和 zhang@example.com 后再报' }),
    );
    expect(JSON.stringify(entry)).not.toContain('13812345678');
    expect(JSON.stringify(entry)).not.toContain('zhang@example.com');
    expect(JSON.stringify(await db.entries.get(1))).not.toContain('13812345678');
  });

  test('an incomplete record is refused with what is wrong, and nothing is written', async () => {
    const db = logDb(newName());
    const error = await appendRecord(db, signOff({ reviewer: '' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReviewLogError);
    expect((error as ReviewLogError).code).toBe('invalid');
    expect((error as ReviewLogError).issues.join()).toContain('reviewer');
    expect(await db.entries.count()).toBe(0);
  });

  test('a full quota is reported, not dropped silently', async () => {
    const db = logDb(newName());
    await db.open();
    db.entries.add = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    const error = await appendRecord(db, signOff()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReviewLogError);
    expect((error as ReviewLogError).code).toBe('quota');
    expect((error as ReviewLogError).message).toContain('存储空间已满');
  });
});

describe('schema versions', () => {
  test('a version-1 database migrates to the current version and its chain still verifies', async () => {
    const name = newName();
    const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
    v1.version(1).stores({ entries: 'seq, &id' });
    let prevHash = GENESIS_HASH;
    for (let seq = 1; seq <= 3; seq++) {
      const content = {
        ...signOff({ at: `2026-11-0${seq}T02:00:00.000Z` }),
        dispositions: [],
        comment: '请删除联系电话',
      };
      const hashed = { seq, id: crypto.randomUUID(), schemaVersion: 1, content, prevHash };
      const hash = hashEntry(hashed);
      await v1.table('entries').add({ ...hashed, hash });
      prevHash = hash;
    }
    v1.close();

    const db = logDb(name);
    await openReviewLog(db);
    expect(db.verno).toBe(REVIEW_LOG_DB_VERSION);
    const entries = await db.entries.orderBy('seq').toArray();
    expect(entries.map((e) => [e.type, e.reviewer, e.outcome])).toEqual([
      ['sign-off', '王科员', 'returned'],
      ['sign-off', '王科员', 'returned'],
      ['sign-off', '王科员', 'returned'],
    ]);
    expect(entries[2]!.time).toBe(Date.parse('2026-11-03T02:00:00.000Z'));
    expect(await verifyLog(db)).toMatchObject({ ok: true, checked: 3 });
    // And the migrated log goes on appending to the same chain.
    const next = await appendRecord(db, signOff());
    expect(next.prevHash).toBe(entries[2]!.hash);
  });

  test('an upgrade blocked by another tab holding the old version open is reported', async () => {
    const name = newName();
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(1).stores({ entries: 'seq, &id' });
    // The other tab ignores the request to close.
    old.on('versionchange', () => false);
    await old.open();
    opened.push(old);
    const db = logDb(name);
    const error = await openReviewLog(db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReviewLogError);
    expect((error as ReviewLogError).code).toBe('blocked');
  });
});

describe('queries', () => {
  test('filter by reviewer, outcome and time, newest first, with paging and counts', async () => {
    const db = logDb(newName());
    await appendRecord(db, signOff({ at: '2026-11-01T00:00:00.000Z' }));
    await appendRecord(db, signOff({ at: '2026-11-02T00:00:00.000Z', reviewer: '李科长' }));
    await appendRecord(
      db,
      signOff({ at: '2026-11-03T00:00:00.000Z', outcome: 'approved', comment: '' }),
    );
    const all = await listEntries(db);
    expect(all.map((e) => e.seq)).toEqual([3, 2, 1]);
    expect((await listEntries(db, { reviewer: '李科长' })).map((e) => e.seq)).toEqual([2]);
    expect((await listEntries(db, { outcome: 'approved' })).map((e) => e.seq)).toEqual([3]);
    expect(
      (await listEntries(db, { from: Date.parse('2026-11-02T00:00:00Z') })).map((e) => e.seq),
    ).toEqual([3, 2]);
    expect((await listEntries(db, { limit: 1, offset: 1 })).map((e) => e.seq)).toEqual([2]);
    expect(await countEntries(db, { reviewer: '王科员' })).toBe(2);
  });
});
