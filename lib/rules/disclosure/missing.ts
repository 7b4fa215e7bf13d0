import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { documentFacts } from '../../engine/document-facts';
import { BASIS } from './basis';

/** Classes that are 公文 even without a 文号: they must carry an attribute. */
const OFFICIAL_CLASSES = new Set(['regulation', 'normative', 'policy']);

export default defineRule({
  meta: {
    id: 'disclosure/missing',
    category: 'disclosure',
    kind: 'missing',
    severity: 'block',
    profiles: ['general', 'epidemiological'],
    scope: 'document',
    title: { zh: '未标明公开属性', en: 'Disclosure attribute missing' },
    message: {
      zh: '{value}未标明公开属性（主动公开、依申请公开或不予公开）。依《政府信息公开条例》第十三条，公开为常态、不公开为例外；公文拟制时须明确公开属性并随公文报批（国办发〔2016〕80号）。',
      en: '{value}The document has no disclosure attribute (主动公开, 依申请公开 or 不予公开).',
    },
    basis: [BASIS.implementation80, BASIS.gbt9704, BASIS.art13],
    fix: {
      zh: '在表单中选择公开属性，或在成文日期下一行加附注（此件公开发布）等。',
      en: 'Choose the attribute in the form, or add a note such as （此件公开发布） under the date.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    const facts = documentFacts(ctx);
    if (facts.fieldDisclosure?.kind === 'empty')
      return [{ start: null, end: null, shown: '表单“公开属性”为空：' }];
    if (facts.fieldDisclosure || facts.bodyDisclosure.length > 0) return [];
    const official =
      facts.structure.documentNumber !== null || OFFICIAL_CLASSES.has(facts.classification.class);
    return official ? [{ start: null, end: null, shown: '本公文' }] : [];
  },
});
