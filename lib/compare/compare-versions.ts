import { parseDocumentStructure } from '../structure/parse-document-structure';
import { alignBlocks, type Alignment, type BlockPair } from './align-blocks';
import { withoutPunctuation } from './canonical-text';
import { chooseBlockMode, comparisonBlocks, type ComparisonBlock } from './comparison-blocks';
import { diffPhrases, type DiffBudget } from './diff-phrases';
import { diffKeyFacts } from './key-facts';
import { summarizeKeyFact } from './key-fact-summary';
import {
  CompareOptionsSchema,
  type Change,
  type ChangeType,
  type CompareOptions,
  type Comparison,
  type KeyFactChange,
  type Phrase,
} from './schema';
import { summarizeChange, type Anchor } from './summarize-change';
import { sameLabel } from './same-label';

interface Draft {
  type: ChangeType;
  oldIndex: number | null;
  newIndex: number | null;
  phrases: Phrase[];
  anchor: Anchor | null;
  /** Sort key: the position in the new version (removed units: after their old predecessor). */
  position: number;
}

/**
 * For every new block, the anchor that cites it: the old label of the nearest in-order pair
 * before it (else after it), preferring one of the same kind. Linear, so that a total rewrite
 * with thousands of added units stays fast.
 */
function anchors(
  newBlocks: ComparisonBlock[],
  oldBlocks: ComparisonBlock[],
  oldOfNew: Map<number, number>,
): Array<Anchor | null> {
  const n = newBlocks.length;
  const before: Array<[number, number]> = new Array(n); // [same kind, any kind], -1 if none
  const after: Array<[number, number]> = new Array(n);
  const scan = (order: number[], into: Array<[number, number]>) => {
    const lastOfKind = new Map<string, number>();
    let lastAny = -1;
    for (const j of order) {
      into[j] = [lastOfKind.get(newBlocks[j]!.kind) ?? -1, lastAny];
      if (oldOfNew.has(j)) {
        const kind = newBlocks[j]!.kind;
        lastOfKind.set(kind, j);
        // 标题后增加一条 would cite the wrong thing: the title and lead anchor only their own kind.
        if (kind !== 'title' && kind !== 'lead') lastAny = j;
      }
    }
  };
  const indices = newBlocks.map((_, j) => j);
  scan(indices, before);
  scan([...indices].reverse(), after);
  const cite = (k: number, side: Anchor['side']): Anchor => ({
    label: oldBlocks[oldOfNew.get(k)!]!.label,
    side,
  });
  return indices.map((j) => {
    const [beforeSame, beforeAny] = before[j]!;
    const [afterSame, afterAny] = after[j]!;
    if (beforeSame >= 0) return cite(beforeSame, 'after');
    if (afterSame >= 0) return cite(afterSame, 'before');
    if (beforeAny >= 0) return cite(beforeAny, 'after');
    if (afterAny >= 0) return cite(afterAny, 'before');
    return null;
  });
}

function pairType(
  pair: BlockPair,
  oldBlock: ComparisonBlock,
  newBlock: ComparisonBlock,
): ChangeType | null {
  if (pair.moved) return 'moved';
  if (pair.kind === 'similar') return 'modified';
  return oldBlock.numbered && !sameLabel(oldBlock.label, newBlock.label) ? 'renumbered' : null;
}

function drafts(
  alignment: Alignment,
  oldBlocks: ComparisonBlock[],
  newBlocks: ComparisonBlock[],
  budget: DiffBudget,
): { drafts: Draft[]; aborted: boolean } {
  // Anchors cite units that stayed in order, so 增加 and 移至 point at stable neighbours.
  const oldOfNew = new Map<number, number>();
  const newOfOld = new Map<number, number>();
  for (const p of alignment.pairs) {
    newOfOld.set(p.old, p.new);
    if (!p.moved) oldOfNew.set(p.new, p.old);
  }
  const anchorOf = anchors(newBlocks, oldBlocks, oldOfNew);
  // Removed units are listed after the new position of their nearest paired predecessor.
  const pairedBefore = new Int32Array(oldBlocks.length);
  for (let i = 0, last = -1; i < oldBlocks.length; i++) {
    pairedBefore[i] = last;
    last = newOfOld.get(i) ?? last;
  }
  const out: Draft[] = [];
  let aborted = false;
  for (const pair of alignment.pairs) {
    const oldBlock = oldBlocks[pair.old]!;
    const newBlock = newBlocks[pair.new]!;
    const type = pairType(pair, oldBlock, newBlock);
    if (!type) continue;
    const diff = diffPhrases(oldBlock.key, newBlock.key, budget);
    aborted ||= diff.aborted;
    out.push({
      type,
      oldIndex: pair.old,
      newIndex: pair.new,
      phrases: diff.phrases,
      anchor: type === 'moved' ? (anchorOf[pair.new] ?? null) : null,
      position: pair.new,
    });
  }
  for (const j of alignment.added)
    out.push({
      type: 'added',
      oldIndex: null,
      newIndex: j,
      phrases: [{ op: 'insert', text: newBlocks[j]!.key }],
      anchor: anchorOf[j] ?? null,
      position: j,
    });
  for (const i of alignment.removed) {
    const before = pairedBefore[i]!;
    out.push({
      type: 'removed',
      oldIndex: i,
      newIndex: null,
      phrases: [{ op: 'delete', text: oldBlocks[i]!.key }],
      anchor: null,
      position: before + 0.5 + i / (oldBlocks.length + 1) / 2,
    });
  }
  out.sort((a, b) => a.position - b.position);
  return { drafts: out, aborted };
}

