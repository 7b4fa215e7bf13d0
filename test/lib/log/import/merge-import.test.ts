import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import {
  defineImportsSchema,
  type ReviewImportsDb,
} from '../../../../lib/log/import/imports-schema';
import {
  importLogSource,
  listImportSources,
  mergeImport,
  readImportedEntryPages,
  removeImportSource,
} from '../../../../lib/log/import/merge-import';
import { filterRows, toLogRow } from '../../../../lib/log/log-query';
import { appendRecords } from '../../../../lib/log/review-log';
import { exportText, fakeLogDb, sampleMeta, sampleRecords } from '../log-fixtures';

let names = 0;

function importsDb(): ReviewImportsDb {
  names += 1;
  return defineImportsSchema(
    new Dexie(`imports-test-${names}-${Date.now()}`, { indexedDB, IDBKeyRange }),
  );
}

async function staffExport(count: number, reviewer: string, seed: number) {
  const entries = await appendRecords(fakeLogDb(), sampleRecords(count, { seed }));
  const text = await exportText('json', entries, {
    meta: sampleMeta({ exportedBy: { unit: '市教育局', reviewer } }),
  });
  return { entries, text };
}

describe('mergeImport', () => {
  test('merges a verified file and records where its records came from', async () => {
    const imports = importsDb();
    const { text } = await staffExport(4, '王科员', 1);
    const report = await mergeImport(imports, fakeLogDb(), '王科员.json', text, {
      now: new Date('2026-12-03T03:00:00Z'),
    });
    expect(report).toMatchObject({ ok: true, entryCount: 4, added: 4, duplicates: 0 });
    const [source] = await listImportSources(imports);
    expect(source).toMatchObject({
      id: report.sourceId,
      fileName: '王科员.json',
      label: '市教育局 王科员（王科员.json）',
      entryCount: 4,
      added: 4,
      complete: true,
      problems: [],
      head: { seq: 4 },
    });
    const pages: number[] = [];
    for await (const page of readImportedEntryPages(imports, source!.id, { pageSize: 3 })) {
      pages.push(...page.map((e) => e.seq));
    }
    expect(pages).toEqual([1, 2, 3, 4]);
  });

  test('merging the same file twice adds its records once', async () => {
    const imports = importsDb();
    const { text } = await staffExport(5, '王科员', 1);
    await mergeImport(imports, fakeLogDb(), 'a.json', text);
    const again = await mergeImport(imports, fakeLogDb(), 'a-copy.json', text);
    expect(again).toMatchObject({ ok: true, added: 0, duplicates: 5 });
    expect(await imports.entries.count()).toBe(5);
  });

  test('skips records already in the own log', async () => {
    const own = fakeLogDb();
    const entries = await appendRecords(own, sampleRecords(3));
    const text = await exportText('json', entries);
    const report = await mergeImport(importsDb(), own, 'mine.json', text);
    expect(report).toMatchObject({ added: 0, duplicates: 3 });
  });

  test('never merges a tampered file silently', async () => {
    const imports = importsDb();
    const { text } = await staffExport(3, '王科员', 1);
    const tampered = text.replace('"reviewer":"', '"reviewer":"改');
    const report = await mergeImport(imports, fakeLogDb(), 'a.json', tampered);
    expect(report.ok).toBe(false);
    expect(report.problems.some((p) => p.kind === 'tampered')).toBe(true);
    expect(report.added).toBe(0);
    expect(await imports.entries.count()).toBe(0);
    expect(await listImportSources(imports)).toEqual([]);
  });

  test('merges a file with problems only when told to, and keeps the problems on the source', async () => {
    const imports = importsDb();
    const { text } = await staffExport(3, '王科员', 1);
    const tampered = text.replace('"reviewer":"', '"reviewer":"改');
    const report = await mergeImport(imports, fakeLogDb(), 'a.json', tampered, {
      acceptProblems: true,
    });
    expect(report).toMatchObject({ ok: false, added: 3 });
    const [source] = await listImportSources(imports);
    expect(source!.problems.map((p) => p.kind)).toContain('tampered');
  });

  test('merged files from several staff show each record with its source', async () => {
    const imports = importsDb();
    const a = await staffExport(2, '王科员', 1);
    const b = await staffExport(3, '李科长', 2);
    await mergeImport(imports, fakeLogDb(), 'a.json', a.text, { now: new Date(1) });
    await mergeImport(imports, fakeLogDb(), 'b.json', b.text, { now: new Date(2) });
    const sources = await listImportSources(imports);
    expect(sources.map((s) => s.fileName)).toEqual(['a.json', 'b.json']);
    const bySource = new Map(sources.map((s) => [s.id, importLogSource(s)]));
    const rows = [];
    for await (const page of readImportedEntryPages(imports)) {
      rows.push(...page.map((entry) => toLogRow(entry, bySource.get(entry.sourceId)!)));
    }
    expect(rows).toHaveLength(5);
    const fromB = filterRows(rows, { sourceKeys: [`import:${sources[1]!.id}`] });
    expect(fromB).toHaveLength(3);
    expect(
      fromB.every((row) => row.source.kind === 'import' && row.source.label.includes('李科长')),
    ).toBe(true);

    await removeImportSource(imports, sources[0]!.id);
    expect(await imports.entries.count()).toBe(3);
    expect((await listImportSources(imports)).map((s) => s.fileName)).toEqual(['b.json']);
  });

  test('a foreign file is reported and not recorded', async () => {
    const imports = importsDb();
    const report = await mergeImport(imports, fakeLogDb(), 'x.json', '{"a":1}', {
      acceptProblems: true,
    });
    expect(report.problems.map((p) => p.kind)).toEqual(['foreign']);
    expect(await listImportSources(imports)).toEqual([]);
  });
});
