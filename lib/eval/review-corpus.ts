import { z } from 'zod';
import { DOCUMENT_CLASSES } from '../classify/classify-document';
import type { Finding } from '../engine/schema';

/** The categories the document-level corpus is labelled for. */
export const REVIEW_CATEGORIES = ['confidentiality', 'disclosure', 'interpretation'] as const;
type ReviewCategory = (typeof REVIEW_CATEGORIES)[number];

/** expected.json of a case: per category, the set of block and warn kinds; and the class. */
export const ReviewExpectationSchema = z.object({
  confidentiality: z.array(z.string()),
  disclosure: z.array(z.string()),
  interpretation: z.array(z.string()),
  class: z.enum(DOCUMENT_CLASSES),
  note: z.string().optional(),
});
export type ReviewExpectation = z.infer<typeof ReviewExpectationSchema>;

export interface CaseOutcome {
  name: string;
  expected: ReviewExpectation;
  /** Per category, the kinds of block and warn findings the engine reported. */
  predicted: Record<ReviewCategory, string[]>;
  predictedBlocks: Array<{ category: string; kind: string }>;
  predictedClass: string;
}

/** Reduces findings to what the corpus labels: per category, the set of block and warn kinds. */
export function predictedKinds(findings: readonly Finding[]): Record<ReviewCategory, string[]> {
  const out = {
    confidentiality: new Set<string>(),
    disclosure: new Set<string>(),
    interpretation: new Set<string>(),
  };
  for (const f of findings) {
    if (f.severity === 'info' || !(REVIEW_CATEGORIES as readonly string[]).includes(f.category))
      continue;
    out[f.category as ReviewCategory].add(f.kind);
  }
  return {
    confidentiality: [...out.confidentiality].sort(),
    disclosure: [...out.disclosure].sort(),
    interpretation: [...out.interpretation].sort(),
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

export interface RuleScore {
  rule: string;
  expected: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface ReviewCorpusScore {
  cases: number;
  /** Share of (case, category) pairs whose predicted set equals the expected set. */
  categoryAccuracy: number;
  /** Share of cases where every category matches. */
  caseAccuracy: number;
  /** Share of cases with a block finding that was not expected. */
  spuriousBlockRate: number;
  classAccuracy: number;
  rules: RuleScore[];
  mismatches: string[];
}

/** Scores outcomes: set equality per category and per case, spurious blocks, and precision/recall per rule. */
export function scoreReviewCorpus(outcomes: readonly CaseOutcome[]): ReviewCorpusScore {
  const rules = new Map<string, { expected: number; predicted: number; correct: number }>();
  const tally = (rule: string) => {
    let t = rules.get(rule);
    if (!t) rules.set(rule, (t = { expected: 0, predicted: 0, correct: 0 }));
    return t;
  };
  let categoryMatches = 0;
  let caseMatches = 0;
  let spurious = 0;
  let classMatches = 0;
  const mismatches: string[] = [];
  for (const o of outcomes) {
    let all = true;
    for (const category of REVIEW_CATEGORIES) {
      const expected = o.expected[category];
      const predicted = o.predicted[category];
      for (const kind of expected) tally(`${category}/${kind}`).expected++;
      for (const kind of predicted) {
        const t = tally(`${category}/${kind}`);
        t.predicted++;
        if (expected.includes(kind)) t.correct++;
      }
      if (sameSet(expected, predicted)) categoryMatches++;
      else {
        all = false;
        mismatches.push(
          `${o.name}  ${category}: expected [${expected.join(', ')}], got [${predicted.join(', ')}]`,
        );
      }
    }
    if (all) caseMatches++;
    const unexpectedBlock = o.predictedBlocks.some(
      (b) =>
        (REVIEW_CATEGORIES as readonly string[]).includes(b.category) &&
        !o.expected[b.category as ReviewCategory].includes(b.kind),
    );
    if (unexpectedBlock) spurious++;
    if (o.predictedClass === o.expected.class) classMatches++;
    else mismatches.push(`${o.name}  class: expected ${o.expected.class}, got ${o.predictedClass}`);
  }
  const n = Math.max(outcomes.length, 1);
  return {
    cases: outcomes.length,
    categoryAccuracy: categoryMatches / (n * REVIEW_CATEGORIES.length),
    caseAccuracy: caseMatches / n,
    spuriousBlockRate: spurious / n,
    classAccuracy: classMatches / n,
    rules: [...rules.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([rule, t]) => ({
        rule,
        ...t,
        precision: t.predicted === 0 ? 1 : t.correct / t.predicted,
        recall: t.expected === 0 ? 1 : t.correct / t.expected,
      })),
    mismatches,
  };
}
