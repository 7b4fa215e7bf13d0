import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { exportLog } from '../../../../lib/log/export/export-log';
import { CSV_COLUMNS } from '../../../../lib/log/export/export-columns';
import { exportFileName } from '../../../../lib/log/export/export-meta';
import { hashEntry } from '../../../../lib/log/hash-chain';
import { appendRecords } from '../../../../lib/log/review-log';
import type { ReviewLogEntry } from '../../../../lib/log/review-log-entry';
import type { ReviewRecordInput } from '../../../../lib/log/review-record';
import { exportBytes, exportText, fakeLogDb, sampleMeta, sampleRecords } from '../log-fixtures';

/** A minimal RFC 4180 reader, to read back what the export wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

const tricky: ReviewRecordInput = {
  type: 'sign-off',
  at: '2026-11-29T16:05:09.000Z',
  unit: '市教育局',
  reviewer: '王科员',
  origin: 'https://cms.example.gov.cn',
  path: '/wcm/edit.jsp?a=1,b=2',
  title: '关于"双减"工作的通知，\n第二行',
  documentNumber: '=HYPERLINK("http://evil.example")',
  documentClass: 'normative',
  disclosureAttribute: '主动公开',
  findings: [
    {
      ruleId: 'personal-data/phone',
      category: 'personal-data',
      kind: 'phone',
      severity: 'block',
      excerpt: '联系电话：138****5678',
    },
    {
      ruleId: 'personal-data/phone',
      category: 'personal-data',
      kind: 'phone',
      severity: 'block',
      excerpt: '@SUM(1+1)',
    },
  ],
  outcome: 'returned',
  comment: '-请删除电话',
  engineVersion: '0.1.0',
  rulesVersion: '1',
};

async function entries(records: ReviewRecordInput[]): Promise<ReviewLogEntry[]> {
  return appendRecords(fakeLogDb(), records);
}

/** An entry holding raw personal data, as a log written before a masking rule existed would. */
function unmaskedEntry(entry: ReviewLogEntry): ReviewLogEntry {
  if (entry.content.type !== 'sign-off') throw new Error('needs a sign-off');
  const content = {
    ...entry.content,
    title: '关于张三（身份证 11010519491231002X）的通报',
    path: '/edit?phone=13812345678',
    comment: '请联系 13812345678 或 zhang.san@example.com',
    findings: [{ ...entry.content.findings[0]!, excerpt: '电话13812345678' }],
  };
  const hashed = { ...entry, content };
  return { ...hashed, hash: hashEntry(hashed) };
}

const RAW = ['11010519491231002X', '1101051949123100', '13812345678', 'zhang.san@example.com'];

describe('CSV export', () => {
  test('starts with a UTF-8 byte-order mark and ends every row with CRLF', async () => {
    const bytes = await exportBytes('csv', await entries(sampleRecords(3)));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.match(/\n/g)).toHaveLength(4);
    expect(text.match(/\r\n/g)).toHaveLength(4);
    expect(parseCsv(text.slice(1))).toHaveLength(4);
  });

  test('has the documented Chinese headers and one row per record', async () => {
    const text = await exportText('csv', await entries(sampleRecords(5)));
    const rows = parseCsv(text.replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => c.header));
    expect(rows.slice(1).every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
    expect(rows.map((row) => row[18])).toEqual(['序号', '1', '2', '3', '4', '5']);
  });

  test('quotes commas, quotes and line breaks and reads back the same text', async () => {
    const text = await exportText('csv', await entries([tricky]));
    const [header, row] = parseCsv(text.replace(/^\uFEFF/, ''));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('标题')).toBe('关于"双减"工作的通知，\n第二行');
    expect(cell('路径')).toBe('/wcm/edit.jsp?a=1,b=2');
    expect(cell('时间')).toBe('2026-11-30 00:05:09');
    expect(cell('类型')).toBe('审核签批');
    expect(cell('文件类别')).toBe('行政规范性文件');
    expect(cell('结论/发布决定')).toBe('退回修改');
    expect(cell('规则')).toBe('personal-data/phone×2');
    expect(cell('阻断')).toBe('2');
    expect(cell('来源')).toBe('本机记录');
  });

  test('defuses cells that a spreadsheet would run as a formula', async () => {
    const text = await exportText('csv', await entries([tricky]));
    const [header, row] = parseCsv(text.replace(/^\uFEFF/, ''));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('文号')).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(cell('理由/意见')).toBe("'-请删除电话");
    expect(cell('摘录')).toBe('联系电话：138****5678 | @SUM(1+1)');
  });

  test('names the source of each record when asked', async () => {
    const list = await entries(sampleRecords(2));
    const text = await exportText('csv', list, { sourceOf: (e) => `文件${e.seq}.json` });
    const rows = parseCsv(text.replace(/^\uFEFF/, ''));
    expect(rows.slice(1).map((row) => row.at(-1))).toEqual(['文件1.json', '文件2.json']);
  });
});

