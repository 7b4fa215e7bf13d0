import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { documentFacts } from '../../engine/document-facts';
import { DOCUMENT_CLASS_LABELS } from '../../classify/classify-document';
import { DISCLOSURE_LABELS } from '../../detectors/disclosure-attribute';
import { effectiveDisclosure } from './effective-disclosure';
import { BASIS } from './basis';

export default defineRule({
  meta: {
    id: 'disclosure/policy-not-public',
    category: 'disclosure',
    kind: 'policy-not-public',
    severity: 'block',
    profiles: ['general', 'epidemiological'],
    scope: 'document',
    title: { zh: '规章、规范性文件未主动公开', en: 'Regulation or normative document not public' },
    message: {
      zh: '{value}，依《政府信息公开条例》第二十条第（一）项应当主动公开。',
      en: '{value}; Article 20(1) of the Regulation requires regulations and normative documents to be public.',
    },
    basis: [BASIS.art20, BASIS.implementation80],
    fix: { zh: '将公开属性改为主动公开。', en: 'Change the attribute to 主动公开.' },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    const facts = documentFacts(ctx);
    const cls = facts.classification.class;
    if (cls !== 'regulation' && cls !== 'normative') return [];
    const effective = effectiveDisclosure(facts);
    if (!effective || effective.value === 'active') return [];
    return [
      {
        start: effective.start,
        end: effective.end,
        shown: `本文件属${DOCUMENT_CLASS_LABELS[cls]}，公开属性却为“${DISCLOSURE_LABELS[effective.value]}”`,
      },
    ];
  },
});
