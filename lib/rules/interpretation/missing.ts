import { z } from 'zod';
import { DOCUMENT_CLASS_LABELS } from '../../classify/classify-document';
import { defineRule } from '../../engine/define-rule';
import { documentFacts } from '../../engine/document-facts';
import { NEEDS_INTERPRETATION, policyPairs } from './policy-pairs';
import { BASIS } from './basis';

/** The body links or attaches its interpretation (附：政策解读, 相关解读：…). */
const LINKED_INTERPRETATION = /政策解读|解读材料|相关解读|一图读懂|图解|答记者问|政策问答/;

export default defineRule({
  meta: {
    id: 'interpretation/missing',
    category: 'interpretation',
    kind: 'missing',
    severity: 'block',
    profiles: ['general', 'epidemiological'],
    scope: 'document',
    title: { zh: '未同步发布政策解读', en: 'No interpretation released with the policy' },
    message: {
      zh: '{value}，须与解读材料同步审签、同步发布（三同步），但未关联解读材料。',
      en: '{value}: it must be released together with its interpretation (三同步), and none is related.',
    },
    basis: [BASIS.threeSync, BASIS.qingyang2022],
    fix: {
      zh: '关联本文件的解读材料（单独的解读稿、附件或链接）后再发布。',
      en: 'Relate the interpretation (a separate draft, an attachment or a link) before publishing.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    if (ctx.draft.target !== 'public-website') return [];
    const facts = documentFacts(ctx);
    const cls = facts.classification.class;
    if (!NEEDS_INTERPRETATION.has(cls)) return [];
    if (policyPairs(ctx).length > 0 || LINKED_INTERPRETATION.test(ctx.text)) return [];
    return [
      {
        start: null,
        end: null,
        shown: `本文件属${DOCUMENT_CLASS_LABELS[cls]}（${facts.classification.evidence.join('；')}）`,
      },
    ];
  },
});
