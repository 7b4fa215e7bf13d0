import { maskLongDigitRuns } from '../detectors/mask';

/** A span of personal data and how it may be shown. */
export interface MaskedSpan {
  start: number;
  end: number;
  shown: string;
}

const CONTEXT_CHARS = 12;

/**
 * Cuts a short excerpt around [start, end) of `text`, replacing every personal-data span
 * it touches by its masked form and masking stray long digit runs.
 */
export function buildExcerpt(
  text: string,
  start: number,
  end: number,
  masks: readonly MaskedSpan[],
): string {
  let from = Math.max(0, start - CONTEXT_CHARS);
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  // Never cut a masked span in half: a half would show its raw digits.
  for (const m of masks) {
    if (m.start < from && m.end > from) from = m.start;
    if (m.start < to && m.end > to) to = m.end;
  }
  const inside = masks
    .filter((m) => m.start >= from && m.end <= to)
    .sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = from;
  for (const m of inside) {
    if (m.start < cursor) continue;
    out += maskLongDigitRuns(text.slice(cursor, m.start)) + m.shown;
    cursor = m.end;
  }
  out += maskLongDigitRuns(text.slice(cursor, to));
  out = out.replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${out}${to < text.length ? '…' : ''}`;
}
