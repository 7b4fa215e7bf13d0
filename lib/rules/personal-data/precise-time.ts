import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { clauseAfter, clauseBefore } from '../../detectors/boundaries';
import { BASIS } from './basis';

/** Times to the minute: 14:32, 14时35分, 9点20分. */
const MINUTE_TIME =
  /(?<![\d.])(?<!\d:)(?:[01]?\d|2[0-3])\s*:\s*[0-5]\d(?![\d:])|(?<!\d)(?:[01]?\d|2[0-3])\s*[时点]\s*[0-5]?\d\s*分/g;
/** Opening hours, deadlines and publication stamps are not a person's movements. */
const NOT_MOVEMENT_BEFORE =
  /开放|营业|办公|工作时间|工作日|每日|每天|每周|周一至周[五六日]|节假日|服务时间|受理时间|咨询|热线|值班|采样时间|检测时间|接种时间|截至|截止|发布|更新|来源|会议|时间:$/;
const NOT_MOVEMENT_AFTER = /^\s*(?:前(?!往)|之前|以前|截止|止报|起实施|起执行|起施行)/;

export default defineRule({
  meta: {
    id: 'personal-data/precise-time',
    category: 'personal-data',
    kind: 'precise-time',
    severity: 'warn',
    profiles: ['epidemiological'],
    title: { zh: '精确到分钟的活动时间', en: 'Movement times to the minute' },
    message: {
      zh: '活动轨迹中的时间精确到分钟（{value}），只公布大致时段即可。',
      en: 'Movement time given to the minute ({value}); publish only an approximate period.',
    },
    basis: [BASIS.guideline103],
    fix: {
      zh: '改为“上午”“下午”“14时至15时”等时段。',
      en: 'Write a period such as 上午, 下午 or 14时至15时.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    const hits = [];
    for (const m of ctx.text.matchAll(MINUTE_TIME)) {
      const before = clauseBefore(ctx.text, m.index, 16);
      if (NOT_MOVEMENT_BEFORE.test(before)) continue;
      if (NOT_MOVEMENT_AFTER.test(clauseAfter(ctx.text, m.index + m[0].length, 6))) continue;
      hits.push({ start: m.index, end: m.index + m[0].length });
    }
    return hits;
  },
});
