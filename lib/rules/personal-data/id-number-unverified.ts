import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { detectIdNumbers } from '../../detectors/id-number';
import { maskIdNumber } from '../../detectors/mask';
import { BASIS } from './basis';

export default defineRule({
  meta: {
    id: 'personal-data/id-number-unverified',
    category: 'personal-data',
    kind: 'id-number',
    severity: 'warn',
    profiles: ['general', 'epidemiological'],
    title: { zh: '疑似身份证号', en: 'Possible resident ID number' },
    message: {
      zh: '疑似公民身份号码 {value}（地址码和出生日期有效，但校验位不符或为旧15位号码），请核实后脱敏。',
      en: 'Possible resident ID number {value} (region and birth date fit, check digit does not, or old 15-digit form); verify and mask it.',
    },
    basis: [BASIS.gb11643, BASIS.cac2020],
    fix: {
      zh: '如确为身份证号，只保留前2位和后2位；如为其他编号，可忽略。',
      en: 'If it is an ID number keep only the first and last two characters; otherwise dismiss.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    return ctx
      .memo('id-numbers', () => detectIdNumbers(ctx.text, ctx.now))
      .filter((c) => c.status === 'unverified')
      .map((c) => ({
        start: c.start,
        end: c.end,
        shown: maskIdNumber(c.value),
        masked: maskIdNumber(c.value),
      }));
  },
});
