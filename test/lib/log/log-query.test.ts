import { describe, expect, test } from 'vitest';
import { filterOptions, filterRows, toLogRow, type LogRow } from '../../../lib/log/log-query';
import type { ReviewLogEntry } from '../../../lib/log/review-log-entry';
import { appendRecords } from '../../../lib/log/review-log';
import type { ReviewRecordInput } from '../../../lib/log/review-record';
import { fakeLogDb } from './log-fixtures';

const base = {
  origin: 'https://cms.example.gov.cn',
  path: '/wcm/edit.jsp',
  documentClass: null,
  disclosureAttribute: '主动公开',
  engineVersion: '0.1.0',
  rulesVersion: '1',
};

const RECORDS: ReviewRecordInput[] = [
  {
    ...base,
    type: 'sign-off',
    at: '2026-11-02T01:00:00.000Z',
    unit: '市教育局',
    reviewer: '王科员',
    title: '关于调整最低工资标准的通知',
    documentNumber: '教发〔２０２６〕４５号',
    findings: [
      {
        ruleId: 'personal-data/phone',
        category: 'personal-data',
        kind: 'phone',
        severity: 'block',
        excerpt: '138****5678',
      },
    ],
    outcome: 'returned',
    comment: '删去电话',
  },
  {
    ...base,
    type: 'gate-decision',
    at: '2026-11-03T01:00:00.000Z',
    unit: '市卫生健康委员会',
    reviewer: '',
    origin: 'https://wsjkw.example.gov.cn',
    title: '《养老服务条例》政策解读',
    documentNumber: '',
    findings: [
      {
        ruleId: 'interpretation/copied',
        category: 'interpretation',
        kind: 'copied',
        severity: 'warn',
        excerpt: '第一条',
      },
      {
        ruleId: 'interpretation/copied',
        category: 'interpretation',
        kind: 'copied',
        severity: 'warn',
        excerpt: '第二条',
      },
    ],
    decision: 'publish-anyway',
    reason: '领导同意',
  },
  {
    ...base,
    type: 'sign-off',
    at: '2026-11-04T01:00:00.000Z',
    unit: '市教育局',
    reviewer: '李科长',
    title: 'Annual Report 年度报告',
    documentNumber: '教函〔2026〕7号',
    findings: [],
    outcome: 'approved',
  },
];

async function rows(source: Parameters<typeof toLogRow>[1] = { kind: 'own' }): Promise<LogRow[]> {
  const entries: ReviewLogEntry[] = await appendRecords(fakeLogDb(), RECORDS);
  return entries.map((entry) => toLogRow(entry, source));
}

const seqs = (list: LogRow[]) => list.map((row) => row.seq);

describe('toLogRow', () => {
  test('counts findings by category, rule and severity, with the worst severity', async () => {
    const [, gate] = await rows();
    expect(gate).toMatchObject({
      key: 'own:2',
      sourceKey: 'own',
      type: 'gate-decision',
      outcome: 'publish-anyway',
      note: '领导同意',
      findingCount: 2,
      categoryCounts: { interpretation: 2 },
      ruleCounts: { 'interpretation/copied': 2 },
      severityCounts: { warn: 2 },
      maxSeverity: 'warn',
    });
  });

  test('keys rows of an imported file by its source', async () => {
    const [row] = await rows({ kind: 'import', sourceId: 'abc', label: '张三.json' });
    expect(row).toMatchObject({ key: 'import:abc:1', sourceKey: 'import:abc' });
  });
});

describe('filterRows', () => {
  test('returns every row newest first without a filter', async () => {
    expect(seqs(filterRows(await rows(), {}))).toEqual([3, 2, 1]);
  });

  test.each<[string, Parameters<typeof filterRows>[1], number[]]>([
    [
      'time range, inclusive',
      { from: Date.parse('2026-11-03T01:00:00Z'), to: Date.parse('2026-11-03T01:00:00Z') },
      [2],
    ],
    ['unit', { units: ['市教育局'] }, [3, 1]],
    ['reviewer', { reviewers: ['李科长'] }, [3]],
    ['site', { origins: ['https://wsjkw.example.gov.cn'] }, [2]],
    ['outcome', { outcomes: ['returned', 'publish-anyway'] }, [2, 1]],
    ['type', { types: ['sign-off'] }, [3, 1]],
    ['category', { categories: ['personal-data'] }, [1]],
    ['rule', { ruleIds: ['interpretation/copied'] }, [2]],
    ['severity', { severities: ['block'] }, [1]],
    ['text in the title', { text: '养老' }, [2]],
    ['text in the 文号, full-width digits found by half-width', { text: '〔2026〕45' }, [1]],
    ['text in the 文号, half-width digits found by full-width', { text: '〔２０２６〕７' }, [3]],
    ['text ignoring case', { text: 'annual REPORT' }, [3]],
    ['source', { sourceKeys: ['import:x'] }, []],
    ['several fields together', { units: ['市教育局'], outcomes: ['approved'] }, [3]],
    ['an empty list as no restriction', { units: [], categories: [] }, [3, 2, 1]],
  ])('filters by %s', async (_, filter, expected) => {
    expect(seqs(filterRows(await rows(), filter))).toEqual(expected);
  });

  test('orders rows from several sources by time', async () => {
    const own = await rows();
    const imported = (await rows({ kind: 'import', sourceId: 'a', label: 'a.json' })).map(
      (row) => ({ ...row, time: row.time + 1 }),
    );
    const result = filterRows([...own, ...imported], {});
    expect(result.map((row) => row.key)).toEqual([
      'import:a:3',
      'own:3',
      'import:a:2',
      'own:2',
      'import:a:1',
      'own:1',
    ]);
    expect(seqs(filterRows([...own, ...imported], { sourceKeys: ['own'] }))).toEqual([3, 2, 1]);
  });
});

describe('filterOptions', () => {
  test('lists the values present, without blanks, and each source once', async () => {
    const own = await rows();
    const imported = await rows({ kind: 'import', sourceId: 'a', label: '张三.json' });
    const options = filterOptions([...own, ...imported]);
    expect(options.units).toEqual(expect.arrayContaining(['市教育局', '市卫生健康委员会']));
    expect(options.units).toHaveLength(2);
    expect(options.reviewers).toHaveLength(2);
    expect(options.reviewers).not.toContain('');
    expect(options.ruleIds).toEqual(['interpretation/copied', 'personal-data/phone']);
    expect(options.sources).toEqual([
      { key: 'own', label: '', kind: 'own' },
      { key: 'import:a', label: '张三.json', kind: 'import' },
    ]);
  });
});
