import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { reviewDraft } from '../../../lib/engine/review';
import { FindingSchema } from '../../../lib/engine/schema';

const NOW = new Date('2026-11-28T00:00:00Z');

/** Pieces the detectors react to; random mixes of them stress every pattern at once. */
const TOKENS = [
  '1',
  '0',
  '6',
  '2',
  'X',
  '*',
  '-',
  ' ',
  '　',
  '，',
  ':',
  '：',
  '、',
  '\n',
  '@',
  '.',
  'a',
  'E',
  'C',
  'G',
  '甘',
  'M',
  '·',
  '王',
  '欧阳',
  '某',
  '病例',
  '患者',
  '姓名：',
  '名单：',
  '住',
  '号',
  '号楼',
  '单元',
  '室',
  '村',
  '组',
  '路',
  '男',
  '女',
  '岁',
  '在',
  '公司',
  '工作',
  '籍贯',
  '时',
  '分',
  '聚餐',
  '身份证号',
  '手机',
  '银行卡号',
  '护照',
  '通行证',
  '０',
  '１',
  '\u200b',
  '\u00ad',
  '<p>',
  '</p>',
  '&nbsp;',
  '&#49;',
  '🙂',
  '\ud800',
];
const tokenText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 400 }).map((t) => t.join(''));
const anyText = fc.oneof(
  tokenText,
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

function checkResult(text: string, format: 'text' | 'html', title = '') {
  const result = reviewDraft({ title, body: { format, content: text } }, { now: NOW });
  for (const f of result.findings) {
    expect(FindingSchema.safeParse(f).success).toBe(true);
    const length = f.field === 'title' ? title.length : result.bodyText.length;
    expect(f.start).not.toBeNull();
    expect(f.start!).toBeLessThan(f.end!);
    expect(f.end!).toBeLessThanOrEqual(length);
    // Excerpts never carry an unmasked run of seven or more digits.
    expect(f.excerpt).not.toMatch(/[0-9０-９]{7,}/);
  }
}

describe('review of random and hostile input', () => {
  test('never throws and returns well-formed findings with offsets inside the text', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.constantFrom('text' as const, 'html' as const),
        fc.boolean(),
        (text, format, epidemic) => {
          checkResult(text, format, epidemic ? '确诊病例活动轨迹' : '');
        },
      ),
      { numRuns: 400 },
    );
  });

  /** Inputs built to make a careless pattern backtrack: long runs of what a detector almost matches. */
  const ADVERSARIAL: Array<[string, (n: number) => string]> = [
    ['digits', (n) => '1'.repeat(n)],
    ['digits and spaces', (n) => '138 '.repeat(n / 4)],
    ['digits and masks', (n) => '6*'.repeat(n / 2)],
    ['whitespace', (n) => ' '.repeat(n) + '男'],
    ['address tails', (n) => '一号楼'.repeat(n / 3)],
    ['roads', (n) => '路1'.repeat(n / 2)],
    ['name cues', (n) => '病例王'.repeat(n / 3)],
    ['list', (n) => '名单：' + '王、'.repeat(n / 2)],
    ['e-mail', (n) => 'a.'.repeat(n / 2) + '@'],
    ['plates', (n) => '甘M'.repeat(n / 2)],
    ['workplace', (n) => '在' + '某'.repeat(n) + '公司'],
    ['html', (n) => '<p>'.repeat(n / 3)],
    ['entities', (n) => '&'.repeat(n)],
  ];

  /** Median of three runs, to keep a busy machine from deciding the outcome. */
  function workFor(text: string): number {
    const samples = [0, 1, 2].map(() => {
      const t0 = performance.now();
      reviewDraft({ title: '病例通报', body: { format: 'text', content: text } }, { now: NOW });
      return performance.now() - t0;
    });
    return samples.sort((a, b) => a - b)[1]!;
  }

  test.each(ADVERSARIAL)(
    'work grows linearly on %s (4× the input costs < 10× the time)',
    (_name, make) => {
      const small = make(20_000);
      const large = make(80_000);
      checkResult(large, 'text');
      workFor(small); // warm-up
      const ratio = workFor(large) / Math.max(workFor(small), 0.5);
      expect(ratio).toBeLessThan(10);
    },
  );
});
