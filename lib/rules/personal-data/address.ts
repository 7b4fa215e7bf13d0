import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { detectAddresses } from '../../detectors/address';
import { BASIS } from './basis';

/** Cuts an address back to what may be published: the part before its first number. */
function maskAddress(value: string): string {
  const cut = value.search(
    /(?<![\d一二三四五六七八九十])[\d一二三四五六七八九十]{1,6}(?:号|栋|幢|座|单元|组|社|队|室|层)/,
  );
  return (cut > 0 ? value.slice(0, cut) : '') + '**';
}

export default defineRule({
  meta: {
    id: 'personal-data/address',
    category: 'personal-data',
    kind: 'address',
    severity: 'block',
    profiles: ['general', 'epidemiological'],
    title: { zh: '精确到门牌的个人住址', en: 'House-level personal address' },
    message: {
      zh: '发现精确到楼栋、门牌或村组的个人住址 {value}；公开时只保留到小区、村或街道。',
      en: 'Personal address {value} precise to building, house or village group; publish only down to community or street.',
    },
    basis: [BASIS.masking, BASIS.cac2020, BASIS.guideline103],
    fix: {
      zh: '删去楼号、单元、室号或门牌号，只保留到小区（村）。',
      en: 'Remove building, unit, room or house numbers; keep the community or village.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    return detectAddresses(ctx.text)
      .filter((c) => {
        // 8栋301至806房 in a 风险区 notice is a range of flats, not somebody's home.
        if (
          c.level === 'room' &&
          ctx.signals.riskAreaNotice &&
          c.tie !== 'home' &&
          /^[至到~-]/.test(ctx.text.slice(c.end, c.end + 1))
        ) {
          return false;
        }
        if (c.level === 'room') return true;
        // A door number alone is often a shop or an office; it is private only when it is a home.
        if (c.level === 'door') return c.tie === 'home';
        // Building and unit are what a 风险区 notice publishes; a person's building is still private.
        return (
          c.tie !== 'none' &&
          !(ctx.signals.riskAreaNotice && c.tie === 'person' && c.level === 'building')
        );
      })
      .map((c) => ({
        start: c.start,
        end: c.end,
        shown: maskAddress(c.value),
        masked: maskAddress(c.value),
      }));
  },
});
