import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { detectPassports } from '../../detectors/travel-document';
import { maskMiddle } from '../../detectors/mask';
import { BASIS } from './basis';

export default defineRule({
  meta: {
    id: 'personal-data/passport',
    category: 'personal-data',
    kind: 'passport',
    severity: 'block',
    profiles: ['general', 'epidemiological'],
    title: { zh: '护照号码', en: 'Passport number' },
    message: {
      zh: '发现护照号码 {value}，须删除或脱敏。',
      en: 'Passport number {value}; remove or mask it.',
    },
    basis: [BASIS.pipl, BASIS.cac2020],
    fix: {
      zh: '删除，或只保留首尾各2位。',
      en: 'Remove it, or keep only the first and last two characters.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    return detectPassports(ctx.text).map((c) => ({
      start: c.start,
      end: c.end,
      shown: maskMiddle(c.value, 2, 2),
      masked: maskMiddle(c.value, 2, 2),
    }));
  },
});
