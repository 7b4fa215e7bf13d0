import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { BASIS } from './basis';

/** 籍贯 and 户籍: the cue and the place up to the end of the phrase. */
const NATIVE_PLACE =
  /(?:籍贯|户籍所在地|户籍地|户籍|祖籍|老家)(?![所管登派])(?:为|是|在|系|:)?\s{0,2}[\u4e00-\u9fff]{2,14}?(?=[,。;、()\s]|人|$)/g;

export default defineRule({
  meta: {
    id: 'personal-data/native-place',
    category: 'personal-data',
    kind: 'native-place',
    severity: 'warn',
    profiles: ['epidemiological'],
    title: { zh: '病例籍贯或户籍地', en: 'Native place of a case' },
    message: {
      zh: '流调信息写明了籍贯或户籍地（{value}），一般不予公开。',
      en: 'The release gives a native place ({value}), which epidemiological releases generally omit.',
    },
    basis: [BASIS.guideline103],
    fix: { zh: '删去籍贯、户籍地。', en: 'Remove the native place.' },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    return [...ctx.text.matchAll(NATIVE_PLACE)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      shown: m[0].replace(/^(籍贯|户籍所在地|户籍地|户籍|祖籍|老家).*$/, '$1**'),
    }));
  },
});
