import { describe, expect, test } from 'vitest';
import { parsePolicy } from '../../../lib/policy/parse-policy';

const VALID = {
  unitName: '庆阳市卫生健康委员会',
  unitCode: 'QYWJW-001',
  allowedOrigins: ['https://cms.qingyang.gov.cn', 'https://*.gov.cn'],
  blockedOrigins: ['mail.qingyang.gov.cn'],
  siteProfiles: [{ origin: 'https://cms.qingyang.gov.cn', body: '#content' }],
  ruleOverrides: { 'personal-data/phone': 'off', 'interpretation/missing': 'block' },
  extraInternalMarkings: ['仅限本委使用'],
  publicOfficeNumbers: ['0934-8212345'],
  publicOfficialNames: ['王建国'],
  manualChecklistItems: [{ id: 'secrecy', group: 'confidentiality', label: '保密办已审核' }],
  gateMode: 'warn-only',
  logRetentionDays: 365,
};

describe('parsePolicy', () => {
  test('applies every key of a valid policy and reports nothing', () => {
    const { policy, issues } = parsePolicy(VALID);
    expect(issues).toEqual([]);
    expect(Object.keys(policy)).toEqual(Object.keys(VALID));
    expect(policy.gateMode).toBe('warn-only');
  });

  test('no policy is an empty policy without issues', () => {
    expect(parsePolicy(undefined)).toEqual({ policy: {}, issues: [] });
    expect(parsePolicy({})).toEqual({ policy: {}, issues: [] });
  });

  test.each([
    ['gateMode', 'sometimes'],
    ['gateMode', 1],
    ['logRetentionDays', 0],
    ['logRetentionDays', 1.5],
    ['logRetentionDays', '30'],
    ['unitCode', '单位 1'],
    ['allowedOrigins', 'https://cms.gov.cn'],
    ['allowedOrigins', ['https://cms.gov.cn/path?x']],
    ['ruleOverrides', { 'personal-data/phone': 'disabled' }],
    ['ruleOverrides', { 'personal-data/no-such-rule': 'off' }],
    ['extraInternalMarkings', ['内']],
    ['publicOfficeNumbers', ['总机']],
    ['manualChecklistItems', []],
    [
      'manualChecklistItems',
      [
        { id: 'a', group: 'disclosure', label: '一' },
        { id: 'a', group: 'disclosure', label: '二' },
      ],
    ],
  ])('reports %s = %j and drops it, while the other keys still apply', (key, value) => {
    const { policy, issues } = parsePolicy({ ...VALID, [key]: value });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((issue) => issue.key === key)).toBe(true);
    expect(issues[0]!.message).toMatch(/[\u4e00-\u9fff].* \/ [a-z]/u);
    expect(key in policy).toBe(false);
    expect(Object.keys(policy)).toEqual(Object.keys(VALID).filter((k) => k !== key));
  });

  test('never half-applies a list: one bad site profile drops them all', () => {
    const { policy, issues } = parsePolicy({
      siteProfiles: [
        { origin: 'https://good.gov.cn', body: '#content' },
        { origin: 'https://bad.gov.cn', body: '' },
      ],
    });
    expect(policy.siteProfiles).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain('bad.gov.cn');
  });

  test('never half-applies a list: one bad checklist item drops the whole checklist', () => {
    const { policy, issues } = parsePolicy({
      manualChecklistItems: [
        { id: 'ok', group: 'disclosure', label: '要素齐全' },
        { id: 'Bad Id', group: 'disclosure', label: '编号不合格' },
      ],
    });
    expect(policy.manualChecklistItems).toBeUndefined();
    expect(issues[0]).toMatchObject({ key: 'manualChecklistItems', path: '[1].id' });
  });

  test('reports unknown keys (typos) without letting them change anything', () => {
    const { policy, issues } = parsePolicy({ gatemode: 'warn-only', unitName: '某局' });
    expect(policy).toEqual({ unitName: '某局' });
    expect(issues).toEqual([expect.objectContaining({ key: 'gatemode' })]);
  });

  test('reports a policy that is not an object', () => {
    expect(parsePolicy(['unitName']).issues).toHaveLength(1);
    expect(parsePolicy('x').policy).toEqual({});
  });

  test('trims text and normalises profile origins', () => {
    const { policy } = parsePolicy({
      unitName: '  某局 ',
      siteProfiles: [{ origin: 'HTTPS://CMS.Gov.CN:443' }],
    });
    expect(policy.unitName).toBe('某局');
    expect(policy.siteProfiles?.[0]?.origin).toBe('https://cms.gov.cn');
  });
});
