import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareVersions } from '../../../lib/compare/compare-versions';
import { ComparisonSchema, type Comparison } from '../../../lib/compare/schema';

const ROOT = join(import.meta.dirname, '../../fixtures/compare');
const read = (name: string, file: string) => readFileSync(join(ROOT, name, file), 'utf8');
const BASE_OLD = read('024-insert-and-edit', 'old.txt');
const BASE_NEW = read('024-insert-and-edit', 'new.txt');
const OUTLINE = read('015-outline-section-added', 'old.txt');

/** Pieces drafts are made of, so random mixes reach the structure parser's branches. */
const PIECES = [
  '第',
  '条',
  '章',
  '十',
  '一',
  '二',
  '三',
  '（',
  '）',
  '、',
  '。',
  '，',
  '；',
  '\n',
  '\r\n',
  '　',
  ' ',
  '元',
  '%',
  '日',
  '应当',
  '可以',
  '2022年7月1日',
  '１２',
  '\u200b',
  'x',
];

function expectWellFormed(comparison: Comparison, oldText: string, newText: string): void {
  expect(() => ComparisonSchema.parse(comparison)).not.toThrow();
  for (const c of comparison.changes) {
    for (const [start, end, text] of [
      [c.oldStart, c.oldEnd, oldText],
      [c.newStart, c.newEnd, newText],
    ] as const) {
      if (start === null || end === null) continue;
      expect(start).toBeLessThanOrEqual(end);
      expect(end).toBeLessThanOrEqual(text.length);
    }
  }
}

const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 40 }),
  insert: fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join('')),
});

function applyEdits(text: string, edits: Array<{ at: number; remove: number; insert: string }>) {
  let out = text;
  for (const e of edits) {
    const at = e.at % (out.length + 1);
    out = out.slice(0, at) + e.insert + out.slice(at + e.remove);
  }
  return out;
}

describe('compareVersions is total and bounded', () => {
  test('random edits to a fixture never throw and give offsets inside the texts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(BASE_OLD, OUTLINE),
        fc.array(edit, { maxLength: 6 }),
        (text, edits) => {
          const changed = applyEdits(text, edits);
          expectWellFormed(compareVersions(text, changed), text, changed);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('random strings never throw', () => {
    const piecesText = fc
      .array(fc.constantFrom(...PIECES), { maxLength: 60 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), piecesText), fc.oneof(fc.string(), piecesText), (a, b) => {
        expectWellFormed(compareVersions(a, b), a, b);
      }),
      { numRuns: 200 },
    );
  });

  test('identical versions have no changes', () => {
    fc.assert(
      fc.property(fc.constantFrom(BASE_OLD, OUTLINE), fc.array(edit, { maxLength: 3 }), (t, e) => {
        const text = applyEdits(t, e);
        expect(compareVersions(text, text).changes).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  test('a 100k-character pair completes without hitting a bound', () => {
    const oldText = BASE_OLD.repeat(Math.ceil(100_000 / BASE_OLD.length));
    const newText = BASE_NEW.repeat(Math.ceil(100_000 / BASE_NEW.length));
    const comparison = compareVersions(oldText, newText);
    expectWellFormed(comparison, oldText, newText);
    expect(comparison.aborted).toBe(false);
    expect(comparison.changes.some((c) => c.type === 'modified')).toBe(true);
  });

  test('a total rewrite of 100k characters completes', () => {
    const oldText = BASE_OLD.repeat(Math.ceil(100_000 / BASE_OLD.length));
    const newText = read('012-total-rewrite', 'new.txt').repeat(300);
    const comparison = compareVersions(oldText, newText);
    expectWellFormed(comparison, oldText, newText);
    expect(comparison.changes.length).toBeGreaterThan(0);
  });

  test('a unit whose diff exceeds maxEditLength is replaced wholesale and flags aborted', () => {
    const comparison = compareVersions(BASE_OLD, BASE_NEW, { maxEditLength: 1 });
    expect(comparison.aborted).toBe(true);
    const modified = comparison.changes.filter((c) => c.type === 'modified');
    expect(modified.length).toBeGreaterThan(0);
    for (const c of modified) expect(c.phrases.map((p) => p.op)).toEqual(['delete', 'insert']);
  });

  test('a long unit is diffed by clause and word: a small edit stays a small phrase', () => {
    const clause = '有关部门应当加强对住房租赁补贴资金使用情况的监督检查，发现问题及时纠正。';
    const body = Array.from(
      { length: 80 },
      (_, k) => `${clause.slice(0, 10)}${k}${clause.slice(10)}`,
    ).join('');
    const oldText = `第一条 ${body}\n第二条 其他事项。\n`;
    const target = `${clause.slice(0, 10)}7${clause.slice(10)}`;
    const newText = oldText.replace(target, target.replace('及时纠正', '限期纠正'));
    expect(oldText.length).toBeGreaterThan(2000);
    const comparison = compareVersions(oldText, newText);
    expect(comparison.aborted).toBe(false);
    expect(comparison.changes).toHaveLength(1);
    const phrases = comparison.changes[0]!.phrases;
    expect(phrases.map((p) => p.text).join('').length).toBeLessThan(20);
  });

  test('a long unit in which every clause was edited is diffed clause by clause, not wholesale', () => {
    const clauses = Array.from({ length: 400 }, (_, k) => `各单位第${k}项工作应当按期完成。`);
    const oldText = `第一条 ${clauses.join('')}\n`;
    const newText = oldText.replaceAll('应当', '必须');
    expect(oldText.length).toBeGreaterThan(4000);
    const comparison = compareVersions(oldText, newText);
    expect(comparison.aborted).toBe(false);
    const phrases = comparison.changes[0]!.phrases;
    expect(phrases).toHaveLength(800);
    expect(new Set(phrases.map((p) => p.text))).toEqual(new Set(['应当', '必须']));
  });

  test.each([
    ['Chinese numerals', '一二三四五六七八九十'],
    ['digits', '1234567890'],
    ['amounts', '每月12元，'],
  ])('long runs of %s in a changed unit finish', (_name, piece) => {
    const body = piece.repeat(3000);
    const comparison = compareVersions(`第一条 ${body}。\n`, `第一条 ${body}。另行规定。\n`);
    expect(comparison.changes.map((c) => c.type)).toEqual(['modified']);
  });

  test('a long unit whose runs are too large for the segmenter falls back and flags aborted', () => {
    const a = `第一条 ${'甲乙丙丁'.repeat(1500)}\n`;
    const b = `第一条 ${'甲乙丙丁'.repeat(1499)}戊己\n`;
    const comparison = compareVersions(a, b);
    expect(comparison.changes).toHaveLength(1);
    expect(comparison.aborted).toBe(true);
  });
});
