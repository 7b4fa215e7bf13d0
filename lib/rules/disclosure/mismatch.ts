import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { documentFacts } from '../../engine/document-facts';
import { DISCLOSURE_LABELS, type DisclosureValue } from '../../detectors/disclosure-attribute';
import type { RuleHit } from '../../engine/define-rule';
import { BASIS } from './basis';

export default defineRule({
  meta: {
    id: 'disclosure/mismatch',
    category: 'disclosure',
    kind: 'mismatch',
    severity: 'block',
    profiles: ['general', 'epidemiological'],
    scope: 'document',
    title: { zh: '正文与表单的公开属性不一致', en: 'Body and form disagree on the attribute' },
    message: {
      zh: '正文标注的公开属性与表单不一致：{value}。公开属性应随公文一并报批，并经《政府信息公开条例》第十七条规定的审查机制确认。',
      en: 'The body and the form give different disclosure attributes: {value}.',
    },
    basis: [BASIS.implementation80, BASIS.art17, BASIS.gbt9704],
    fix: {
      zh: '核对报批件，统一正文附注和表单中的公开属性。',
      en: 'Check the approved document and make the note and the form agree.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    const facts = documentFacts(ctx);
    const hits: RuleHit[] = [];
    let reference: DisclosureValue | null =
      facts.fieldDisclosure?.kind === 'value' ? facts.fieldDisclosure.value : null;
    const source = reference ? '表单' : '正文';
    for (const body of facts.bodyDisclosure) {
      if (body.parsed.kind !== 'value') continue;
      if (reference === null) {
        reference = body.parsed.value;
        continue;
      }
      if (body.parsed.value === reference) continue;
      hits.push({
        start: body.start,
        end: body.end,
        shown: `正文为“${DISCLOSURE_LABELS[body.parsed.value]}”，${source}为“${DISCLOSURE_LABELS[reference]}”`,
      });
    }
    return hits;
  },
});
