import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { reviewDraft } from '../../../lib/engine/review';
import { DraftFieldsSchema, TargetSchema } from '../../../lib/engine/schema';
import { RULES } from '../../../lib/rules';

/** A document rule's cases: whole drafts (with form fields, related documents, target) and whether it fires. */
const DocumentRuleTableSchema = z.object({
  cases: z
    .array(
      z.object({
        name: z.string(),
        title: z.string().default(''),
        body: z.string(),
        fields: DraftFieldsSchema.optional(),
        related: z.array(z.string()).default([]),
        /** The previous version of the draft, for the comparison rules. */
        previous: z.string().optional(),
        target: TargetSchema.optional(),
        fires: z.boolean(),
        /** Words the message must contain when it fires. */
        says: z.array(z.string()).default([]),
      }),
    )
    .min(4),
});

const FIXTURES = join(import.meta.dirname, '../../fixtures/rules');

/** Runs a document rule's table from test/fixtures/rules/<id>.json through the engine. */
export function describeDocumentRuleTable(ruleId: string): void {
  const rule = RULES.find((r) => r.meta.id === ruleId);
  const table = DocumentRuleTableSchema.parse(
    JSON.parse(readFileSync(join(FIXTURES, `${ruleId}.json`), 'utf8')),
  );

  describe(ruleId, () => {
    test('is registered as a document rule', () => {
      expect(rule?.meta.scope).toBe('document');
    });

    test.each(table.cases)(
      '$name',
      ({ title, body, fields, related, previous, target, fires, says }) => {
        const result = reviewDraft({
          title,
          body: { format: 'text', content: body },
          ...(fields ? { fields } : {}),
          related: [
            ...related.map((text) => ({
              role: 'related' as const,
              body: { format: 'text' as const, content: text },
            })),
            ...(previous
              ? [
                  {
                    role: 'previous' as const,
                    body: { format: 'text' as const, content: previous },
                  },
                ]
              : []),
          ],
          ...(target ? { target } : {}),
        });
        const findings = result.findings.filter((f) => f.ruleId === ruleId);
        expect(findings.length > 0).toBe(fires);
        for (const f of findings) {
          expect(f.severity).toBe(rule!.meta.severity);
          for (const word of says) expect(f.message).toContain(word);
        }
      },
    );
  });
}
