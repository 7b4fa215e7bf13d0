import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { canonicalText } from '../../../lib/compare/canonical-text';
import { diffKeyFacts } from '../../../lib/compare/key-facts';
import type { KeyFactKind } from '../../../lib/compare/schema';
import { smallEdit } from '../../../lib/compare/summarize-change';

type Case = [string, string, KeyFactKind[]];

const CASES: Case[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/compare/key-facts.json'), 'utf8'),
);

describe('diffKeyFacts', () => {
  test.each(CASES)('%s → %s changes %j', (oldText, newText, kinds) => {
    const got = diffKeyFacts(canonicalText(oldText), canonicalText(newText)).map((f) => f.kind);
    expect([...new Set(got)].sort()).toEqual([...kinds].sort());
  });

  test('an added unit reports its facts as new, but not its modal verbs', () => {
    expect(diffKeyFacts(null, '申请人应当在15个工作日内缴纳200元。')).toEqual([
      { kind: 'deadline', old: null, new: '15个工作日内' },
      { kind: 'amount', old: null, new: '200元' },
    ]);
  });
});

describe('canonicalText', () => {
  test.each([
    ['第九条　补贴为１２元（每月）', '第九条补贴为12元（每月）'],
    ['a,b;c:d', 'a，b；c：d'],
    ['甲\r\n\r\n乙\r丙', '甲\n乙\n丙'],
    ['\n\n  首行\n', '首行'],
    ['零\u200b宽', '零宽'],
  ])('reads %j as %j', (input, output) => {
    expect(canonicalText(input)).toBe(output);
  });
});

describe('smallEdit', () => {
  test.each([
    ['应当在三十日内作出决定', '应当在十五日内作出决定', '三十日', '十五日'],
    ['标准为每月12元', '标准为每月15元', '12元', '15元'],
    ['压缩至3个工作日以内', '压缩至1个工作日以内', '3个工作日', '1个工作日'],
    ['企业可以申请', '企业应当申请', '可以', '应当'],
  ])('cites %s → %s as “%s” → “%s”', (a, b, from, to) => {
    expect(smallEdit(a, b)).toMatchObject({ from, to });
  });

  test('gives up on an edit too long to cite in a sentence', () => {
    expect(smallEdit('甲'.repeat(10), '乙'.repeat(40))).toBeNull();
  });
});
