import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { detectEmails } from '../../detectors/email';
import { maskEmail } from '../../detectors/mask';
import { BASIS } from './basis';

export default defineRule({
  meta: {
    id: 'personal-data/email',
    category: 'personal-data',
    kind: 'email',
    severity: 'block',
    profiles: ['general', 'epidemiological'],
    title: { zh: '个人电子邮箱', en: 'Personal e-mail address' },
    message: {
      zh: '发现个人电子邮箱 {value}。机关的监督、信息公开邮箱不在此列。',
      en: 'Personal e-mail address {value}. Office mailboxes are not affected.',
    },
    basis: [BASIS.pipl, BASIS.cac2020],
    fix: { zh: '删除或改为 z***@163.com 形式。', en: 'Remove it or mask it as z***@163.com.' },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    return detectEmails(ctx.text).map((c) => ({
      start: c.start,
      end: c.end,
      shown: maskEmail(c.value),
      masked: maskEmail(c.value),
    }));
  },
});
