import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { maskDigits } from '../../detectors/mask';
import { BASIS } from './basis';

/** Sex and age together: 男，35岁 / 女,42岁 / 42岁女性 / 35岁男子 (quasi-identifiers, GB/T 37964). */
const SEX_AGE =
  /[男女](?:性|子|童|孩)?[,、/\s]{0,3}(?:年龄[:\s]{0,2})?\d{1,3}\s{0,2}(?:周)?岁(?:\d{1,2}个月)?|\d{1,3}\s{0,2}(?:周)?岁[,、/\s]{0,3}[男女](?:性|子|童|孩)?/g;

export default defineRule({
  meta: {
    id: 'personal-data/sex-age',
    category: 'personal-data',
    kind: 'sex-age',
    severity: 'warn',
    profiles: ['epidemiological'],
    title: { zh: '病例性别和年龄', en: 'Sex and age of a case' },
    message: {
      zh: '流调信息写明了性别和年龄（{value}），一般不予公开。',
      en: 'The release gives sex and age ({value}), which epidemiological releases generally omit.',
    },
    basis: [BASIS.guideline103],
    fix: {
      zh: '删去性别和年龄，以“病例1”指代。',
      en: 'Remove sex and age; refer to the case as 病例1.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    return [...ctx.text.matchAll(SEX_AGE)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      shown: maskDigits(m[0]),
    }));
  },
});
