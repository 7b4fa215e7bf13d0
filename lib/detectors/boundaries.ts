/** No digit, letter or mask before: identifiers never start inside a longer token. */
export const TOKEN_START = '(?<![0-9A-Za-z*])';
/** No digit, letter or mask after: a masked tail (6210**…) makes the whole token masked. */
export const TOKEN_END = '(?![0-9A-Za-z*])';

/** Sentence and clause punctuation, after NFKC (，→, ：→: ；→; （→( ）→)). */
export const CLAUSE_BREAK = /[。;!?\n]/;

/** The text of the current clause before `start`, at most `max` characters back. */
export function clauseBefore(text: string, start: number, max = 30): string {
  const from = Math.max(0, start - max);
  const window = text.slice(from, start);
  let cut = -1;
  for (let i = window.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(window[i]!)) {
      cut = i;
      break;
    }
  }
  return window.slice(cut + 1);
}

/** The text from `end` to the end of the clause, at most `max` characters on. */
export function clauseAfter(text: string, end: number, max = 30): string {
  const window = text.slice(end, end + max);
  for (let i = 0; i < window.length; i++) {
    if (CLAUSE_BREAK.test(window[i]!)) return window.slice(0, i);
  }
  return window;
}

/** Whether a character is a CJK unified ideograph (the Han characters of Chinese text). */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}