describe('no export holds raw personal data', () => {
  test.each(['csv', 'xlsx', 'json', 'html'] as const)(
    'masks ID numbers, mobiles and e-mails left in a record (%s)',
    async (format) => {
      const [entry] = await entries([tricky]);
      const bytes = await exportBytes(format, [unmaskedEntry(entry!)], {
        meta: sampleMeta({ filters: { text: '11010519491231002X' } }),
      });
      const files =
        format === 'xlsx'
          ? Object.values(unzipSync(bytes)).map((f) => strFromU8(f))
          : [strFromU8(bytes)];
      for (const text of files) for (const raw of RAW) expect(text).not.toContain(raw);
      expect(files.join('')).toContain('13*******78');
    },
  );

  test('flags a JSON entry whose content had to be masked on export', async () => {
    const [entry] = await entries([tricky]);
    const json = JSON.parse(await exportText('json', [unmaskedEntry(entry!)]));
    expect(json.entries[0].redacted).toBe(true);
  });
});

describe('XLSX export', () => {
  test('is a workbook whose sheet holds the headers, the records and a real date', async () => {
    const bytes = await exportBytes('xlsx', await entries([tricky, ...sampleRecords(2)]));
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
        'xl/worksheets/sheet2.xml',
        'xl/sharedStrings.xml',
        'xl/styles.xml',
      ]),
    );
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const strings = [
      ...strFromU8(files['xl/sharedStrings.xml']!).matchAll(/<t[^>]*>([^<]*)<\/t>/g),
    ].map((m) => m[1]);
    expect(sheet.match(/<row /g)).toHaveLength(4);
    const header = sheet.match(/<row r="1">(.*?)<\/row>/)![1]!;
    const headerTexts = [...header.matchAll(/<v>(\d+)<\/v>/g)].map((m) => strings[Number(m[1])]);
    expect(headerTexts).toEqual(CSV_COLUMNS.map((c) => c.header));
    // 2026-11-30 00:05:09 in Beijing is serial 46356.00358…
    expect(sheet).toMatch(/<row r="2"><c s="1"><v>46356\.003576/);
    expect(strings).toContain('关于&quot;双减&quot;工作的通知，\n第二行'.replaceAll('&quot;', '"'));
    const meta = strFromU8(files['xl/worksheets/sheet2.xml']!);
    expect(meta).toContain('<row r="8">');
  });

  test('escapes XML in text', async () => {
    const record = { ...tricky, title: '<b>A & B</b>' } as ReviewRecordInput;
    const files = unzipSync(await exportBytes('xlsx', await entries([record])));
    expect(strFromU8(files['xl/sharedStrings.xml']!)).toContain('&lt;b&gt;A &amp; B&lt;/b&gt;');
  });
});

