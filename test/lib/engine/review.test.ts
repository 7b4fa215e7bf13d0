import { describe, expect, test } from 'vitest';
import {
  extractBodyText,
  MAX_DRAFT_LENGTH,
  reviewDraft,
  ReviewInputError,
} from '../../../lib/engine/review';
import { ReviewResultSchema, type DraftInput } from '../../../lib/engine/schema';
import { toSourceSpan } from '../../../lib/text/mapped-text';

const NOW = new Date('2026-11-28T00:00:00Z');
const review = (draft: DraftInput, options = {}) => reviewDraft(draft, { now: NOW, ...options });

describe('reviewDraft', () => {
  test('returns a result that satisfies its schema', () => {
    const result = review({ body: { content: '身份证号621002199001011239，电话13809345678。' } });
    expect(ReviewResultSchema.safeParse(result).success).toBe(true);
    expect(result.findings.map((f) => f.kind)).toEqual(['id-number', 'phone']);
  });

  test('switches on the epidemiological profile from the title, with evidence', () => {
    const result = review({
      title: '关于新增确诊病例活动轨迹的通报',
      body: { content: '12月5日14:32到达。' },
    });
    expect(result.profile).toBe('epidemiological');
    expect(result.profileEvidence).toContain('确诊病例');
    expect(result.findings.map((f) => f.kind)).toEqual(['precise-time']);
  });

  test('switches it on from the column field too', () => {
    const result = review({
      body: { content: '12月5日14:32到达。' },
      fields: { column: '疫情通报' },
    });
    expect(result.profile).toBe('epidemiological');
  });

  test('keeps the general profile for an ordinary notice, so 流调-only rules stay off', () => {
    const result = review({
      title: '关于召开会议的通知',
      body: { content: '定于12月5日14:30召开会议，参会人员男，35岁以下。' },
    });
    expect(result.profile).toBe('general');
    expect(result.findings).toEqual([]);
  });

  test('reports title findings against the title', () => {
    const result = review({
      title: '关于王建华（身份证号621002199001011239）的处理决定',
      body: { content: '正文' },
    });
    const id = result.findings.find((f) => f.kind === 'id-number')!;
    expect(id.field).toBe('title');
    expect('关于王建华（身份证号621002199001011239）的处理决定'.slice(id.start!, id.end!)).toBe(
      '621002199001011239',
    );
  });

  test('maps HTML findings to the extracted text and from there to the HTML source', () => {
    const html = '<p>手机：<span>138</span>0934&#53;678</p>';
    const result = review({ body: { format: 'html', content: html } });
    const phone = result.findings.find((f) => f.kind === 'phone')!;
    expect(result.bodyText.slice(phone.start!, phone.end!)).toBe('13809345678');
    const [s, e] = toSourceSpan(
      extractBodyText({ body: { format: 'html', content: html } }),
      phone.start!,
      phone.end!,
    );
    expect(html.slice(s, e)).toBe('138</span>0934&#53;678');
  });

  test('masks every identifier in the excerpt, including neighbours of the finding', () => {
    const result = review({
      title: '病例通报',
      body: { content: '病例王建华，手机13809345678，身份证621002199001011239。' },
    });
    for (const f of result.findings) {
      expect(f.excerpt).not.toContain('13809345678');
      expect(f.excerpt).not.toContain('621002199001011239');
      expect(f.excerpt).not.toContain('王建华');
    }
    expect(result.findings.find((f) => f.kind === 'phone')!.fix).toEqual({ masked: '138****5678' });
    expect(result.findings.find((f) => f.kind === 'name')!.fix).toEqual({ masked: '王某某' });
  });

  test('masks stray long digit runs that no rule claimed', () => {
    const result = review({ body: { content: '编号98765432109876，手机13809345678。' } });
    expect(result.findings[0]!.excerpt).not.toContain('98765432109876');
  });

  test('switches a rule off or changes its severity through rule settings', () => {
    const draft = { body: { content: '身份证号621002199001011239，电话13809345678。' } };
    const off = review(draft, { ruleSettings: { 'personal-data/phone': { enabled: false } } });
    expect(off.findings.map((f) => f.kind)).toEqual(['id-number']);
    const softer = review(draft, {
      ruleSettings: { 'personal-data/id-number': { severity: 'warn' } },
    });
    expect(softer.findings.find((f) => f.kind === 'id-number')!.severity).toBe('warn');
  });

  test('refuses a draft over the size limit with a clear error', () => {
    const huge = 'a'.repeat(MAX_DRAFT_LENGTH + 1);
    expect(() => review({ body: { content: huge } })).toThrow(ReviewInputError);
    expect(() => review({ body: { content: huge } })).toThrow(/草稿过大/);
  });

  test('refuses malformed input with a clear error instead of crashing', () => {
    expect(() => review({ body: { content: 42 } } as unknown as DraftInput)).toThrow(
      /草稿格式不正确/,
    );
  });

  test('never changes the draft it is given', () => {
    const draft = {
      title: '病例通报',
      body: { format: 'text' as const, content: '病例王建华，手机13809345678。' },
    };
    const copy = structuredClone(draft);
    review(draft);
    expect(draft).toEqual(copy);
  });
});
