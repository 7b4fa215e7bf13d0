import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { isMarkingPosition } from '../../detectors/marking-position';
import { BASIS } from './basis';

/** Markings that forbid publication outright (RULES §5.2: ERROR). */
const FORBIDDING =
  /内部明电|明传电报|传真电报|不得外传|严禁外传|不得翻印|不得转载|不得转发|此件不得公开|内部文件(?![管理制])/g;

export default defineRule({
  meta: {
    id: 'confidentiality/internal-marking',
    category: 'confidentiality',
    kind: 'internal-marking',
    severity: 'block',
    profiles: ['general', 'epidemiological'],
    title: { zh: '禁止外传的内部标识', en: 'Internal-only marking' },
    message: {
      zh: '含“{value}”标识，属内部文件，不得在政府网站公开发布。',
      en: 'Marked “{value}”: an internal document that must not be published on the website.',
    },
    basis: [BASIS.publishingRules, BASIS.gbt9704, BASIS.siteGuideline],
    fix: {
      zh: '不予发布；确需公开的，经审批并删去标识后发布。',
      en: 'Do not publish; if it must be published, get approval and remove the marking first.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    const hits = [];
    for (const m of ctx.text.matchAll(FORBIDDING)) {
      const end = m.index + m[0].length;
      if (isMarkingPosition(ctx.text, m.index, end)) hits.push({ start: m.index, end });
    }
    return hits;
  },
});
