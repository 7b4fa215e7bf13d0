/** The sorted character bigrams of a text, as numbers (a multiset). */
export function bigramSignature(text: string): Float64Array {
  const n = Math.max(0, text.length - 1);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
  return out.sort();
}

/**
 * Dice similarity 2|A∩B|/(|A|+|B|) of two bigram multisets, in [0, 1]; texts too short to have
 * bigrams are similar only when equal (`a`/`b` are their texts).
 */
export function bigramDice(x: Float64Array, y: Float64Array, a: string, b: string): number {
  if (x.length === 0 || y.length === 0) return a === b ? 1 : 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < x.length && j < y.length) {
    if (x[i]! === y[j]!) {
      common++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return (2 * common) / (x.length + y.length);
}
