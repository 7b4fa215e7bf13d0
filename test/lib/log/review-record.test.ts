import { describe, expect, test } from 'vitest';
import { OUTCOME_LABELS, OUTCOMES, ReviewRecordSchema } from '../../../lib/log/review-record';

const finding = {
  ruleId: 'personal-data/phone',
  category: 'personal-data',
  kind: 'phone',
  severity: 'block',
  excerpt: '联系电话：138****5678',
} as const;

const document = {
  at: '2026-11-28T02:00:00.000Z',
  unit: '市政府办公室',
  reviewer: '王科员',
  origin: 'https://cms.example.gov.cn',
  path: '/wcm/edit.jsp',
  title: '关于一例确诊病例的情况通报',
  documentNumber: '',
  documentClass: 'no-interpretation-needed',
  disclosureAttribute: '主动公开',
  findings: [finding],
  engineVersion: '0.1.0+rules.2026.11.1',
  rulesVersion: '2026.11.1',
} as const;

const signOff = {
  type: 'sign-off',
  ...document,
  dispositions: [
    { findingIndex: 0, ruleId: 'personal-data/phone', disposition: 'accepted', reason: '' },
  ],
  checklist: [
    {
      itemId: 'secrecy',
      label: '保密审查意见已出具',
      group: 'confidentiality',
      state: 'confirmed',
    },
  ],
  outcome: 'returned',
  comment: '请删除联系电话',
} as const;

const gate = {
  type: 'gate-decision',
  ...document,
  documentClass: null,
  decision: 'publish-anyway',
  reason: '号码为单位值班电话，已核实',
} as const;

const retention = {
  type: 'retention-delete',
  at: '2031-11-28T02:00:00.000Z',
  unit: '市政府办公室',
  reviewer: '李科长',
  cutoff: '2026-11-28T00:00:00.000Z',
  fromSeq: 1,
  toSeq: 40,
  deletedCount: 40,
  toHash: 'ab'.repeat(32),
} as const;

describe('ReviewRecordSchema', () => {
  test.each([
    ['a sign-off', signOff],
    ['an approved sign-off without a comment', { ...signOff, outcome: 'approved', comment: '' }],
    [
      'a sign-off with a checklist note and a false positive',
      {
        ...signOff,
        dispositions: [
          { ...signOff.dispositions[0], disposition: 'false-positive', reason: '值班电话' },
        ],
      },
    ],
    ['a gate decision', gate],
    [
      'a back-to-edit gate decision without a reason',
      { ...gate, decision: 'back-to-edit', reason: '' },
    ],
    ['a gate decision by an unnamed editor', { ...gate, reviewer: '' }],
    ['a time with an offset', { ...gate, at: '2026-11-28T10:00:00+08:00' }],
    ['a retention deletion', retention],
  ])('accepts %s', (_name, record) => {
    expect(ReviewRecordSchema.safeParse(record).error?.issues).toBeUndefined();
  });

  test('fills in defaults: empty notes, comments, reasons and button', () => {
    const parsed = ReviewRecordSchema.parse({
      ...gate,
      decision: 'back-to-edit',
      reason: undefined,
    });
    expect(parsed).toMatchObject({ reason: '', button: '' });
    const signed = ReviewRecordSchema.parse(signOff);
    expect(signed.type === 'sign-off' && signed.checklist[0]?.note).toBe('');
  });

  test.each([
    ['a sign-off without a reviewer', { ...signOff, reviewer: ' ' }, 'reviewer'],
    ['a returned sign-off without a comment', { ...signOff, comment: '' }, 'comment'],
    [
      'a conditional sign-off without a comment',
      { ...signOff, outcome: 'conditional', comment: '' },
      'comment',
    ],
    ['an unknown outcome', { ...signOff, outcome: 'rejected' }, 'outcome'],
    [
      'a false positive without a reason',
      {
        ...signOff,
        dispositions: [{ ...signOff.dispositions[0], disposition: 'false-positive', reason: ' ' }],
      },
      'dispositions.0.reason',
    ],
    [
      'a disposition of a finding that is not there',
      {
        ...signOff,
        dispositions: [{ ...signOff.dispositions[0], findingIndex: 1 }],
      },
      'dispositions.0.findingIndex',
    ],
    [
      'a disposition naming another rule',
      {
        ...signOff,
        dispositions: [{ ...signOff.dispositions[0], ruleId: 'personal-data/id-number' }],
      },
      'dispositions.0.findingIndex',
    ],
    [
      'two dispositions of one finding',
      {
        ...signOff,
        dispositions: [signOff.dispositions[0], signOff.dispositions[0]],
      },
      'dispositions.1.findingIndex',
    ],
    [
      'an unknown checklist state',
      {
        ...signOff,
        checklist: [{ ...signOff.checklist[0], state: 'skipped' }],
      },
      'checklist.0.state',
    ],
    ['publishing anyway without a reason', { ...gate, reason: '' }, 'reason'],
    ['a gate decision of another kind', { ...gate, decision: 'ignore' }, 'decision'],
    ['a time that is not ISO 8601', { ...gate, at: '2026年11月28日' }, 'at'],
    [
      'an unknown category',
      { ...gate, findings: [{ ...finding, category: 'other' }] },
      'findings.0.category',
    ],
    ['an unknown document class', { ...gate, documentClass: 'notice' }, 'documentClass'],
    ['an unknown record type', { ...gate, type: 'comment' }, 'type'],
    ['a retention range backwards', { ...retention, fromSeq: 41 }, 'toSeq'],
    ['a retention hash that is not SHA-256 hex', { ...retention, toHash: 'abc' }, 'toHash'],
  ])('refuses %s', (_name, record, path) => {
    const result = ReviewRecordSchema.safeParse(record);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  test('has a Chinese label for every outcome', () => {
    expect(OUTCOMES.map((o) => OUTCOME_LABELS[o])).toEqual(['通过', '退回修改', '有条件通过']);
  });
});
