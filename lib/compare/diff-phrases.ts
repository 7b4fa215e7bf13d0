import { diffArrays, diffChars, diffWords } from 'diff';
import type { Phrase } from './schema';

/** Limits every jsdiff call shares; `deadline` is a Date.now() value for the whole comparison. */
export interface DiffBudget {
  timeoutMs: number;
  maxEditLength: number;
  longUnitChars: number;
  deadline: number;
}

/** The changed phrases of a unit, and whether a bound forced a wholesale replacement. */
export interface PhraseDiff {
  phrases: Phrase[];
  aborted: boolean;
}

interface Part {
  value: string;
  added: boolean;
  removed: boolean;
}

/** Runs of the same op merged; common text dropped (it separates phrases). */
function toPhrases(parts: readonly Part[]): Phrase[] {
  const phrases: Phrase[] = [];
  let joinable = false;
  for (const part of parts) {
    if (!part.added && !part.removed) {
      joinable = false;
      continue;
    }
    const op = part.added ? 'insert' : 'delete';
    const last = phrases[phrases.length - 1];
    if (joinable && last && last.op === op) last.text += part.value;
    else if (part.value !== '') phrases.push({ op, text: part.value });
    joinable = true;
  }
  return phrases;
}

function wholesale(oldText: string, newText: string): Phrase[] {
  const phrases: Phrase[] = [];
  if (oldText !== '') phrases.push({ op: 'delete', text: oldText });
  if (newText !== '') phrases.push({ op: 'insert', text: newText });
  return phrases;
}

function timeout(budget: DiffBudget): number {
  return Math.max(1, Math.min(budget.timeoutMs, budget.deadline - Date.now()));
}

let segmenter: Intl.Segmenter | null | undefined;

/** One word segmenter per process; null where the runtime has none (then characters are used). */
function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined)
    segmenter =
      typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter('zh', { granularity: 'word' })
        : null;
  return segmenter;
}

/** Splits after each sentence or clause end, keeping the marks: the unit of long diffs. */
function clauses(text: string): string[] {
  return text.match(/[^。；！？\n]*(?:[。；！？\n]+|$)/g)?.filter((c) => c !== '') ?? [];
}

/** Word diff of one replaced run of clauses, segmenting only that run. */
function diffRun(oldText: string, newText: string, budget: DiffBudget): Part[] | undefined {
  // The word segmenter is slow and memory-hungry on long strings: never give it a large run.
  if (oldText.length > budget.longUnitChars * 2 || newText.length > budget.longUnitChars * 2)
    return undefined;
  const seg = wordSegmenter();
  const options = { timeout: timeout(budget), maxEditLength: budget.maxEditLength };
  return seg
    ? diffWords(oldText, newText, { ...options, intlSegmenter: seg })
    : diffChars(oldText, newText, options);
}

function pushWhole(parts: Part[], removed: string, added: string): void {
  if (removed !== '') parts.push({ value: removed, added: false, removed: true });
  if (added !== '') parts.push({ value: added, added: true, removed: false });
}

/** Diffs one replaced run of clauses, pushing its parts; false when a bound forced a fallback. */
function diffReplacedRun(
  removed: string[],
  added: string[],
  budget: DiffBudget,
  parts: Part[],
): boolean {
  const oldText = removed.join('');
  const newText = added.join('');
  if (oldText === '' || newText === '') {
    pushWhole(parts, oldText, newText);
    return true;
  }
  const whole = Date.now() < budget.deadline ? diffRun(oldText, newText, budget) : undefined;
  if (whole) {
    parts.push(...whole);
    return true;
  }
  // Too long for one word diff: when every clause was edited in place, diff them pairwise.
  if (removed.length !== added.length || removed.length < 2) {
    pushWhole(parts, oldText, newText);
    return false;
  }
  let ok = true;
  removed.forEach((clause, k) => {
    const run = Date.now() < budget.deadline ? diffRun(clause, added[k]!, budget) : undefined;
    if (run) parts.push(...run);
    else {
      ok = false;
      pushWhole(parts, clause, added[k]!);
    }
  });
  return ok;
}

function diffLong(oldText: string, newText: string, budget: DiffBudget): PhraseDiff {
  const clauseParts = diffArrays(clauses(oldText), clauses(newText), {
    timeout: timeout(budget),
    maxEditLength: budget.maxEditLength,
  });
  if (!clauseParts) return { phrases: wholesale(oldText, newText), aborted: true };
  const parts: Part[] = [];
  let aborted = false;
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    if (removed.length > 0 || added.length > 0)
      aborted = !diffReplacedRun(removed, added, budget, parts) || aborted;
    removed = [];
    added = [];
  };
  for (const part of clauseParts) {
    if (part.removed) removed.push(...part.value);
    else if (part.added) added.push(...part.value);
    else {
      flush();
      parts.push({ value: part.value.join(''), added: false, removed: false });
    }
  }
  flush();
  return { phrases: toPhrases(parts), aborted };
}

/**
 * The phrases inserted and deleted between two versions of a unit (canonical texts). Short
 * units are diffed by character; long ones clause by clause, then by word inside replaced
 * clauses. Every call is bounded; when a bound is hit the unit counts as replaced wholesale.
 */
export function diffPhrases(oldText: string, newText: string, budget: DiffBudget): PhraseDiff {
  if (oldText === newText) return { phrases: [], aborted: false };
  if (Date.now() >= budget.deadline) return { phrases: wholesale(oldText, newText), aborted: true };
  if (oldText.length > budget.longUnitChars || newText.length > budget.longUnitChars)
    return diffLong(oldText, newText, budget);
  const parts = diffChars(oldText, newText, {
    timeout: timeout(budget),
    maxEditLength: budget.maxEditLength,
  });
  if (!parts) return { phrases: wholesale(oldText, newText), aborted: true };
  return { phrases: toPhrases(parts), aborted: false };
}
