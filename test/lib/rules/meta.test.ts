import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RuleMetaSchema, type Rule } from '../../../lib/engine/define-rule';
import { RULES } from '../../../lib/rules';

const ROOT = join(import.meta.dirname, '../../..');
const RULES_DIR = join(ROOT, 'lib/rules');
/** Files in a category folder that are shared helpers, not rules. */
const NOT_RULES = new Set(['basis.ts', 'effective-disclosure.ts', 'policy-pairs.ts']);

const ruleFiles = readdirSync(RULES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(RULES_DIR, d.name))
      .filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f))
      .map((f) => ({ category: d.name, name: f.replace(/\.ts$/, '') })),
  );

describe('rule conventions', () => {
  test('there are rule files to check', () => {
    expect(ruleFiles.length).toBeGreaterThanOrEqual(15);
  });

  test.each(ruleFiles)(
    '$category/$name is one well-formed, registered, tested rule',
    async ({ category, name }) => {
      const mod = (await import(join(RULES_DIR, category, `${name}.ts`))) as { default: Rule };
      const rule = mod.default;
      expect(RuleMetaSchema.safeParse(rule.meta).success).toBe(true);
      expect(rule.meta.id).toBe(`${category}/${name}`);
      expect(rule.meta.category).toBe(category);
      expect(RULES).toContain(rule);
      if (category === 'personal-data') expect(rule.meta.message.zh).toContain('{value}');
      expect(rule.options.safeParse(undefined).success).toBe(true);
      expect(existsSync(join(ROOT, 'test/lib/rules', category, `${name}.test.ts`))).toBe(true);
      expect(existsSync(join(ROOT, 'test/fixtures/rules', category, `${name}.json`))).toBe(true);
    },
  );

  test('disclosure messages cite the article of the 条例 they apply', () => {
    for (const rule of RULES.filter((r) => r.meta.category === 'disclosure')) {
      expect({
        id: rule.meta.id,
        cites: /条例[^。]*第[一二三四五六七八九十]+条/.test(rule.meta.message.zh),
      }).toEqual({
        id: rule.meta.id,
        cites: true,
      });
    }
  });

  test('rule ids are unique and every registered rule has a file', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(ruleFiles.map((f) => `${f.category}/${f.name}`).sort());
  });
});

describe('shipped data: surnames.json', () => {
  const data = JSON.parse(readFileSync(join(ROOT, 'lib/detectors/surnames.json'), 'utf8')) as {
    single: string;
    compound: string[];
  };
  const single = [...data.single];

  test('single surnames are Han characters, sorted, without duplicates', () => {
    expect(single.every((c) => /^[\u4e00-\u9fff]$/.test(c))).toBe(true);
    expect(single).toEqual([...single].sort());
    expect(new Set(single).size).toBe(single.length);
  });

  test('compound surnames are two Han characters, sorted, without duplicates', () => {
    expect(data.compound.every((c) => /^[\u4e00-\u9fff]{2}$/.test(c))).toBe(true);
    expect(data.compound).toEqual([...data.compound].sort());
    expect(new Set(data.compound).size).toBe(data.compound.length);
  });
});
