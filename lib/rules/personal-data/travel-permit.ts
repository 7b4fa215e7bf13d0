import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { detectTravelPermits } from '../../detectors/travel-document';
import { maskMiddle } from '../../detectors/mask';
import { BASIS } from './basis';

export default defineRule({
  meta: {
    id: 'personal-data/travel-permit',
    category: 'personal-data',
    kind: 'travel-permit',
    severity: 'block',
    profiles: ['general', 'epidemiological'],
    title: { zh: '港澳台通行证号码', en: 'Travel permit number' },
    message: {
      zh: '发现往来港澳台通行证（回乡证、台胞证）号码 {value}，须删除或脱敏。',
      en: 'Hong Kong/Macao/Taiwan travel permit number {value}; remove or mask it.',
    },
    basis: [BASIS.pipl, BASIS.cac2020],
    fix: {
      zh: '删除，或只保留首尾各2位。',
      en: 'Remove it, or keep only the first and last two characters.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    return detectTravelPermits(ctx.text).map((c) => ({
      start: c.start,
      end: c.end,
      shown: maskMiddle(c.value, 2, 2),
      masked: maskMiddle(c.value, 2, 2),
    }));
  },
});
