import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, test } from 'vitest';
import { GENESIS_HASH, hashEntry } from '../../../lib/log/hash-chain';
import { listEntries, verifyLog } from '../../../lib/log/review-log';
import {
  defineReviewLogSchema,
  openReviewLog,
  REVIEW_LOG_DB_VERSION,
} from '../../../lib/log/review-log-schema';
import { GATE_RECORD } from './log-fixtures';

const opened: Dexie[] = [];

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const gate = { ...GATE_RECORD, reason: '', button: '发布' };

/** Writes a version-1 database the way the first release did: hashed fields only. */
async function versionOneLog(name: string, contents: unknown[]): Promise<void> {
  const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
  v1.version(1).stores({ entries: 'seq, &id' });
  let prevHash = GENESIS_HASH;
  for (const [i, content] of contents.entries()) {
    const hashed = { seq: i + 1, id: crypto.randomUUID(), schemaVersion: 1, content, prevHash };
    prevHash = hashEntry(hashed);
    await v1.table('entries').add({ ...hashed, hash: prevHash });
  }
  v1.close();
}

describe('defineReviewLogSchema', () => {
  test('migrates a version-1 log holding an unreadable row without losing the log', async () => {
    const name = `review-log-schema-test-${Date.now()}`;
    await versionOneLog(name, [
      gate,
      null,
      { ...gate, type: 'comment' },
      { ...gate, title: '后一条' },
    ]);

    const db = defineReviewLogSchema(new Dexie(name, { indexedDB, IDBKeyRange }));
    opened.push(db);
    await openReviewLog(db);
    expect(db.verno).toBe(REVIEW_LOG_DB_VERSION);

    const rows = await db.entries.orderBy('seq').toArray();
    expect(rows.map((r) => r.type)).toEqual([
      'gate-decision',
      undefined,
      undefined,
      'gate-decision',
    ]);
    // Unreadable rows stay out of the indexes, so lists show only what can be read…
    expect((await listEntries(db)).map((e) => e.seq)).toEqual([4, 1]);
    // …and the chain check names them; their hashes and links are intact.
    const result = await verifyLog(db);
    expect(result.problems.map((p) => [p.seq, p.kind])).toEqual([
      [2, 'bad-record'],
      [3, 'bad-record'],
    ]);
  });
});
