import { maskLongDigitRuns } from '../detectors/mask';

/** A span of personal data and how it may be shown. */
export interface MaskedSpan {
  start: number;
  end: number;
  shown: string;
}

const CONTEXT_CHARS = 12;

/** Index of the first span whose end is after `offset` (spans sorted by start, non-nested). */
function firstEndingAfter(masks: readonly MaskedSpan[], offset: number): number {
  let lo = 0;
  let hi = masks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (masks[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorts masked spans and drops those inside an earlier one, as buildExcerpt expects. */
export function prepareMasks(masks: readonly MaskedSpan[]): MaskedSpan[] {
  const sorted = [...masks].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MaskedSpan[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

/**
 * Cuts a short excerpt around [start, end) of `text`, replacing every personal-data span
 * it touches by its masked form and masking stray long digit runs. `masks` come from
 * prepareMasks (sorted, non-overlapping).
 */
export function buildExcerpt(
  text: string,
  start: number,
  end: number,
  masks: readonly MaskedSpan[],
): string {
  let from = Math.max(0, start - CONTEXT_CHARS);
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  let i = firstEndingAfter(masks, from);
  // Never cut a masked span in half: a half would show its raw digits.
  if (i < masks.length && masks[i]!.start < from) from = masks[i]!.start;
  let out = '';
  let cursor = from;
  for (; i < masks.length && masks[i]!.start < to; i++) {
    const m = masks[i]!;
    out += maskLongDigitRuns(text.slice(cursor, m.start)) + m.shown;
    cursor = m.end;
    to = Math.max(to, m.end);
  }
  out += maskLongDigitRuns(text.slice(cursor, to));
  out = out.replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${out}${to < text.length ? '…' : ''}`;
}
