import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { detectPhones } from '../../detectors/phone';
import { maskPhone } from '../../detectors/mask';
import { BASIS } from './basis';

export default defineRule({
  meta: {
    id: 'personal-data/phone',
    category: 'personal-data',
    kind: 'phone',
    severity: 'block',
    profiles: ['general', 'epidemiological'],
    title: { zh: '未脱敏的个人电话号码', en: 'Unmasked personal phone number' },
    message: {
      zh: '发现未脱敏的个人电话号码 {value}。机关的咨询、监督、值班电话不在此列。',
      en: 'Unmasked personal phone number {value}. Office enquiry, complaint and duty lines are not affected.',
    },
    basis: [BASIS.cac2020, BASIS.masking, BASIS.pipl],
    fix: {
      zh: '改为 138****5678 形式，或删除；如为单位公开电话，请标明“咨询电话”等。',
      en: 'Mask as 138****5678 or remove; if it is an office line, label it as such (咨询电话…).',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    return detectPhones(ctx.text).map((c) => ({
      start: c.start,
      end: c.end,
      shown: maskPhone(c.value),
      masked: maskPhone(c.value),
    }));
  },
});
