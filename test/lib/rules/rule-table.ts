import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { reviewDraft } from '../../../lib/engine/review';
import { RULES } from '../../../lib/rules';

/** A rule's table of cases: texts it must leave alone and texts with what it must find. */
const RuleTableSchema = z.object({
  title: z.string().default(''),
  valid: z.array(z.string()).min(1),
  invalid: z.array(z.object({ text: z.string(), found: z.array(z.string()).min(1) })).min(1),
});

const FIXTURES = join(import.meta.dirname, '../../fixtures/rules');
const NOW = new Date('2026-11-28T00:00:00Z');

/** Runs a rule's valid/invalid table from test/fixtures/rules/<id>.json through the engine. */
export function describeRuleTable(ruleId: string): void {
  const rule = RULES.find((r) => r.meta.id === ruleId);
  const table = RuleTableSchema.parse(
    JSON.parse(readFileSync(join(FIXTURES, `${ruleId}.json`), 'utf8')),
  );
  const findingsOf = (text: string) =>
    reviewDraft(
      { title: table.title, body: { format: 'text', content: text } },
      { now: NOW },
    ).findings.filter((f) => f.ruleId === ruleId && f.field === 'body');

  describe(ruleId, () => {
    test('is registered', () => {
      expect(rule).toBeDefined();
    });

    test.each(table.valid)('does not flag: %s', (text) => {
      expect(findingsOf(text).map((f) => text.slice(f.start!, f.end!))).toEqual([]);
    });

    test.each(table.invalid)('flags $found in: $text', ({ text, found }) => {
      const findings = findingsOf(text);
      expect(findings.map((f) => text.slice(f.start!, f.end!))).toEqual(found);
      for (const f of findings) {
        expect(f.kind).toBe(rule!.meta.kind);
        expect(f.severity).toBe(rule!.meta.severity);
        // An identifier that has a masked form never appears raw in what the user is shown.
        if (f.fix) {
          for (const value of found) {
            expect(f.excerpt).not.toContain(value);
            expect(f.message).not.toContain(value);
          }
        }
      }
    });
  });
}
