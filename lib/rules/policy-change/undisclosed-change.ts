import { z } from 'zod';
import { compareVersions } from '../../compare/compare-versions';
import { defineRule } from '../../engine/define-rule';
import { policyPairs } from '../interpretation/policy-pairs';
import { BASIS } from './basis';

/** Spaces and punctuation do not decide whether a value is mentioned. */
const NOISE = /[\s\p{P}]/gu;
/** The figure at the heart of a value (每小时收费3元 → 3元, 十五日内 → 十五日). */
const FIGURE =
  /[\d.零〇一二三四五六七八九十百千万两]+(?:万元|亿元|元|%|个工作日|工作日|日|天|个月|年|倍|平方米|人|户)?/g;

/** What counts as mentioning a value: the value itself or, for figures, the figure with its unit. */
function mentionForms(value: string): string[] {
  const clean = value.replace(NOISE, '');
  const figures = [...clean.matchAll(FIGURE)]
    .map((m) => m[0])
    .filter((f) => /\D/.test(f) || f.length > 1);
  return [clean, ...figures].filter((f) => f.length > 0);
}

export default defineRule({
  meta: {
    id: 'policy-change/undisclosed-change',
    category: 'policy-change',
    kind: 'undisclosed-change',
    severity: 'warn',
    profiles: ['general', 'epidemiological'],
    scope: 'document',
    title: { zh: '解读未提及的主要变化', en: 'Key change the interpretation leaves out' },
    message: {
      zh: '与旧版相比的主要变化未在解读中说明：{value}',
      en: 'A key change from the previous version is not explained in the interpretation: {value}',
    },
    basis: [BASIS.qingyang2022, BASIS.gansu2019],
    fix: {
      zh: '在解读的“新旧政策差异”部分说明这项变化及其影响。',
      en: 'Explain this change and its effect in the interpretation’s old/new comparison.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    const previous = ctx.related.find((r) => r.role === 'previous');
    if (!previous) return [];
    const interpretations = policyPairs(ctx).filter((p) => p.draftIs === 'policy');
    if (interpretations.length === 0) return [];
    const comparison = ctx.memo('comparison-with-previous', () =>
      compareVersions(previous.text, ctx.text),
    );
    const explained = interpretations
      .map((p) => p.interpretationText.replace(NOISE, ''))
      .join('\n');
    return comparison.keyFacts.flatMap((fact) => {
      // The new value must be explained; a removal is explained by naming the old one.
      const value = fact.new ?? fact.old;
      if (!value || mentionForms(value).some((form) => explained.includes(form))) return [];
      return [{ start: null, end: null, shown: fact.summary }];
    });
  },
});
