import { MappedTextBuilder, type MappedText } from './mapped-text';

/** Characters removed before checking: zero-width marks, soft hyphen and bidi controls. */
function isInvisible(code: number): boolean {
  return (
    code === 0xad ||
    code === 0x34f ||
    code === 0x61c ||
    code === 0x115f ||
    code === 0x1160 ||
    code === 0x17b4 ||
    code === 0x17b5 ||
    code === 0x180e ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x206f) ||
    code === 0xfeff
  );
}

/** Mask symbols that NFKC leaves alone but officials use like `*` (138××××5678, 张●●). */
const MASK_SYMBOLS = new Set([
  '×',
  '✕',
  '●',
  '○',
  '■',
  '□',
  '◆',
  '◇',
  '★',
  '☆',
  '✱',
  '⁎',
  '∗',
  '✳',
]);

/** Separators typed inside identifiers: 138 1234 5678, 0934-8612345, 6210 0219 9001 0112 39. */
const DIGIT_SEPARATORS = new Set([
  ' ',
  '-',
  '\u2010',
  '\u2011',
  '\u2012',
  '\u2013',
  '\u2014',
  '\u2212',
]);

/** Joined digit runs are identifier-sized: mobiles and landlines (10–13 with 86), IDs and cards (15–19). */
const JOIN_MIN_DIGITS = 10;
const JOIN_MAX_DIGITS = 19;

const nfkcCache = new Map<string, string>();

function nfkc(ch: string): string {
  const code = ch.charCodeAt(0);
  // ASCII and the unified CJK ideographs are NFKC-stable; skip the call for them.
  if (code < 0x80 || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf))
    return ch;
  let out = nfkcCache.get(ch);
  if (out === undefined) {
    out = ch.normalize('NFKC');
    if (MASK_SYMBOLS.has(ch)) out = '*';
    if (nfkcCache.size < 4096) nfkcCache.set(ch, out);
  }
  return out;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Whether NFKC leaves a UTF-16 unit unchanged and it is no mask symbol or invisible mark. */
function isStable(code: number): boolean {
  return (
    code < 0x80 ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    // 、。〃 and the CJK brackets 〈〉《》「」『』【】〔〕〖〗 are NFKC-stable.
    (code >= 0x3001 && code <= 0x3017)
  );
}

/** Applies NFKC and drops invisible characters, remembering each unit's source span. */
function foldCharacters(source: string): MappedText {
  const out = new MappedTextBuilder(source.length);
  let i = 0;
  while (i < source.length) {
    if (isStable(source.charCodeAt(i))) {
      // Fast path: runs of ASCII and Han text, the bulk of any draft, are copied as they are.
      let j = i + 1;
      while (j < source.length && isStable(source.charCodeAt(j))) j++;
      out.pushVerbatim(source, i, j);
      i = j;
      continue;
    }
    const code = source.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < source.length ? 2 : 1;
    const ch = source.slice(i, i + width);
    if (!isInvisible(code)) out.push(nfkc(ch), i, i + width);
    i += width;
  }
  return out.build();
}

interface DigitGroup {
  start: number;
  end: number;
}

/** Reads the digit groups of a run such as `138 1234 5678` starting at `start`. */
function readDigitGroups(text: string, start: number): DigitGroup[] {
  const groups: DigitGroup[] = [];
  let i = start;
  for (;;) {
    const groupStart = i;
    while (isDigit(text[i])) i++;
    // A trailing X is a valid last character of an ID number (GB 11643 check digit).
    if ((text[i] === 'X' || text[i] === 'x') && !/[0-9A-Za-z]/.test(text[i + 1] ?? '')) i++;
    groups.push({ start: groupStart, end: i });
    if (groups.length >= JOIN_MAX_DIGITS || text[i - 1] === 'X' || text[i - 1] === 'x')
      return groups;
    let j = i;
    let hyphens = 0;
    while (j < text.length && j - i < 3 && DIGIT_SEPARATORS.has(text[j]!)) {
      if (text[j] !== ' ') hyphens++;
      j++;
    }
    if (j === i || hyphens > 1 || !isDigit(text[j])) return groups;
    i = j;
  }
}

/** Removes spaces and hyphens inside identifier-sized digit runs; dates and amounts stay apart. */
function joinDigitRuns(folded: MappedText): MappedText {
  const text = folded.text;
  const out = new MappedTextBuilder(folded.sourceLength, text.length);
  const copy = (from: number, to: number) => out.pushMapped(folded, from, to);
  let i = 0;
  let copiedUpTo = 0;
  while (i < text.length) {
    if (!isDigit(text[i]) || isDigit(text[i - 1])) {
      i++;
      continue;
    }
    const groups = readDigitGroups(text, i);
    const last = groups[groups.length - 1]!;
    const digits = groups.reduce((sum, g) => sum + g.end - g.start, 0);
    if (groups.length > 1 && digits >= JOIN_MIN_DIGITS && digits <= JOIN_MAX_DIGITS) {
      copy(copiedUpTo, i);
      for (const g of groups) copy(g.start, g.end);
      copiedUpTo = last.end;
    }
    i = last.end;
  }
  if (copiedUpTo === 0) return folded;
  copy(copiedUpTo, text.length);
  return out.build();
}

/**
 * Normalises text for checking (NFKC, invisible characters removed, separators inside
 * identifier-sized digit runs removed) and keeps a map back to the original.
 */
export function normalizeText(source: string): MappedText {
  return joinDigitRuns(foldCharacters(source));
}
