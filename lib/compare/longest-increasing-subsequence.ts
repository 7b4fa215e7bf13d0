/**
 * Indices (into `values`) of one longest strictly increasing subsequence, in order; O(n log n).
 * Pairs whose new positions form it keep their relative order; the others moved.
 */
export function longestIncreasingSubsequence(values: readonly number[]): number[] {
  // Among equally long answers prefer the one that keeps the earliest elements: when two
  // articles swap, the one that moved up is reported as moved (第五条移至第三条之后).
  const n = values.length;
  const reversed = values.map((_, i) => -values[n - 1 - i]!);
  return longestIncreasingSubsequenceLastEnding(reversed)
    .map((i) => n - 1 - i)
    .reverse();
}

/** The classic patience algorithm; among ties it returns the subsequence that ends last. */
function longestIncreasingSubsequenceLastEnding(values: readonly number[]): number[] {
  const tails: number[] = [];
  const previous = new Int32Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out: number[] = [];
  let k = tails.length > 0 ? tails[tails.length - 1]! : -1;
  while (k >= 0) {
    out.push(k);
    k = previous[k]!;
  }
  return out.reverse();
}
