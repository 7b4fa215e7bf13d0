import { describe, expect, test } from 'vitest';
import { RULE_MESSAGES } from '../../../lib/i18n/messages/rules';
import { RULES } from '../../../lib/rules';

/** lib/i18n/messages/rules.ts copies each rule's meta.message, {value} written as $1. */
describe('the rules’ messages in the catalogue', () => {
  const keyOf = (id: string) => `rule_${id.replace(/[/-]/g, '_')}`;

  test.each(RULES.map((rule) => [rule.meta.id, rule] as const))(
    '%s matches its rule',
    (_, rule) => {
      const message = (RULE_MESSAGES as Record<string, { zh: string; en: string }>)[
        keyOf(rule.meta.id)
      ];
      expect(message).toEqual({
        zh: rule.meta.message.zh.replaceAll('{value}', '$1'),
        en: rule.meta.message.en.replaceAll('{value}', '$1'),
      });
    },
  );

  test('has no message of a rule that is gone', () => {
    const keys = new Set(RULES.map((rule) => keyOf(rule.meta.id)));
    expect(Object.keys(RULE_MESSAGES).filter((key) => !keys.has(key))).toEqual([]);
  });
});