describe('JSON export', () => {
  test('carries the format, meta, the stored hashed fields and a chain summary', async () => {
    const list = await entries(sampleRecords(3));
    const json = JSON.parse(await exportText('json', list));
    expect(json).toMatchObject({
      format: 'disclosure-review-log',
      formatVersion: 1,
      recordSchemaVersion: 1,
      meta: sampleMeta(),
      complete: true,
      chain: {
        count: 3,
        first: { seq: 1, prevHash: list[0]!.prevHash },
        head: { seq: 3, hash: list[2]!.hash },
      },
    });
    expect(json.entries[1]).toEqual({
      seq: 2,
      id: list[1]!.id,
      schemaVersion: 1,
      content: list[1]!.content,
      prevHash: list[1]!.prevHash,
      hash: list[1]!.hash,
    });
  });

  test('says it is not complete when the export was filtered', async () => {
    const json = JSON.parse(
      await exportText('json', await entries(sampleRecords(2)), {
        meta: sampleMeta({ filters: { units: ['市教育局'] } }),
      }),
    );
    expect(json.complete).toBe(false);
  });

  test.each(['json', 'html', 'csv', 'xlsx'] as const)(
    'an export without any record still says who exported it, when and how (%s)',
    async (format) => {
      const bytes = await exportBytes(format, []);
      const text =
        format === 'xlsx'
          ? strFromU8(unzipSync(bytes)['xl/worksheets/sheet2.xml']!) +
            strFromU8(unzipSync(bytes)['xl/sharedStrings.xml']!)
          : strFromU8(bytes);
      if (format === 'csv') {
        expect(text).toContain('时间,类型,单位');
        return;
      }
      expect(text).toContain('陈处长');
      expect(text).toContain('市政府办公室');
      if (format === 'json') {
        expect(JSON.parse(text)).toMatchObject({
          entries: [],
          chain: { count: 0, first: null, head: null },
          meta: { rulesVersion: '2026.11.1', extensionVersion: '0.1.0' },
        });
      }
    },
  );
});

describe('HTML summary', () => {
  test('is a printable Chinese page with totals, tables, charts and notable cases', async () => {
    const list = await entries([
      tricky,
      {
        ...tricky,
        type: 'gate-decision',
        decision: 'publish-anyway',
        reason: '领导已同意<script>alert(1)</script>',
      } as ReviewRecordInput,
    ]);
    const html = await exportText('html', list, {
      chartImages: [
        { title: '每周问题数', pngDataUrl: 'data:image/png;base64,iVBORw0KGgo=' },
        { title: '坏图', pngDataUrl: 'javascript:alert(1)' },
      ],
    });
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(html).toContain('@media print');
    expect(html).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt="每周问题数">');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('<script>');
    expect(html).toContain('领导已同意&lt;script&gt;');
    expect(html).toContain('仍然发布');
    expect(html).toContain('personal-data/phone');
    expect(html).not.toMatch(/<link|src="http/);
  });
});

describe('exportLog', () => {
  test('reports progress page by page and stops with an AbortError on cancel', async () => {
    const list = await entries(sampleRecords(30));
    const pages = [list.slice(0, 10), list.slice(10, 20), list.slice(20)];
    const controller = new AbortController();
    const seen: number[] = [];
    const run = exportLog('csv', pages, {
      meta: sampleMeta(),
      total: 30,
      signal: controller.signal,
      onProgress: ({ done }) => {
        seen.push(done);
        if (done === 10) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([0, 10]);
  });

  test('writes the file in parts, one or more per page, never as one string', async () => {
    const list = await entries(sampleRecords(30));
    const pages = [list.slice(0, 10), list.slice(10, 20), list.slice(20)];
    const result = await exportLog('csv', pages, { meta: sampleMeta(), total: 30 });
    expect(result.parts.length).toBeGreaterThanOrEqual(4);
    expect(result).toMatchObject({ mimeType: 'text/csv;charset=utf-8', fileExtension: 'csv' });
  });

  test('names the file after the export time in China', () => {
    expect(exportFileName(sampleMeta(), 'xlsx')).toBe('disclosure-review-log-20261203-1110.xlsx');
  });
});
