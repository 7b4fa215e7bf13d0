import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { canonicalText } from '../../../lib/compare/canonical-text';
import { compareVersions } from '../../../lib/compare/compare-versions';
import { formatComparisonTable } from '../../../lib/compare/format-comparison-table';
import { summarizeKeyFacts } from '../../../lib/compare/key-fact-summary';
import {
  CHANGE_TYPES,
  ComparisonSchema,
  KEY_FACT_KINDS,
  type ChangeType,
  type Comparison,
} from '../../../lib/compare/schema';

const ROOT = join(import.meta.dirname, '../../fixtures/compare');

interface Expected {
  changes: Array<{ type: ChangeType; oldLabel: string | null; newLabel: string | null }>;
  keyFacts: string[];
}

interface Fixture {
  name: string;
  old: string;
  new: string;
  expected: Expected;
}

const FIXTURES: Fixture[] = readdirSync(ROOT)
  .filter((d) => /^\d{3}-/.test(d))
  .sort()
  .map((name) => ({
    name,
    old: readFileSync(join(ROOT, name, 'old.txt'), 'utf8'),
    new: readFileSync(join(ROOT, name, 'new.txt'), 'utf8'),
    expected: JSON.parse(readFileSync(join(ROOT, name, 'expected.json'), 'utf8')) as Expected,
  }));

const RESULTS = new Map<string, Comparison>(
  FIXTURES.map((f) => [f.name, compareVersions(f.old, f.new)]),
);

function result(f: Fixture): Comparison {
  return RESULTS.get(f.name)!;
}

/** Summary shapes of a 修改决定, one per change type. */
const SUMMARY_STYLE: Record<ChangeType, RegExp> = {
  added: /^(?:(?:.+[前后])?增加一[条章节编项段]，作为.+|增加标题)：“[^”]*”。$/,
  removed: /^删去.+。$/,
  modified:
    /^(?:将.+中的“.+”修改为“.+”。|在.+中的“.+”后增加“.+”。|删去.+中的“.+”。|.+修改为：“.+”。|.+增加一款，作为第.+款：“.+”。|删去.+第.+款。)(?:该.改为.+。)?$/,
  moved: /^.+移至.+之[前后](?:，并修改为：“.+”)?。$/,
  renumbered: /^.+改为.+（(?:条文|内容)未修改）。$/,
};

describe('compareVersions on the fixture pairs', () => {
  test('there are at least 20 fixture pairs', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(20);
  });

  test.each(FIXTURES)('$name: reports exactly the expected changes, in document order', (f) => {
    const got = result(f).changes.map((c) => ({
      type: c.type,
      oldLabel: c.oldLabel,
      newLabel: c.newLabel,
    }));
    expect(got).toEqual(f.expected.changes);
  });

  test.each(FIXTURES)('$name: reports the expected kinds of key fact', (f) => {
    const kinds = [...new Set(result(f).keyFacts.map((k) => k.kind))].sort();
    expect(kinds).toEqual([...new Set(f.expected.keyFacts)].sort());
  });

  test.each(FIXTURES)(
    '$name: returns a well-formed comparison with offsets inside the texts',
    (f) => {
      const comparison = result(f);
      expect(() => ComparisonSchema.parse(comparison)).not.toThrow();
      expect(comparison.aborted).toBe(false);
      for (const c of comparison.changes) {
        if (c.oldStart !== null && c.oldEnd !== null) {
          expect(c.oldStart).toBeLessThanOrEqual(c.oldEnd);
          expect(c.oldEnd).toBeLessThanOrEqual(f.old.length);
        }
        if (c.newStart !== null && c.newEnd !== null) {
          expect(c.newStart).toBeLessThanOrEqual(c.newEnd);
          expect(c.newEnd).toBeLessThanOrEqual(f.new.length);
        }
      }
      for (const k of comparison.keyFacts)
        expect(k.changeIndex).toBeLessThan(comparison.changes.length);
    },
  );

  test.each(FIXTURES)('$name: summaries follow the 修改决定 style of their type', (f) => {
    for (const c of result(f).changes) expect(c.summary).toMatch(SUMMARY_STYLE[c.type]);
  });

  test.each(FIXTURES)('$name: an article whose text did not change is never modified', (f) => {
    const body = (text: string, start: number | null, end: number | null) =>
      canonicalText(text.slice(start ?? 0, end ?? 0)).replace(/^[^\s]*?(?:条|、|）)/, '');
    for (const c of result(f).changes) {
      if (c.type !== 'modified') continue;
      expect(body(f.old, c.oldStart, c.oldEnd)).not.toBe(body(f.new, c.newStart, c.newEnd));
    }
  });

  test.each(FIXTURES)(
    '$name: renumbered and identical units carry no phrases or key facts',
    (f) => {
      const comparison = result(f);
      comparison.changes.forEach((c, i) => {
        if (c.type !== 'renumbered') return;
        expect(c.phrases).toEqual([]);
        expect(c.substantive).toBe(false);
        expect(comparison.keyFacts.some((k) => k.changeIndex === i)).toBe(false);
      });
    },
  );
});

