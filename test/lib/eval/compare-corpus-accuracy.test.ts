import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareVersions } from '../../../lib/compare/compare-versions';
import { CompareExpectationSchema, scoreComparePairs } from '../../../lib/eval/compare-corpus';

const CORPORA = ['compare', 'compare-b'].map((name) =>
  join(import.meta.dirname, '../../fixtures', name),
);

const outcomes = CORPORA.flatMap((dir) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const read = (file: string) => readFileSync(join(dir, d.name, file), 'utf8');
      return {
        name: d.name,
        expected: CompareExpectationSchema.parse(JSON.parse(read('expected.json'))),
        predicted: compareVersions(read('old.txt'), read('new.txt')).changes,
      };
    }),
);
const score = scoreComparePairs(outcomes);

describe('labelled version pairs', () => {
  test('have at least 45 pairs', () => {
    expect(score.pairs).toBeGreaterThanOrEqual(45);
  });

  test('find changes with type and labels right: precision and recall at least 0.9', () => {
    expect({
      precision: score.precision >= 0.9,
      recall: score.recall >= 0.9,
      mismatches: score.mismatches,
    }).toEqual({
      precision: true,
      recall: true,
      mismatches: expect.any(Array),
    });
  });

  test('never report an article renumbered only by an insertion as modified', () => {
    expect(score.renumberedAsModified).toBe(0);
  });
});
