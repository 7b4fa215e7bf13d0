import { describe, expect, test } from 'vitest';
import { verifyChain } from '../../../../lib/log/hash-chain';
import { readLogExport } from '../../../../lib/log/import/read-log-export';
import { appendRecords } from '../../../../lib/log/review-log';
import type { ReviewLogEntry } from '../../../../lib/log/review-log-entry';
import { applyRetention } from '../../../../lib/log/retention';
import { exportText, fakeLogDb, sampleMeta, sampleRecords } from '../log-fixtures';

async function exported(count = 5) {
  const entries = await appendRecords(fakeLogDb(), sampleRecords(count));
  return { entries, text: await exportText('json', entries) };
}

type ExportJson = {
  entries: { seq: number; content: { title?: string } }[];
  chain: { count: number; head: { seq: number; hash: string } | null };
  [key: string]: unknown;
};

/** Edits an exported file the way a person with a text editor could. */
function edit(text: string, change: (json: ExportJson) => void): string {
  const json = JSON.parse(text) as ExportJson;
  change(json);
  return JSON.stringify(json);
}

const kinds = (problems: { kind: string; seq?: number }[]) => problems.map((p) => [p.kind, p.seq]);

describe('readLogExport', () => {
  test('round trip: the entries read back equal those exported, and their chain verifies', async () => {
    const { entries, text } = await exported(12);
    const { report, entries: read } = await readLogExport('王科员.json', text);
    expect(report).toMatchObject({
      fileName: '王科员.json',
      ok: true,
      problems: [],
      meta: sampleMeta(),
      complete: true,
      entryCount: 12,
    });
    expect(read).toEqual(entries);
    expect(verifyChain(read).ok).toBe(true);
  });

  test('reads an export without any record, with its meta', async () => {
    const { report, entries } = await readLogExport('空.json', await exportText('json', []));
    expect(report).toMatchObject({ ok: true, entryCount: 0, meta: sampleMeta() });
    expect(entries).toEqual([]);
  });

  test('reads a file saved with a byte-order mark', async () => {
    const { text } = await exported(2);
    expect((await readLogExport('a.json', `\uFEFF${text}`)).report.ok).toBe(true);
  });

  test('a changed title is reported as tampered, with its seq', async () => {
    const { text } = await exported();
    const changed = edit(text, (json) => {
      json.entries[2]!.content.title = '改过的标题';
    });
    const { report } = await readLogExport('a.json', changed);
    expect(report.ok).toBe(false);
    expect(kinds(report.problems)).toEqual([['tampered', 3]]);
    expect(report.problems[0]!.message).toMatch(/被改动过.*changed/);
  });

  test('a file missing its last entry is reported as truncated', async () => {
    const { text } = await exported();
    const cut = edit(text, (json) => {
      json.entries.pop();
    });
    const { report } = await readLogExport('a.json', cut);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.kind)).toContain('truncated');
    expect(report.problems.find((p) => p.kind === 'truncated')?.seq).toBe(5);
  });

  test('a file cut off in the middle of the text is reported as truncated', async () => {
    const { text } = await exported();
    const { report } = await readLogExport('a.json', text.slice(0, text.length / 2));
    expect(kinds(report.problems)).toEqual([['truncated', undefined]]);
  });

  test('an entry removed from the middle is reported with where', async () => {
    const { text } = await exported();
    const holed = edit(text, (json) => {
      json.entries.splice(2, 1);
      json.chain.count -= 1;
    });
    const { report } = await readLogExport('a.json', holed);
    expect(report.ok).toBe(false);
    expect(kinds(report.problems)).toEqual([['tampered', 3]]);
    expect(report.problems[0]!.message).toContain('第 3 条记录缺失');
  });

  test('an entry removed from the start of a complete export is reported as truncated', async () => {
    const { text } = await exported();
    const headless = edit(text, (json) => {
      json.entries.shift();
    });
    const { report } = await readLogExport('a.json', headless);
    expect(report.problems.map((p) => p.kind)).toContain('truncated');
  });

  test('a filtered export may skip records, but each still verifies', async () => {
    const { entries } = await exported(6);
    const some = entries.filter((e) => e.seq % 2 === 0);
    const text = await exportText('json', some, {
      meta: sampleMeta({ filters: { units: ['x'] } }),
    });
    expect((await readLogExport('a.json', text)).report).toMatchObject({
      ok: true,
      complete: false,
    });
    const changed = edit(text, (json) => {
      json.entries[1]!.content.title = '改过';
    });
    expect(kinds((await readLogExport('a.json', changed)).report.problems)).toEqual([
      ['tampered', 4],
    ]);
  });

  test('a complete export that starts after a recorded retention deletion verifies', async () => {
    const db = fakeLogDb();
    await appendRecords(db, sampleRecords(6));
    await applyRetention(db, {
      keepDays: 200,
      now: new Date('2026-12-01T00:00:00+08:00'),
      unit: '市政府办公室',
      reviewer: '陈处长',
    });
    const kept: ReviewLogEntry[] = await db.entries.orderBy('seq').toArray();
    expect(kept[0]!.seq).toBeGreaterThan(1);
    const { report } = await readLogExport('a.json', await exportText('json', kept));
    expect(report).toMatchObject({ ok: true, complete: true });
  });

  test("a supervisor's export holding own and imported records verifies each chain apart", async () => {
    const own = await appendRecords(fakeLogDb(), sampleRecords(3, { seed: 1 }));
    const theirs = await appendRecords(fakeLogDb(), sampleRecords(4, { seed: 2 }));
    const label = new Map<ReviewLogEntry, string>(theirs.map((e) => [e, '王科员.json']));
    const text = await exportText('json', [...own, ...theirs], {
      sourceOf: (e) => label.get(e) ?? '本机记录',
    });
    const json = JSON.parse(text);
    expect(json.chain).toMatchObject({ count: 3, head: { seq: 3 } });
    expect(json.sourceChains).toMatchObject([
      { source: '王科员.json', count: 4, head: { seq: 4 } },
    ]);
    const { report, entries } = await readLogExport('merged.json', text);
    expect(report.ok).toBe(true);
    expect(entries).toHaveLength(7);

    const changed = edit(text, (file) => {
      file.entries[5]!.content.title = '改过';
    });
    const { report: bad } = await readLogExport('merged.json', changed);
    expect(kinds(bad.problems)).toEqual([['tampered', 3]]);
    expect(bad.problems[0]!.message).toContain('王科员.json');
  });

  test.each([
    ['some other JSON', '{"name":"package","version":"1.0.0"}', 'foreign'],
    ['a JSON array', '[1,2,3]', 'foreign'],
    ['plain text', '审核人,单位\r\n王科员,市教育局', 'not-json'],
    [
      'a newer format version',
      '{"format":"disclosure-review-log","formatVersion":2,"entries":[],"chain":null}',
      'unsupported-version',
    ],
  ])('%s is reported, and nothing is read', async (_, text, kind) => {
    const { report, entries } = await readLogExport('a.json', text);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.kind)).toEqual([kind]);
    expect(entries).toEqual([]);
  });

  test('a record that does not parse is reported as a bad record', async () => {
    const { text } = await exported(3);
    const broken = edit(text, (json) => {
      (json.entries[1]!.content as Record<string, unknown>).type = 'something-else';
    });
    const { report, entries } = await readLogExport('a.json', broken);
    expect(report.problems.map((p) => p.kind)).toContain('bad-record');
    expect(entries.map((e) => e.seq)).toEqual([1, 3]);
  });
});
