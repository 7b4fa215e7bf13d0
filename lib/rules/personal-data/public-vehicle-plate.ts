import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { detectPlates } from '../../detectors/license-plate';
import { BASIS } from './basis';

export default defineRule({
  meta: {
    id: 'personal-data/public-vehicle-plate',
    category: 'personal-data',
    kind: 'license-plate',
    severity: 'info',
    profiles: ['general', 'epidemiological'],
    title: { zh: '公共交通车辆号牌', en: 'Public transport plate' },
    message: {
      zh: '出租车、网约车或公交车号牌 {value}：为寻找密接公布通常可以，请确认不涉及个人。',
      en: 'Taxi or bus plate {value}: usually published to trace contacts; confirm it names no private person.',
    },
    basis: [BASIS.guideline103],
    fix: { zh: '确认为公共交通车辆即可保留。', en: 'Keep it if it is public transport.' },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    return ctx
      .memo('plates', () => detectPlates(ctx.text))
      .filter((c) => c.publicVehicle)
      .map((c) => ({ start: c.start, end: c.end }));
  },
});
