import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { detectPlates } from '../../detectors/license-plate';
import { maskPlate } from '../../detectors/mask';
import { BASIS } from './basis';

export default defineRule({
  meta: {
    id: 'personal-data/license-plate',
    category: 'personal-data',
    kind: 'license-plate',
    severity: 'block',
    profiles: ['general', 'epidemiological'],
    title: { zh: '私家车号牌', en: 'Private vehicle plate' },
    message: {
      zh: '发现车辆号牌 {value}，私家车号牌可识别个人，须脱敏。',
      en: 'Vehicle plate {value}; a private car plate identifies a person, mask it.',
    },
    basis: [BASIS.pipl, BASIS.guideline103],
    fix: { zh: '改为 甘M4***0 形式。', en: 'Mask it as 甘M4***0.' },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    return ctx
      .memo('plates', () => detectPlates(ctx.text))
      .filter((c) => !c.publicVehicle)
      .map((c) => ({
        start: c.start,
        end: c.end,
        shown: maskPlate(c.value),
        masked: maskPlate(c.value),
      }));
  },
});
