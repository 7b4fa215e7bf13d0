import { foldWidth } from './fold-width';
import { isBlank, splitLines } from './split-lines';
import type { Line } from './split-lines';

/** The input with its folded twin and its lines, shared by the parsing passes. */
export interface SourceText {
  readonly text: string;
  /** foldWidth(text): same length, so offsets agree. */
  readonly folded: string;
  readonly lines: readonly Line[];
}

/** Prepares a text for the parsing passes. */
export function toSourceText(text: string): SourceText {
  return { text, folded: foldWidth(text), lines: splitLines(text) };
}

/** The line's content (without surrounding spaces) in the folded text. */
export function foldedContent(source: SourceText, line: Line): string {
  return source.folded.slice(line.contentStart, line.contentEnd);
}

/** The line's content as written. */
export function rawContent(source: SourceText, line: Line): string {
  return source.text.slice(line.contentStart, line.contentEnd);
}

/** Index of the first non-blank line at or after `from` and before `to`, or `to`. */
export function nextContentLine(
  source: SourceText,
  from: number,
  to = source.lines.length,
): number {
  let i = Math.max(0, from);
  while (i < to && isBlank(source.lines[i]!)) i++;
  return i;
}

/** The end of the last non-blank line in [from, to), or `fallback` when all are blank. */
export function lastContentEnd(
  source: SourceText,
  from: number,
  to: number,
  fallback: number,
): number {
  for (let i = Math.min(to, source.lines.length) - 1; i >= from; i--) {
    const line = source.lines[i]!;
    if (!isBlank(line)) return line.contentEnd;
  }
  return fallback;
}
