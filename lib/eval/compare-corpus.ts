import { z } from 'zod';
import type { Change } from '../compare/schema';

/** expected.json of a comparison pair: every change with its type and labels. */
export const CompareExpectationSchema = z.object({
  changes: z.array(
    z.object({
      type: z.string(),
      oldLabel: z.string().nullable(),
      newLabel: z.string().nullable(),
    }),
  ),
});
export type CompareExpectation = z.infer<typeof CompareExpectationSchema>;

export interface ComparePairScore {
  pairs: number;
  expected: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  /** Renumbered-only articles the engine called modified (must be zero). */
  renumberedAsModified: number;
  perType: Array<{ type: string; expected: number; predicted: number; correct: number }>;
  mismatches: string[];
}

const key = (c: { type: string; oldLabel: string | null; newLabel: string | null }) =>
  `${c.type}|${c.oldLabel ?? '-'}|${c.newLabel ?? '-'}`;

/** Scores comparisons against expectations: a change is right when type and both labels match. */
export function scoreComparePairs(
  outcomes: ReadonlyArray<{
    name: string;
    expected: CompareExpectation;
    predicted: readonly Change[];
  }>,
): ComparePairScore {
  let expected = 0;
  let predicted = 0;
  let correct = 0;
  let renumberedAsModified = 0;
  const perType = new Map<string, { expected: number; predicted: number; correct: number }>();
  const type = (t: string) => {
    let entry = perType.get(t);
    if (!entry) perType.set(t, (entry = { expected: 0, predicted: 0, correct: 0 }));
    return entry;
  };
  const mismatches: string[] = [];
  for (const o of outcomes) {
    const want = new Map<string, number>();
    for (const c of o.expected.changes) {
      want.set(key(c), (want.get(key(c)) ?? 0) + 1);
      type(c.type).expected++;
    }
    expected += o.expected.changes.length;
    predicted += o.predicted.length;
    for (const c of o.predicted) {
      type(c.type).predicted++;
      const k = key(c);
      const left = want.get(k) ?? 0;
      if (left > 0) {
        want.set(k, left - 1);
        correct++;
        type(c.type).correct++;
      } else {
        mismatches.push(`${o.name}  unexpected ${k}`);
        if (
          c.type === 'modified' &&
          o.expected.changes.some(
            (e) =>
              e.type === 'renumbered' && e.oldLabel === c.oldLabel && e.newLabel === c.newLabel,
          )
        ) {
          renumberedAsModified++;
        }
      }
    }
    for (const [k, left] of want) if (left > 0) mismatches.push(`${o.name}  missed ${k}`);
  }
  return {
    pairs: outcomes.length,
    expected,
    predicted,
    correct,
    precision: predicted === 0 ? 1 : correct / predicted,
    recall: expected === 0 ? 1 : correct / expected,
    renumberedAsModified,
    perType: [...perType.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([t, v]) => ({ type: t, ...v })),
    mismatches,
  };
}
