import { describe, expect, test } from 'vitest';
import { reviewDraft } from '../../../lib/engine/review';
import { parsePolicy } from '../../../lib/policy/parse-policy';
import { policyReviewOptions } from '../../../lib/policy/policy-review-options';

const NOW = new Date('2026-11-28T00:00:00Z');

/** Findings of a body under a policy, as `ruleId severity text`. */
function review(body: string, rawPolicy: unknown = {}): string[] {
  const { policy, issues } = parsePolicy(rawPolicy);
  expect(issues).toEqual([]);
  return reviewDraft(
    { title: '', body: { format: 'text', content: body } },
    { now: NOW, ...policyReviewOptions(policy) },
  ).findings.map((f) => `${f.ruleId} ${f.severity} ${body.slice(f.start ?? 0, f.end ?? 0)}`);
}

const TITLE = '关于做好春节期间安全生产工作的通知\n';

describe('a policy in the review', () => {
  test('a rule switched off does not fire', () => {
    const body = `${TITLE}联系人手机：13812345678。`;
    expect(review(body)).toContain('personal-data/phone block 13812345678');
    expect(review(body, { ruleOverrides: { 'personal-data/phone': 'off' } })).not.toContainEqual(
      expect.stringContaining('personal-data/phone'),
    );
  });

  test('a rule given another severity reports at that severity', () => {
    const body = `${TITLE}联系人手机：13812345678。`;
    expect(review(body, { ruleOverrides: { 'personal-data/phone': 'warn' } })).toContain(
      'personal-data/phone warn 13812345678',
    );
  });

  test("the unit's own internal marking is a block finding, wherever it stands", () => {
    const body = `仅限本委使用\n${TITLE}本通知仅限本委使用，请各科室遵照执行。`;
    expect(review(body)).toEqual([]);
    expect(review(body, { extraInternalMarkings: ['仅限本委使用'] })).toEqual([
      'confidentiality/internal-marking block 仅限本委使用',
      'confidentiality/internal-marking block 仅限本委使用',
    ]);
  });

  test('an extra marking written in full-width or with a zero-width space is still found', () => {
    const body = `仅限本委\u200b使用\n${TITLE}`;
    expect(review(body, { extraInternalMarkings: ['仅限本委使用'] })).toHaveLength(1);
  });

  test('a public office number is not personal data, with or without its area code', () => {
    const body = `${TITLE}联系人：办公室，电话：13912345678；另有 13812345678。`;
    const flagged = review(body, { publicOfficeNumbers: ['139 1234 5678'] });
    expect(flagged).toContain('personal-data/phone block 13812345678');
    expect(flagged).not.toContainEqual(expect.stringContaining('13912345678'));
  });

  test("a public official's name is not personal data; other names still are", () => {
    const body = `${TITLE}患者王建国，男；患者李小明，男。`;
    expect(review(body)).toEqual(
      expect.arrayContaining([expect.stringMatching(/personal-data\/name .*王建国/u)]),
    );
    const flagged = review(body, { publicOfficialNames: ['王建国'] });
    expect(flagged).not.toContainEqual(expect.stringContaining('王建国'));
    expect(flagged).toContainEqual(expect.stringMatching(/personal-data\/name .*李小明/u));
  });
});
