import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { detectIdNumbers } from '../../detectors/id-number';
import { maskIdNumber } from '../../detectors/mask';
import { BASIS } from './basis';

export default defineRule({
  meta: {
    id: 'personal-data/id-number',
    category: 'personal-data',
    kind: 'id-number',
    severity: 'block',
    profiles: ['general', 'epidemiological'],
    title: { zh: '未脱敏的身份证号', en: 'Unmasked resident ID number' },
    message: {
      zh: '发现未脱敏的公民身份号码 {value}，公开前须脱敏。',
      en: 'Unmasked resident ID number {value}; mask it before publishing.',
    },
    basis: [BASIS.cac2020, BASIS.masking, BASIS.gb11643],
    fix: {
      zh: '改为只保留前2位和后2位，如 62**************34；或删除。',
      en: 'Keep only the first and last two characters (62**************34), or remove it.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    return ctx
      .memo('id-numbers', () => detectIdNumbers(ctx.text, ctx.now))
      .filter((c) => c.status === 'valid')
      .map((c) => ({
        start: c.start,
        end: c.end,
        shown: maskIdNumber(c.value),
        masked: maskIdNumber(c.value),
      }));
  },
});
