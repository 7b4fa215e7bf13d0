import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { documentFacts } from '../../engine/document-facts';
import { DISCLOSURE_LABELS, hasLegalReason } from '../../detectors/disclosure-attribute';
import { effectiveDisclosure } from './effective-disclosure';
import { BASIS } from './basis';

/** A line that states the reason: 不公开理由：…, 依据：… */
const REASON_LINE = /(?:理由|依据|原因)\s{0,2}[:：][^\n]{0,120}/g;

export default defineRule({
  meta: {
    id: 'disclosure/reason-missing',
    category: 'disclosure',
    kind: 'reason-missing',
    severity: 'warn',
    profiles: ['general', 'epidemiological'],
    scope: 'document',
    title: { zh: '不公开未说明法定理由', en: 'No legal reason for not publishing' },
    message: {
      zh: '公开属性为“{value}”，但未依法说明理由（应援引《政府信息公开条例》第十四条、第十五条或第十六条规定的情形）。',
      en: 'Marked “{value}” without a legal reason (Articles 14–16 of the Regulation on Open Government Information).',
    },
    basis: [BASIS.implementation80, BASIS.art14to16],
    fix: {
      zh: '在“不公开理由”中写明依据，如“涉及个人隐私（《政府信息公开条例》第十五条）”。',
      en: 'State the ground and the article, e.g. 涉及个人隐私（《政府信息公开条例》第十五条）.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    const facts = documentFacts(ctx);
    const effective = effectiveDisclosure(facts);
    if (!effective || (effective.value !== 'on-request' && effective.value !== 'withheld'))
      return [];
    const reasons = [ctx.draft.fields.disclosureReason ?? ''];
    // The reason is usually written next to the marking or on a 理由/依据 line.
    for (const body of facts.bodyDisclosure)
      reasons.push(ctx.text.slice(body.start, body.end + 120));
    for (const m of ctx.text.matchAll(REASON_LINE)) reasons.push(m[0]);
    if (reasons.some(hasLegalReason)) return [];
    return [
      { start: effective.start, end: effective.end, shown: DISCLOSURE_LABELS[effective.value] },
    ];
  },
});
