import { bigramDice } from './bigram-dice';
import { signatureOf, type ComparisonBlock } from './comparison-blocks';
import { longestIncreasingSubsequence } from './longest-increasing-subsequence';

/** How two blocks were paired: same text (number aside) or similar text. */
export const PAIR_KINDS = ['identical', 'similar'] as const;
export type PairKind = (typeof PAIR_KINDS)[number];

/** Two blocks judged to be the same unit in the old and the new version. */
export interface BlockPair {
  old: number;
  new: number;
  kind: PairKind;
  /** Out of order relative to the pairs around it. */
  moved: boolean;
}

/** The pairing of two versions' blocks; unpaired blocks were removed or added. */
export interface Alignment {
  pairs: BlockPair[];
  removed: number[];
  added: number[];
}

/** How many candidates on either side of the expected position a block is compared with. */
const WINDOW = 10;
/** Above this many old×new leftovers, moved-and-edited units are not searched for. */
const MAX_LEFTOVER_PRODUCT = 4000;
/** Moved-and-edited units must be more alike than in-order ones, as nothing else supports them. */
const MOVED_SIMILARITY_BONUS = 0.15;

interface Candidate {
  old: number;
  new: number;
  score: number;
}

/** Pairs identical bodies in order of appearance: the k-th copy with the k-th copy. */
function pairIdentical(oldBlocks: ComparisonBlock[], newBlocks: ComparisonBlock[]): BlockPair[] {
  const queues = new Map<string, number[]>();
  newBlocks.forEach((b, j) => {
    const q = queues.get(b.key);
    if (q) q.push(j);
    else queues.set(b.key, [j]);
  });
  const heads = new Map<string, number>();
  const pairs: BlockPair[] = [];
  oldBlocks.forEach((b, i) => {
    const q = queues.get(b.key);
    const h = heads.get(b.key) ?? 0;
    if (!q || h >= q.length) return;
    heads.set(b.key, h + 1);
    pairs.push({ old: i, new: q[h]!, kind: 'identical', moved: false });
  });
  return pairs;
}

/** Preference for the pair at the same rank within a gap, when similarities are close. */
const SAME_RANK_BONUS = 0.2;

function crosses(accepted: Candidate[], c: Candidate): boolean {
  return accepted.some((a) => (a.old < c.old && a.new > c.new) || (a.old > c.old && a.new < c.new));
}

/** Greedy best-first pairing of candidates; `ordered` rejects pairs that cross accepted ones. */
function acceptBest(candidates: Candidate[], ordered: boolean): Candidate[] {
  candidates.sort((a, b) => b.score - a.score || a.old - b.old || a.new - b.new);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const accepted: Candidate[] = [];
  for (const c of candidates) {
    if (usedOld.has(c.old) || usedNew.has(c.new)) continue;
    if (ordered && crosses(accepted, c)) continue;
    usedOld.add(c.old);
    usedNew.add(c.new);
    accepted.push(c);
  }
  return accepted;
}

function similarity(a: ComparisonBlock, b: ComparisonBlock): number {
  return bigramDice(signatureOf(a), signatureOf(b), a.key, b.key);
}

/** Pairs the unpaired blocks of one gap between anchors by similarity, keeping their order. */
function pairGap(
  olds: number[],
  news: number[],
  oldBlocks: ComparisonBlock[],
  newBlocks: ComparisonBlock[],
  minSimilarity: number,
): Candidate[] {
  if (olds.length === 0 || news.length === 0) return [];
  const candidates: Candidate[] = [];
  olds.forEach((i, r) => {
    // Compare only with blocks near the proportional position: bounded work for a total rewrite.
    const expected = Math.round((r * news.length) / olds.length);
    const from = Math.max(0, expected - WINDOW);
    const to = Math.min(news.length, expected + WINDOW + 1);
    for (let k = from; k < to; k++) {
      const j = news[k]!;
      if (oldBlocks[i]!.kind !== newBlocks[j]!.kind) continue;
      const score = similarity(oldBlocks[i]!, newBlocks[j]!);
      // A document has one title: a renamed one is still the title, however different.
      if (score < minSimilarity && oldBlocks[i]!.kind !== 'title') continue;
      // A split or merged article keeps its number: 第七条 (A+B) → 第七条 (A) modified and
      // 第八条 (B) added, as a 修改决定 words it. Prefer the pair at the same rank in the gap.
      candidates.push({ old: i, new: j, score: score + (k === r ? SAME_RANK_BONUS : 0) });
    }
  });
  return acceptBest(candidates, true);
}

/**
 * Pairs the blocks of two versions without regard to their numbers: identical bodies first
 * (those out of order are moved), then similar bodies within each gap between in-order
 * identical pairs, then — when few remain — similar bodies across gaps (moved and edited).
 */
export function alignBlocks(
  oldBlocks: ComparisonBlock[],
  newBlocks: ComparisonBlock[],
  minSimilarity: number,
): Alignment {
  const identical = pairIdentical(oldBlocks, newBlocks);
  const inOrder = new Set(longestIncreasingSubsequence(identical.map((p) => p.new)));
  identical.forEach((p, k) => {
    p.moved = !inOrder.has(k);
  });
  const anchors = identical.filter((p) => !p.moved);
  const oldUsed = new Set(identical.map((p) => p.old));
  const newUsed = new Set(identical.map((p) => p.new));

  const similar: BlockPair[] = [];
  let oi = 0;
  let ni = 0;
  for (let a = 0; a <= anchors.length; a++) {
    const oldEnd = anchors[a]?.old ?? oldBlocks.length;
    const newEnd = anchors[a]?.new ?? newBlocks.length;
    const olds: number[] = [];
    const news: number[] = [];
    for (let i = oi; i < oldEnd; i++) if (!oldUsed.has(i)) olds.push(i);
    for (let j = ni; j < newEnd; j++) if (!newUsed.has(j)) news.push(j);
    for (const c of pairGap(olds, news, oldBlocks, newBlocks, minSimilarity)) {
      similar.push({ old: c.old, new: c.new, kind: 'similar', moved: false });
      oldUsed.add(c.old);
      newUsed.add(c.new);
    }
    oi = oldEnd + 1;
    ni = newEnd + 1;
  }

  const leftOld = oldBlocks.map((_, i) => i).filter((i) => !oldUsed.has(i));
  const leftNew = newBlocks.map((_, j) => j).filter((j) => !newUsed.has(j));
  if (leftOld.length * leftNew.length <= MAX_LEFTOVER_PRODUCT) {
    const candidates: Candidate[] = [];
    for (const i of leftOld)
      for (const j of leftNew) {
        if (oldBlocks[i]!.kind !== newBlocks[j]!.kind) continue;
        const score = similarity(oldBlocks[i]!, newBlocks[j]!);
        if (score >= Math.min(1, minSimilarity + MOVED_SIMILARITY_BONUS))
          candidates.push({ old: i, new: j, score });
      }
    for (const c of acceptBest(candidates, false)) {
      similar.push({ old: c.old, new: c.new, kind: 'similar', moved: true });
      oldUsed.add(c.old);
      newUsed.add(c.new);
    }
  }

  const pairs = [...identical, ...similar].sort((a, b) => a.new - b.new);
  return {
    pairs,
    removed: oldBlocks.map((_, i) => i).filter((i) => !oldUsed.has(i)),
    added: newBlocks.map((_, j) => j).filter((j) => !newUsed.has(j)),
  };
}
