import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { detectNamedPeople } from '../../detectors/named-people';
import { maskNameFix, maskNameShown } from '../../detectors/mask';
import { BASIS } from './basis';

export default defineRule({
  meta: {
    id: 'personal-data/name',
    category: 'personal-data',
    kind: 'name',
    severity: 'block',
    profiles: ['general', 'epidemiological'],
    title: { zh: '病例或密接的真实姓名', en: 'Full name of a case or contact' },
    message: {
      zh: '发现病例、感染者或密接人员的真实姓名 {value}，流调信息不得公开姓名。',
      en: 'Full name {value} of a case or contact; epidemiological releases must not publish names.',
    },
    basis: [BASIS.cac2020, BASIS.guideline103],
    fix: { zh: '改为“王某某”或“病例1”。', en: 'Write 王某某 or 病例1 instead.' },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    return ctx
      .memo('named-people', () => detectNamedPeople(ctx.text))
      .filter((c) => c.context === 'case' || ctx.profile === 'epidemiological')
      .map((c) => ({
        start: c.start,
        end: c.end,
        shown: maskNameShown(c.value, c.surnameLength),
        masked: maskNameFix(c.value, c.surnameLength),
      }));
  },
});
