import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDocumentStructure } from '../../../lib/structure/parse-document-structure';
import { expectTextsMatchOffsets, expectWellFormed } from './structure-invariants';

/** Pieces drafts are made of, so random mixes reach the parser's branches, not just its guards. */
const PIECES = [
  '第',
  '条',
  '章',
  '节',
  '编',
  '部分',
  '款',
  '项',
  '（',
  '）',
  '(',
  ')',
  '一',
  '二',
  '十',
  '百',
  '零',
  '两',
  '、',
  '〔',
  '〕',
  '[',
  ']',
  '【',
  '】',
  '号',
  '字',
  '\n',
  '\r\n',
  '\r',
  '\u3000',
  ' ',
  '\u00a0',
  '0',
  '1',
  '2',
  '9',
  '０',
  '１',
  '2022',
  '22',
  '年',
  '月',
  '日',
  '.',
  '．',
  '-',
  '附件',
  '：',
  ':',
  '抄送',
  '印发',
  '公开属性',
  '公开方式',
  '。',
  '，',
  '；',
  '关于',
  '的通知',
  '文件',
  '《',
  '》',
  '①',
  '⑴',
  '⒈',
  '★',
  '秘密',
  '特急',
  '人民政府',
  '办公室',
  '此件公开发布',
  '庆政发',
  '—',
  '\u200b',
];

const draft = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 200 })
  .map((pieces) => pieces.join(''));

function check(text: string): void {
  let structure: ReturnType<typeof parseDocumentStructure> | undefined;
  expect(() => {
    structure = parseDocumentStructure(text);
  }).not.toThrow();
  expectWellFormed(text, structure!);
  expectTextsMatchOffsets(text, structure!);
}

describe('parseDocumentStructure on arbitrary input', () => {
  test('never throws on random mixes of numbering markers and returns ordered offsets that cover its texts', () => {
    fc.assert(fc.property(draft, check), { numRuns: 2000 });
  });

  test('never throws on random Unicode, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), { numRuns: 1000 });
  });

  test('never throws on random lines of markers joined by line breaks', () => {
    const lines = fc.array(draft, { maxLength: 30 }).map((ls) => ls.join('\n'));
    fc.assert(fc.property(lines, check), { numRuns: 500 });
  });
});
