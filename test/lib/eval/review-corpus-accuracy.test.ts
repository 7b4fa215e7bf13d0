import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { reviewDraft } from '../../../lib/engine/review';
import { draftFromCase } from '../../../lib/eval/load-review-case';
import {
  predictedKinds,
  ReviewExpectationSchema,
  scoreReviewCorpus,
  type CaseOutcome,
} from '../../../lib/eval/review-corpus';

const CORPORA = ['review-corpus', 'review-corpus-b'].map((name) =>
  join(import.meta.dirname, '../../fixtures', name),
);
const NOW = new Date('2026-11-28T00:00:00Z');

const outcomes: CaseOutcome[] = CORPORA.flatMap((corpus) =>
  readdirSync(corpus, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const read = (file: string) => {
        const path = join(corpus, d.name, file);
        return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
      };
      const related = read('related.txt');
      const fields = read('fields.json');
      const result = reviewDraft(
        draftFromCase({
          draft: read('draft.txt') ?? '',
          ...(related ? { related } : {}),
          ...(fields ? { fields } : {}),
        }),
        { now: NOW },
      );
      return {
        name: d.name,
        expected: ReviewExpectationSchema.parse(JSON.parse(read('expected.json')!)),
        predicted: predictedKinds(result.findings),
        predictedBlocks: result.findings.filter((f) => f.severity === 'block'),
        predictedClass: result.documentClass.class,
      };
    }),
);
const score = scoreReviewCorpus(outcomes);

describe('labelled document corpora (confidentiality, disclosure, interpretation)', () => {
  test('have at least 40 documents each, with hard negatives', () => {
    expect(score.cases).toBeGreaterThanOrEqual(120);
    const clean = outcomes.filter((o) => Object.values(o.predicted).every((k) => k.length === 0));
    expect(clean.length).toBeGreaterThanOrEqual(10);
  });

  test('gets the set of block and warn kinds right per category in at least 90% of documents', () => {
    expect({ caseAccuracy: score.caseAccuracy, mismatches: score.mismatches }).toEqual({
      caseAccuracy: expect.toSatisfy((x: number) => x >= 0.9),
      mismatches: expect.any(Array),
    });
  });

  test('raises a spurious block in no more than 5% of documents', () => {
    expect(score.spuriousBlockRate).toBeLessThanOrEqual(0.05);
  });

  test('classifies at least 90% of documents as labelled', () => {
    expect(score.classAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});
