import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocumentStructure } from '../../../lib/structure/parse-document-structure';
import { articleNumberOf, unitLabelPath } from '../../../lib/structure/unit-label-path';

const read = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../fixtures/structure', name), 'utf8');

const regulation = parseDocumentStructure(read('regulation-articles.txt'));
const parts = parseDocumentStructure(read('regulation-parts.txt'));
const outline = parseDocumentStructure(read('work-plan-outline.txt'));

/** Index of the unit whose line starts with `prefix` (after indentation). */
function unitAt(structure: typeof regulation, text: string, prefix: string): number {
  return structure.units.findIndex((u) => text.slice(u.start).trimStart().startsWith(prefix));
}

describe('unitLabelPath', () => {
  const regulationText = read('regulation-articles.txt');
  test.each([
    ['第三条　行政机关', '第三条'],
    ['（二）答复的期限', '第三条第一款第（二）项'],
    ['前款第（三）项', '第三条第二款'],
    ['申请人采用书面形式', '第四条第二款'],
    ['（一）属于本机关', '第六条第（一）项'],
    ['2．可以公开的', '第六条第（一）项第2目'],
    ['第二章', '第二章'],
  ])('cites the unit at %s as %s', (prefix, path) => {
    expect(unitLabelPath(regulation, unitAt(regulation, regulationText, prefix))).toBe(path);
  });

  test.each([
    ['第一节', '第二编第三章第一节'],
    ['第四章', '第二编第四章'],
    ['第十一条', '第十一条'],
  ])('cites %s above the articles as %s', (prefix, path) => {
    expect(unitLabelPath(parts, unitAt(parts, read('regulation-parts.txt'), prefix))).toBe(path);
  });

  test('joins outline markers as written', () => {
    const text = read('work-plan-outline.txt');
    expect(unitLabelPath(outline, unitAt(outline, text, '（1）公开收费项目'))).toBe(
      '二、（二）2、（1）',
    );
  });

  test.each([[-1], [9999], [1.5]])('returns an empty string for the index %s', (index) => {
    expect(unitLabelPath(regulation, index)).toBe('');
  });
});

describe('articleNumberOf', () => {
  const text = read('regulation-articles.txt');
  test.each([
    ['第五条', 5],
    ['3．不予公开的', 6],
    ['前款第（三）项', 3],
  ])('finds the article that holds %s: %i', (prefix, article) => {
    expect(articleNumberOf(regulation, unitAt(regulation, text, prefix))).toBe(article);
  });

  test('returns null above or outside articles', () => {
    expect(articleNumberOf(regulation, unitAt(regulation, text, '第一章'))).toBeNull();
    expect(articleNumberOf(outline, 0)).toBeNull();
  });
});
