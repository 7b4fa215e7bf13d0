import { isSpaceCode } from './fold-width';

/** One line of the input: its bounds and the bounds of its content without surrounding spaces. */
export interface Line {
  /** Offset of the line's first unit. */
  readonly start: number;
  /** Offset of the line break (or the end of the text). */
  readonly end: number;
  /** Offset of the first non-space unit (= `end` for a blank line). */
  readonly contentStart: number;
  /** Offset just after the last non-space unit. */
  readonly contentEnd: number;
}

/** Whether a line holds nothing but spaces. */
export function isBlank(line: Line): boolean {
  return line.contentStart >= line.contentEnd;
}

function isBreak(code: number): boolean {
  // \v is Word's manual line break when it survives a paste; U+2028/2029 come from some editors.
  return code === 0x0a || code === 0x0d || code === 0x0b || code === 0x2028 || code === 0x2029;
}

/** Splits a text into lines at \n, \r\n, \r, \v, U+2028 and U+2029. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  let start = 0;
  while (start <= n) {
    let end = start;
    while (end < n && !isBreak(text.charCodeAt(end))) end++;
    let contentStart = start;
    while (contentStart < end && isSpaceCode(text.charCodeAt(contentStart))) contentStart++;
    let contentEnd = end;
    while (contentEnd > contentStart && isSpaceCode(text.charCodeAt(contentEnd - 1))) contentEnd--;
    lines.push({ start, end, contentStart, contentEnd });
    if (end >= n) break;
    const crlf = text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a;
    start = end + (crlf ? 2 : 1);
  }
  return lines;
}
