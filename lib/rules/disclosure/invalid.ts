import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { documentFacts } from '../../engine/document-facts';
import type { RuleHit } from '../../engine/define-rule';
import { BASIS } from './basis';

export default defineRule({
  meta: {
    id: 'disclosure/invalid',
    category: 'disclosure',
    kind: 'invalid',
    severity: 'block',
    profiles: ['general', 'epidemiological'],
    scope: 'document',
    title: { zh: '公开属性取值无效', en: 'Invalid disclosure attribute' },
    message: {
      zh: '公开属性“{value}”不是规定的取值；只能是主动公开（《政府信息公开条例》第十九条）、依申请公开（第二十七条）或不予公开（第十四条至第十六条）。',
      en: 'Disclosure attribute “{value}” is not an allowed value (主动公开, 依申请公开, 不予公开).',
    },
    basis: [BASIS.implementation80, BASIS.art19and27, BASIS.art14to16],
    fix: {
      zh: '改为主动公开、依申请公开或不予公开之一。',
      en: 'Use 主动公开, 依申请公开 or 不予公开.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    const facts = documentFacts(ctx);
    const hits: RuleHit[] = [];
    if (facts.fieldDisclosure?.kind === 'invalid')
      hits.push({ start: null, end: null, shown: facts.fieldDisclosure.raw });
    for (const body of facts.bodyDisclosure) {
      if (body.parsed.kind === 'invalid')
        hits.push({ start: body.start, end: body.end, shown: body.parsed.raw });
    }
    return hits;
  },
});
