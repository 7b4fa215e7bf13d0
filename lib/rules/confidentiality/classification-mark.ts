import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { isMarkingPosition } from '../../detectors/marking-position';
import { BASIS } from './basis';

/** 密级★保密期限: after NFKC and mask folding the star reads as `*` (秘密*1年, 机密*会议开始前). */
const STAR_MARK =
  /(?:绝密|机密|秘密)\s{0,2}\*\s{0,2}(?:\d{1,3}\s{0,2}(?:年|个月|月)|长期|[^\s,。;*]{1,15}?(?:前|后|解密))?/g;
/** A 密级 field: 密级：秘密. */
const LEVEL_FIELD = /密\s{0,2}级\s{0,2}[:]?\s{0,2}(?:绝密|机密|秘密)/g;
/** A head line that holds only a level (GB/T 9704 places it top left). */
const LEVEL_LINE = /^[ \t]{0,8}(?:绝密|机密|秘密)[ \t]{0,8}$/gm;
/** Only the head of a document carries the level line. */
const HEAD_LINES = 8;

export default defineRule({
  meta: {
    id: 'confidentiality/classification-mark',
    category: 'confidentiality',
    kind: 'classification-mark',
    severity: 'block',
    profiles: ['general', 'epidemiological'],
    title: { zh: '国家秘密标志', en: 'State-secret classification mark' },
    message: {
      zh: '含国家秘密标志“{value}”，涉密文件禁止上网发布。',
      en: 'Contains the classification mark “{value}”; classified documents must never be published online.',
    },
    basis: [BASIS.secrecyLaw, BASIS.openGovRegulation, BASIS.siteGuideline, BASIS.gbt9704],
    fix: {
      zh: '停止发布，交保密审查；如已解密，删去标志并注明解密依据。',
      en: 'Stop and send it to the secrecy review; if declassified, remove the mark and note the basis.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    const hits = [];
    for (const m of ctx.text.matchAll(STAR_MARK))
      hits.push({ start: m.index, end: m.index + m[0].length });
    for (const m of ctx.text.matchAll(LEVEL_FIELD)) {
      if (isMarkingPosition(ctx.text, m.index, m.index + m[0].length))
        hits.push({ start: m.index, end: m.index + m[0].length });
    }
    let headEnd = 0;
    for (let i = 0; i < HEAD_LINES && headEnd !== -1; i++)
      headEnd = ctx.text.indexOf('\n', headEnd + 1);
    const head = headEnd === -1 ? ctx.text : ctx.text.slice(0, headEnd);
    for (const m of head.matchAll(LEVEL_LINE)) {
      const start = m.index + m[0].search(/\S/);
      hits.push({ start, end: start + m[0].trim().length });
    }
    return hits;
  },
});
