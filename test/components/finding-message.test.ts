import { afterEach, describe, expect, test, vi } from 'vitest';
import { findingMessage, ruleMessageKey } from '../../components/finding-message';
import { RULES } from '../../lib/rules';

function inEnglish(): void {
  vi.stubGlobal('navigator', { language: 'en-US' });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const PHONE_ZH = '发现未脱敏的个人电话号码 138****5678。机关的咨询、监督、值班电话不在此列。';

describe('findingMessage', () => {
  test('shows the engine’s Chinese message in a Chinese UI', () => {
    expect(findingMessage({ ruleId: 'personal-data/phone', message: PHONE_ZH })).toBe(PHONE_ZH);
  });

  test('puts the masked value into the rule’s English template in an English UI', () => {
    inEnglish();
    expect(findingMessage({ ruleId: 'personal-data/phone', message: PHONE_ZH })).toBe(
      'Unmasked personal phone number 138****5678. Office enquiry, complaint and duty lines are not affected.',
    );
    expect(
      findingMessage({
        ruleId: 'confidentiality/classification-mark',
        message: '含国家秘密标志“机密★1年”，涉密文件禁止上网发布。',
      }),
    ).toBe(
      'Contains the classification mark “机密★1年”; classified documents must never be published online.',
    );
  });

  test('drops a detail the engine appended after the template', () => {
    inEnglish();
    expect(findingMessage({ ruleId: 'personal-data/phone', message: `${PHONE_ZH} 另附说明` })).toBe(
      'Unmasked personal phone number 138****5678. Office enquiry, complaint and duty lines are not affected.',
    );
  });

  test('shows a message that does not fit its template, or of an unknown rule, as it is', () => {
    inEnglish();
    expect(findingMessage({ ruleId: 'personal-data/phone', message: '别的说法' })).toBe('别的说法');
    expect(findingMessage({ ruleId: 'custom/rule', message: '自定义' })).toBe('自定义');
  });

  test('every rule has its message in the catalogue', () => {
    expect(RULES.filter((rule) => ruleMessageKey(rule.meta.id) === null)).toEqual([]);
  });
});
