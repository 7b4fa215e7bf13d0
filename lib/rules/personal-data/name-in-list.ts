import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { detectNamedPeople } from '../../detectors/named-people';
import { maskNameFix, maskNameShown } from '../../detectors/mask';
import { BASIS } from './basis';

export default defineRule({
  meta: {
    id: 'personal-data/name-in-list',
    category: 'personal-data',
    kind: 'name',
    severity: 'warn',
    profiles: ['general'],
    title: { zh: '公示或文书中的个人姓名', en: 'Personal name in a list or decision' },
    message: {
      zh: '发现个人姓名 {value}（名单、当事人或与证件号码相邻）。请确认公开姓名有依据，否则改为“王某某”。',
      en: 'Personal name {value} (in a list, as a party, or next to an identifier). Confirm there is a basis for publishing it.',
    },
    basis: [BASIS.pipl, BASIS.penalty],
    fix: {
      zh: '有公示依据的可保留；否则改为“王某某”或“王*平”。',
      en: 'Keep it if a rule requires publishing it; otherwise write 王某某.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    return ctx
      .memo('named-people', () => detectNamedPeople(ctx.text))
      .filter((c) => c.context === 'person')
      .map((c) => ({
        start: c.start,
        end: c.end,
        shown: maskNameShown(c.value, c.surnameLength),
        masked: maskNameFix(c.value, c.surnameLength),
      }));
  },
});
