import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { policyPairs } from './policy-pairs';
import { BASIS } from './basis';

/** Length of the character shingles compared; long enough that shared phrases are real copying. */
const SHINGLE = 15;
/** Share of the interpretation's shingles found verbatim in the policy above which it is an excerpt
 * (a question-and-answer layout dilutes a copied text to about half). */
const COPIED_SHARE = 0.45;
/** Interpretations shorter than this (after cleaning) are too short to judge. */
const MIN_LENGTH = 60;

function clean(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Share of the interpretation's text that is copied from the policy, 0–1. */
export function copiedShare(policy: string, interpretation: string): number {
  const a = clean(policy);
  const b = clean(interpretation);
  if (b.length < MIN_LENGTH || a.length < SHINGLE) return 0;
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE <= a.length; i++) shingles.add(a.slice(i, i + SHINGLE));
  let copied = 0;
  let total = 0;
  for (let i = 0; i + SHINGLE <= b.length; i++) {
    total++;
    if (shingles.has(b.slice(i, i + SHINGLE))) copied++;
  }
  return total === 0 ? 0 : copied / total;
}

export default defineRule({
  meta: {
    id: 'interpretation/copied',
    category: 'interpretation',
    kind: 'copied',
    severity: 'warn',
    profiles: ['general', 'epidemiological'],
    scope: 'document',
    title: { zh: '解读照搬文件原文', en: 'Interpretation copies the policy' },
    message: {
      zh: '解读材料约{value}的内容照搬文件原文，疑似“文件要点摘抄”，应解释而不是重复文件。',
      en: 'About {value} of the interpretation repeats the policy verbatim; it should explain, not repeat.',
    },
    basis: [BASIS.noExcerpts, BASIS.gansu2019],
    fix: {
      zh: '用通俗语言解释核心概念、变化和办理方式，减少原文照录。',
      en: 'Explain concepts, changes and procedures in plain words instead of quoting the text.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    return policyPairs(ctx).flatMap((pair) => {
      const share = copiedShare(pair.policyText, pair.interpretationText);
      return share > COPIED_SHARE
        ? [{ start: null, end: null, shown: `${Math.round(share * 100)}%` }]
        : [];
    });
  },
});
