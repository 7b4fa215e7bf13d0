import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { clauseBefore, clauseAfter } from '../../detectors/boundaries';
import { BASIS } from './basis';

/** What a person did at a place, which releases should not describe (103号; list: RULES §1.3). */
const ACTIVITY =
  /聚餐|聚会|宴请|婚宴|寿宴|生日宴|喝酒|饮酒|醉酒|打麻将|麻将|打牌|KTV|唱歌|歌厅|舞厅|跳舞|洗浴|洗澡|足浴|按摩|桑拿|推拿|酒吧|夜店|网吧|约会|相亲|打游戏|游戏厅|台球|开房|同居|留宿|过夜/g;
/** Closures and rules about venues are measures, not a case's activities. */
const MEASURE_BEFORE =
  /暂停|关闭|停止|禁止|不得|严禁|暂缓|恢复|开放|减少|避免|不聚集|取消|劝导|倡导|提倡|少/;
/** A venue's name continues after the word: 洗浴中心, 足浴店, 酒吧一条街. */
const VENUE_AFTER = /^(?:中心|会所|城|店|馆|厅|一条街|场所|室)/;
const MEASURE_AFTER = /^[、,]?(?:等)?(?:场所|娱乐场所|聚集性活动|活动一律|营业)/;

export default defineRule({
  meta: {
    id: 'personal-data/activity',
    category: 'personal-data',
    kind: 'activity',
    severity: 'warn',
    profiles: ['epidemiological'],
    title: { zh: '具体活动内容', en: 'Details of what a case did' },
    message: {
      zh: '活动轨迹描述了具体活动内容（{value}），只写场所和区域即可，避免敏感词汇。',
      en: 'The trajectory describes what the person did ({value}); give only the place and area.',
    },
    basis: [BASIS.guideline103],
    fix: {
      zh: '删去活动内容，只保留“到访某场所”。',
      en: 'Remove the activity; keep “visited a venue”.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    const hits = [];
    for (const m of ctx.text.matchAll(ACTIVITY)) {
      if (MEASURE_BEFORE.test(clauseBefore(ctx.text, m.index, 12))) continue;
      if (MEASURE_AFTER.test(clauseAfter(ctx.text, m.index + m[0].length, 8))) continue;
      // 某KTV, 洗浴中心, 酒吧一条街 name a venue (where), not what the person did there.
      if (
        ctx.text[m.index - 1] === '某' ||
        VENUE_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3))
      )
        continue;
      hits.push({ start: m.index, end: m.index + m[0].length });
    }
    return hits;
  },
});
