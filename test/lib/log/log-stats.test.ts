import { describe, expect, test } from 'vitest';
import type { LogRow } from '../../../lib/log/log-query';
import {
  chinaWeekOf,
  findingsPerCategoryPerWeek,
  formatChinaTime,
  logTotals,
  publishDespiteWarningsByUnit,
  reviewsPerReviewer,
  topRules,
} from '../../../lib/log/log-stats';

/** A hand-made row: only what the statistics read matters. */
function row(fields: Partial<LogRow> & { at: string }): LogRow {
  const { at, ...rest } = fields;
  return {
    key: `own:${Math.random()}`,
    id: '',
    seq: 1,
    source: { kind: 'own' },
    sourceKey: 'own',
    time: Date.parse(at),
    type: 'sign-off',
    unit: '市教育局',
    reviewer: '王科员',
    origin: '',
    path: '',
    title: '',
    documentNumber: '',
    documentClass: null,
    disclosureAttribute: '',
    outcome: 'approved',
    note: '',
    findingCount: 0,
    categoryCounts: {},
    ruleCounts: {},
    severityCounts: {},
    maxSeverity: null,
    searchText: '',
    ...rest,
  };
}

const phone = (n: number): Partial<LogRow> => ({
  findingCount: n,
  categoryCounts: { 'personal-data': n },
  ruleCounts: { 'personal-data/phone': n },
  severityCounts: { block: n },
  maxSeverity: 'block',
});

describe('weeks in China time', () => {
  test('a week starts on Monday 00:00 Beijing time, which is Sunday 16:00 UTC', () => {
    expect(chinaWeekOf(Date.parse('2026-11-29T15:59:59Z'))).toBe('2026-11-23'); // Sunday 23:59 CST
    expect(chinaWeekOf(Date.parse('2026-11-29T16:00:00Z'))).toBe('2026-11-30'); // Monday 00:00 CST
    expect(chinaWeekOf(Date.parse('2026-12-06T10:00:00Z'))).toBe('2026-11-30');
  });

  test('formats a time in Beijing time', () => {
    expect(formatChinaTime(Date.parse('2026-11-29T16:05:09Z'))).toBe('2026-11-30 00:05:09');
  });
});

describe('findingsPerCategoryPerWeek', () => {
  test('counts findings per category for every week, with empty weeks as zero', () => {
    const result = findingsPerCategoryPerWeek([
      row({ at: '2026-11-02T02:00:00Z', ...phone(2) }),
      row({
        at: '2026-11-03T02:00:00Z',
        findingCount: 1,
        categoryCounts: { disclosure: 1 },
        ruleCounts: { 'disclosure/missing': 1 },
      }),
      row({ at: '2026-11-18T02:00:00Z', ...phone(1) }),
      row({ at: '2026-12-30T02:00:00Z' }), // no findings: does not stretch the weeks
    ]);
    expect(result.weeks).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
    expect(result.series.find((s) => s.category === 'personal-data')?.counts).toEqual([2, 0, 1]);
    expect(result.series.find((s) => s.category === 'disclosure')?.counts).toEqual([1, 0, 0]);
    expect(result.series.find((s) => s.category === 'policy-change')?.counts).toEqual([0, 0, 0]);
  });

  test('gives no weeks for no findings', () => {
    expect(findingsPerCategoryPerWeek([]).weeks).toEqual([]);
  });
});

describe('topRules', () => {
  test('ranks rules by findings and counts the records they appear in', () => {
    const result = topRules([
      row({ at: '2026-11-02T02:00:00Z', ...phone(3) }),
      row({
        at: '2026-11-02T02:00:00Z',
        ruleCounts: { 'personal-data/phone': 1, 'disclosure/missing': 1 },
      }),
      row({ at: '2026-11-02T02:00:00Z', ruleCounts: { 'custom/rule': 2 } }),
    ]);
    expect(result).toEqual([
      { ruleId: 'personal-data/phone', category: 'personal-data', count: 4, documents: 2 },
      { ruleId: 'custom/rule', category: null, count: 2, documents: 1 },
      { ruleId: 'disclosure/missing', category: 'disclosure', count: 1, documents: 1 },
    ]);
    expect(topRules([row({ at: '2026-11-02T02:00:00Z', ...phone(1) })], 0)).toEqual([]);
  });
});

describe('publishDespiteWarningsByUnit', () => {
  test('gives each unit its share of gate decisions that published anyway', () => {
    const gate = (unit: string, outcome: LogRow['outcome']) =>
      row({ at: '2026-11-02T02:00:00Z', type: 'gate-decision', unit, outcome });
    expect(
      publishDespiteWarningsByUnit([
        gate('甲', 'publish-anyway'),
        gate('甲', 'back-to-edit'),
        gate('乙', 'back-to-edit'),
        gate('丙', 'publish-anyway'),
        row({ at: '2026-11-02T02:00:00Z', unit: '丁' }), // a sign-off is no gate decision
      ]),
    ).toEqual([
      { unit: '丙', gateDecisions: 1, publishedAnyway: 1, rate: 1 },
      { unit: '甲', gateDecisions: 2, publishedAnyway: 1, rate: 0.5 },
      { unit: '乙', gateDecisions: 1, publishedAnyway: 0, rate: 0 },
    ]);
  });
});

describe('reviewsPerReviewer and logTotals', () => {
  const rows = [
    row({ at: '2026-11-02T02:00:00Z', reviewer: '王科员', outcome: 'approved' }),
    row({ at: '2026-11-02T02:00:00Z', reviewer: '王科员', outcome: 'returned', ...phone(2) }),
    row({ at: '2026-11-02T02:00:00Z', reviewer: '李科长', outcome: 'conditional' }),
    row({ at: '2026-11-02T02:00:00Z', type: 'gate-decision', outcome: 'back-to-edit' }),
    row({ at: '2026-11-02T02:00:00Z', type: 'retention-delete', outcome: null }),
  ];

  test('counts sign-offs per reviewer by outcome, gate decisions left out', () => {
    expect(reviewsPerReviewer(rows)).toEqual([
      { reviewer: '王科员', signOffs: 2, byOutcome: { approved: 1, returned: 1, conditional: 0 } },
      { reviewer: '李科长', signOffs: 1, byOutcome: { approved: 0, returned: 0, conditional: 1 } },
    ]);
  });

  test('totals records, kinds, findings, outcomes and severities', () => {
    expect(logTotals(rows)).toEqual({
      records: 5,
      signOffs: 3,
      gateDecisions: 1,
      findings: 2,
      byOutcome: { approved: 1, returned: 1, conditional: 1, 'back-to-edit': 1 },
      bySeverity: { block: 2, warn: 0, info: 0 },
    });
  });
});
