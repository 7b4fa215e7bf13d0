import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { citedNames, policyPairs } from './policy-pairs';
import { BASIS } from './basis';

/** Characters that do not matter when comparing a name: spaces and punctuation. */
const NOISE = /[\s《》〈〉<>()（）〔〕[\]【】,，.。:：;；、"“”'‘’·-]/g;
/** Share of the policy's name that must appear as one run: 《肉牛…扶持办法》 is not 《苹果…扶持办法》. */
const NAME_SHARE = 0.8;

function mentions(text: string, name: string): boolean {
  const haystack = text.replace(NOISE, '');
  const needle = name.replace(NOISE, '').slice(0, 80);
  if (needle.length === 0) return true;
  // A region prefix (庆阳市) is often dropped when citing; a run of 80% of the name must remain.
  const run = Math.max(2, Math.ceil(needle.length * NAME_SHARE));
  for (let i = 0; i + run <= needle.length; i++) {
    if (haystack.includes(needle.slice(i, i + run))) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'interpretation/unrelated',
    category: 'interpretation',
    kind: 'unrelated',
    severity: 'warn',
    profiles: ['general', 'epidemiological'],
    scope: 'document',
    title: { zh: '解读与文件对不上', en: 'Interpretation does not name its policy' },
    message: {
      zh: '解读材料既未提到文件名称{value}，也未提到其文号，请确认关联的是同一文件。',
      en: 'The interpretation names neither the policy {value} nor its document number.',
    },
    basis: [BASIS.threeSync],
    fix: {
      zh: '核对关联关系，并在解读中写明所解读文件的名称和文号。',
      en: 'Check the link and cite the policy by name and number.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    return policyPairs(ctx).flatMap((pair) => {
      const names = citedNames(pair.policyTitle, pair.policyText);
      if (names.length === 0) return [];
      if (names.some((name) => mentions(pair.interpretationText, name))) return [];
      if (pair.policyNumber && mentions(pair.interpretationText, pair.policyNumber)) return [];
      return [{ start: null, end: null, shown: `《${names[0]}》` }];
    });
  },
});
