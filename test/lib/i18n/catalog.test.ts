import { describe, expect, test } from 'vitest';
import { catalogProblems, MESSAGES } from '../../../lib/i18n/catalog';
import type { Message } from '../../../lib/i18n/define-messages';
import { localeFor, substitute, toLocaleMessages, translate } from '../../../lib/i18n/translate';

const entries = Object.entries(MESSAGES) as [string, Message][];
const placeholders = (text: string) => [...text.matchAll(/\$([1-9])/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  test('has no duplicate or invalid keys', () => {
    expect(catalogProblems()).toEqual([]);
    expect(catalogProblems([{ a: { zh: 'x', en: 'x' } }, { a: { zh: 'y', en: 'y' } }])).toEqual([
      'duplicate key a',
    ]);
    expect(catalogProblems([{ 'bad-key': { zh: 'x', en: 'x' } }])).toEqual(['bad key bad-key']);
  });

  test.each(entries)('%s is complete in both languages with the same substitutions', (_, m) => {
    expect(m.zh.trim()).not.toBe('');
    expect(m.en.trim()).not.toBe('');
    expect(placeholders(m.en)).toEqual(placeholders(m.zh));
  });

  test('the manifest name and description are in both locales', () => {
    expect(toLocaleMessages('zh_CN').extName?.message).toBe('公开审查助手');
    expect(toLocaleMessages('en').extName?.message).toBe('Disclosure Review');
  });
});

describe('messages.json', () => {
  test('turns $1…$9 into named placeholders that Chrome and Firefox expand', () => {
    const json = toLocaleMessages('en');
    for (const [key, m] of entries) {
      const out = json[key];
      expect(out).toBeDefined();
      const names = placeholders(m.en);
      expect(Object.keys(out?.placeholders ?? {}).sort()).toEqual(names.map((n) => `p${n}`));
      expect(out?.message).not.toMatch(/\$[1-9]/);
    }
  });
});

describe('translate', () => {
  test('substitutes in order and keeps $$ as a dollar sign', () => {
    expect(substitute('共 $1 条，第 $2 页', [12, '3'])).toBe('共 12 条，第 3 页');
    expect(substitute('US$$ $1', ['5'])).toBe('US$ 5');
    expect(translate('en', 'setByAdmin')).toBe('Set by your administrator');
    expect(translate('zh_CN', 'setByAdmin')).toBe('由管理员设置');
  });

  test('maps browser UI languages onto the shipped locales', () => {
    expect(localeFor('zh-CN')).toBe('zh_CN');
    expect(localeFor('zh-TW')).toBe('zh_CN');
    expect(localeFor('en-US')).toBe('en');
    expect(localeFor('fr')).toBe('en');
    expect(localeFor(undefined)).toBe('zh_CN');
  });
});
