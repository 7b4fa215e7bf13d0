import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { detectBankCards } from '../../detectors/bank-card';
import { detectIdNumbers } from '../../detectors/id-number';
import { maskBankCard } from '../../detectors/mask';
import { BASIS } from './basis';

export default defineRule({
  meta: {
    id: 'personal-data/bank-card',
    category: 'personal-data',
    kind: 'bank-card',
    severity: 'block',
    profiles: ['general', 'epidemiological'],
    title: { zh: '未脱敏的银行卡号', en: 'Unmasked bank card number' },
    message: {
      zh: '发现未脱敏的银行卡号 {value}（金融账户属敏感个人信息）。',
      en: 'Unmasked bank card number {value} (financial accounts are sensitive personal data).',
    },
    basis: [BASIS.pipl, BASIS.penalty],
    fix: {
      zh: '只保留前4位和后4位，如 6217********0004。',
      en: 'Keep only the first and last four digits.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    const ids = ctx.memo('id-numbers', () => detectIdNumbers(ctx.text, ctx.now));
    const idStarts = new Set(ids.map((c) => c.start));
    return detectBankCards(ctx.text, (start) => idStarts.has(start)).map((c) => ({
      start: c.start,
      end: c.end,
      shown: maskBankCard(c.value),
      masked: maskBankCard(c.value),
    }));
  },
});
