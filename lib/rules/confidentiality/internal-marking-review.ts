import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { isMarkingPosition } from '../../detectors/marking-position';
import { BASIS } from './basis';

/** Markings that need approval before publication (RULES §5.2: WARN). */
const NEEDS_APPROVAL =
  /(?:内部资料|内部刊物|内部参考)(?![的管理工作制度])|注意保存|注意保管|注意保密|仅供内部参阅|仅供领导参阅|仅供参阅|内部传阅|发至(?:县|乡|处|科|区|市|镇)(?:团)?级|(?<=此件)发至[^)）】\n,，。;；]{1,18}/g;

export default defineRule({
  meta: {
    id: 'confidentiality/internal-marking-review',
    category: 'confidentiality',
    kind: 'internal-marking',
    severity: 'warn',
    profiles: ['general', 'epidemiological'],
    title: { zh: '需审批的内部标识', en: 'Marking that needs approval' },
    message: {
      zh: '含“{value}”标识；未经批准，标注此类警示字样的资料不得网上发布，请确认已审批。',
      en: 'Marked “{value}”; such material may be published only with approval. Confirm it was approved.',
    },
    basis: [BASIS.publishingRules, BASIS.gbt9704],
    fix: {
      zh: '经审批同意公开的，删去标识后发布；否则不予发布。',
      en: 'If approved for publication remove the marking; otherwise do not publish.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    const hits = [];
    for (const m of ctx.text.matchAll(NEEDS_APPROVAL)) {
      const end = m.index + m[0].length;
      if (isMarkingPosition(ctx.text, m.index, end)) hits.push({ start: m.index, end });
    }
    return hits;
  },
});
