import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { isMarkingPosition } from '../../detectors/marking-position';
import { normalizeText } from '../../text/normalize-text';
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
  options: z
    .object({
      /**
       * A unit's own markings (from its policy, e.g. 仅限本委使用): flagged wherever they
       * appear, since a unit lists only phrases it uses as markings.
       */
      extraMarkings: z.array(z.string().trim().min(2)).default([]),
    })
    .prefault({}),
  check(ctx, options) {
    const hits: Array<{ start: number; end: number }> = [];
    for (const m of ctx.text.matchAll(FORBIDDING)) {
      const end = m.index + m[0].length;
      if (isMarkingPosition(ctx.text, m.index, end)) hits.push({ start: m.index, end });
    }
    for (const marking of options.extraMarkings) {
      const term = normalizeText(marking).text;
      for (
        let at = ctx.text.indexOf(term);
        at !== -1;
        at = ctx.text.indexOf(term, at + term.length)
      ) {
        if (!hits.some((h) => h.start < at + term.length && at < h.end)) {
          hits.push({ start: at, end: at + term.length });
        }
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});