function toChange(d: Draft, oldBlocks: ComparisonBlock[], newBlocks: ComparisonBlock[]): Change {
  const oldBlock = d.oldIndex === null ? null : oldBlocks[d.oldIndex]!;
  const newBlock = d.newIndex === null ? null : newBlocks[d.newIndex]!;
  const summary = summarizeChange({ type: d.type, oldBlock, newBlock, anchor: d.anchor });
  const substantive =
    d.type === 'renumbered'
      ? false
      : d.type === 'modified'
        ? withoutPunctuation(oldBlock!.key) !== withoutPunctuation(newBlock!.key)
        : true;
  const common = { phrases: d.phrases, summary, substantive };
  const oldSide = (block: ComparisonBlock) => ({
    oldLabel: block.label,
    oldStart: block.start,
    oldEnd: block.end,
  });
  const newSide = (block: ComparisonBlock) => ({
    newLabel: block.label,
    newStart: block.start,
    newEnd: block.end,
  });
  const noOld = { oldLabel: null, oldStart: null, oldEnd: null };
  const noNew = { newLabel: null, newStart: null, newEnd: null };
  switch (d.type) {
    case 'added':
      return { type: 'added', ...common, ...noOld, ...newSide(newBlock!) };
    case 'removed':
      return { type: 'removed', ...common, ...oldSide(oldBlock!), ...noNew };
    case 'modified':
    case 'moved':
    case 'renumbered':
      return { type: d.type, ...common, ...oldSide(oldBlock!), ...newSide(newBlock!) };
  }
}

function keyFactsOf(
  changes: Change[],
  drafts: Draft[],
  oldBlocks: ComparisonBlock[],
  newBlocks: ComparisonBlock[],
): KeyFactChange[] {
  const facts: KeyFactChange[] = [];
  drafts.forEach((d, changeIndex) => {
    if (d.type === 'renumbered') return;
    const oldKey = d.oldIndex === null ? null : oldBlocks[d.oldIndex]!.key;
    const newKey = d.newIndex === null ? null : newBlocks[d.newIndex]!.key;
    if (oldKey === newKey) return;
    const label = changes[changeIndex]!.newLabel ?? changes[changeIndex]!.oldLabel;
    for (const f of diffKeyFacts(oldKey, newKey))
      facts.push({
        kind: f.kind,
        old: f.old,
        new: f.new,
        changeIndex,
        summary: summarizeKeyFact(label, f.kind, f.old, f.new),
      });
  });
  return facts;
}

/**
 * Compares two versions of a policy the way a 修改决定 describes them: units (条, 编章节 headings,
 * or 一、（一） outline units; lines when there are none) are paired by their text without their
 * numbers, so an insertion renumbers later units instead of modifying them; each change comes
 * with its changed phrases, a 修改决定-style summary and whether it is substantive, and changed
 * key facts (amounts, deadlines, modal verbs…) are listed apart. Bounded in time for any input:
 * a unit whose diff hits a bound is replaced wholesale and `aborted` is set.
 */
export function compareVersions(
  oldText: string,
  newText: string,
  options: CompareOptions = {},
): Comparison {
  const opts = CompareOptionsSchema.parse(options);
  const oldInput = typeof oldText === 'string' ? oldText : '';
  const newInput = typeof newText === 'string' ? newText : '';
  const oldStructure = parseDocumentStructure(oldInput);
  const newStructure = parseDocumentStructure(newInput);
  const mode = chooseBlockMode(oldStructure, newStructure);
  const oldBlocks = comparisonBlocks(oldInput, oldStructure, mode);
  const newBlocks = comparisonBlocks(newInput, newStructure, mode);
  const alignment = alignBlocks(oldBlocks, newBlocks, opts.minSimilarity);
  const budget: DiffBudget = {
    timeoutMs: opts.diffTimeoutMs,
    maxEditLength: opts.maxEditLength,
    longUnitChars: opts.longUnitChars,
    deadline: Date.now() + opts.totalBudgetMs,
  };
  const result = drafts(alignment, oldBlocks, newBlocks, budget);
  const changes = result.drafts.map((d) => toChange(d, oldBlocks, newBlocks));
  const keyFacts = keyFactsOf(changes, result.drafts, oldBlocks, newBlocks);
  return { changes, keyFacts, aborted: result.aborted };
}
