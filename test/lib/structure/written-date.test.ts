import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { DateProblem } from '../../../lib/structure/schema';
import { parseWrittenDate } from '../../../lib/structure/written-date';

type Variant = [string, [number, number, number] | null, DateProblem[] | null];

const VARIANTS: Variant[] = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '../../fixtures/structure/written-date-variants.json'),
    'utf8',
  ),
);

describe('parseWrittenDate', () => {
  test.each(VARIANTS)('reads %s as %j', (input, ymd, problems) => {
    const date = parseWrittenDate(input);
    if (ymd === null) {
      expect(date).toBeNull();
      return;
    }
    const [year, month, day] = ymd;
    expect(date).toMatchObject({ year, month, day, problems, text: input });
  });

  test('reports the span of a date inside surrounding spaces', () => {
    expect(parseWrittenDate('\u3000\u30002022年5月19日 ')).toMatchObject({ start: 2, end: 12 });
  });
});
