import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { classifyDocument, type DocumentClass } from '../../../lib/classify/classify-document';

const CASES = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/classify/classes.json'), 'utf8'),
) as Array<{ title: string; text: string; class: DocumentClass }>;

test.each(CASES)(
  'classifies “$title” as $class, with evidence',
  ({ title, text, class: expected }) => {
    const result = classifyDocument({ title, text });
    expect(result.class).toBe(expected);
    expect(result.evidence.length).toBeGreaterThan(0);
  },
);