describe('compareVersions: what the fixtures single out', () => {
  const byName = (slug: string) => FIXTURES.find((f) => f.name.endsWith(slug))!;

  test.each([
    ['punctuation-only', false],
    ['amount-changed', true],
    ['modal-changed', true],
  ])('%s: substantive is %s', (slug, substantive) => {
    const [change] = result(byName(slug)).changes;
    expect(change?.substantive).toBe(substantive);
  });

  test.each([
    ['amount-changed', '将第九条中的“12元”修改为“15元”。'],
    ['deadline-shortened', '将第七条中的“三十日”修改为“十五日”。'],
    ['modal-changed', '将第十一条中的“可以”修改为“应当”。'],
    ['date-changed', '将第十四条中的“2022年7月1日”修改为“2023年1月1日”。'],
    ['outline-deadline-changed', '将二、（一）中的“3个工作日”修改为“1个工作日”。'],
    ['article-deleted', '删去第十条。'],
    ['article-moved', '第八条移至第五条之后。'],
    ['paragraph-inserted', '第五条增加一款，作为第二款：“申请人应当对所提交材料的真实性负责。”。'],
  ])('%s: the first summary reads %s', (slug, summary) => {
    expect(result(byName(slug)).changes[0]?.summary).toBe(summary);
  });

  test('article-inserted: the added article is cited after its old neighbour', () => {
    expect(result(byName('article-inserted')).changes[0]?.summary).toMatch(
      /^第五条后增加一条，作为第六条：/,
    );
  });

  test('modal-changed: the key fact records the old and the new modal verb', () => {
    expect(result(byName('modal-changed')).keyFacts).toEqual([
      expect.objectContaining({ kind: 'modal', old: '可以', new: '应当', changeIndex: 0 }),
    ]);
  });

  test('modified units list the inserted and deleted phrases', () => {
    expect(result(byName('deadline-shortened')).changes[0]?.phrases).toEqual([
      { op: 'delete', text: '三' },
      { op: 'insert', text: '五' },
    ]);
  });

  test('formatComparisonTable gives one 修改前 | 修改后 | 说明 row per change', () => {
    const f = byName('amount-changed');
    const rows = formatComparisonTable(result(f), f.old, f.new);
    expect(rows).toEqual([
      {
        old: '第九条 住房租赁补贴标准为每平方米每月12元，保障面积按人均15平方米计算。',
        new: '第九条 住房租赁补贴标准为每平方米每月15元，保障面积按人均15平方米计算。',
        note: '将第九条中的“12元”修改为“15元”。',
      },
    ]);
  });

  test('formatComparisonTable leaves 修改前 empty for an added article', () => {
    const f = byName('article-inserted');
    const [first] = formatComparisonTable(result(f), f.old, f.new);
    expect(first).toEqual({
      old: '',
      new: '第六条 申请人应当提供身份证明和租赁合同等材料。',
      note: '第五条后增加一条，作为第六条：“申请人应当提供身份证明和租赁合同等材料。”。',
    });
  });

  test('summarizeKeyFacts numbers the 主要变化', () => {
    expect(summarizeKeyFacts(result(byName('amount-changed')))).toEqual([
      '1. 第九条：金额由“每平方米每月12元”调整为“每平方米每月15元”。',
    ]);
  });

  test('the closed sets are what the schema accepts', () => {
    expect(CHANGE_TYPES).toEqual(['added', 'removed', 'modified', 'moved', 'renumbered']);
    expect(KEY_FACT_KINDS).toHaveLength(7);
  });
});
