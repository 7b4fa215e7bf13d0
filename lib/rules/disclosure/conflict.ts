import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { documentFacts } from '../../engine/document-facts';
import { DISCLOSURE_LABELS } from '../../detectors/disclosure-attribute';
import { effectiveDisclosure } from './effective-disclosure';
import { BASIS } from './basis';

export default defineRule({
  meta: {
    id: 'disclosure/conflict',
    category: 'disclosure',
    kind: 'conflict',
    severity: 'block',
    profiles: ['general', 'epidemiological'],
    scope: 'document',
    title: {
      zh: '非主动公开的公文发往门户网站',
      en: 'Non-public document sent to the public website',
    },
    message: {
      zh: '公开属性为“{value}”，却要在政府门户网站主动发布。依申请公开（《政府信息公开条例》第二十七条）、不予公开（第十四条至第十六条）的公文不应主动发布。',
      en: 'Marked “{value}” but about to be published on the public website.',
    },
    basis: [BASIS.implementation80, BASIS.art19and27, BASIS.art14to16, BASIS.qingyang2022],
    fix: {
      zh: '改发内网或撤回；如经审查可以公开，先将公开属性改为主动公开并履行审批。',
      en: 'Publish on the intranet or withdraw; if it may be public, change the attribute to 主动公开 with approval.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    if (ctx.draft.target !== 'public-website') return [];
    const effective = effectiveDisclosure(documentFacts(ctx));
    if (!effective || (effective.value !== 'on-request' && effective.value !== 'withheld'))
      return [];
    return [
      { start: effective.start, end: effective.end, shown: DISCLOSURE_LABELS[effective.value] },
    ];
  },
});
