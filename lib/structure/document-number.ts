import { foldWidth } from './fold-width';
import { DOCUMENT_NUMBER_PROBLEMS } from './schema';
import type { DocumentNumber, DocumentNumberProblem } from './schema';

/** Opening brackets a year is found in, with the closing ones they pair with. 〔 is the standard's. */
const OPEN_BRACKETS = new Set(['〔', '[', '(', '【', '〈', '〖', '﹝']);
const CLOSE_BRACKETS = new Set(['〕', ']', ')', '】', '〉', '〗', '﹞']);

/** Characters that end a 机关代字 when reading backwards from the bracket (依照国办发 → 国办发). */
const ISSUER_STOPS = new Set([
  '的',
  '了',
  '在',
  '据',
  '照',
  '按',
  '依',
  '与',
  '和',
  '或',
  '并',
  '及',
  '以',
  '于',
  '由',
  '对',
  '见',
  '为',
  '是',
  '将',
  '把',
  '被',
  '请',
  '等',
  '件',
  '号',
  '第',
  '年',
  '月',
  '日',
]);
/** Verbs that run into a cited number without punctuation (印发国办发〔2022〕8号). */
const ISSUER_LEAD_WORDS = [
  '印发',
  '转发',
  '根据',
  '按照',
  '依据',
  '参照',
  '执行',
  '落实',
  '贯彻',
  '关于',
  '通过',
  '结合',
  '对照',
  '废止',
] as const;

const MAX_ISSUER = 12;
const MAX_SPACES = 2;
const MAX_SERIAL = 6;

function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Reads up to `max` spaces from `at`; returns where they end. */
function skipSpaces(folded: string, at: number, max = MAX_SPACES): number {
  let j = at;
  while (j < folded.length && j - at < max && folded.charCodeAt(j) === 0x20) j++;
  return j;
}

function readDigits(folded: string, at: number, max: number): number {
  let j = at;
  while (j < folded.length && j - at < max && isDigit(folded.charCodeAt(j))) j++;
  return j;
}

/** The span of the 机关代字 before the bracket at `open`; start is -1 when there is none. */
function issuerStart(text: string, folded: string, open: number): { start: number; end: number } {
  let end = open;
  while (end > 0 && open - end < MAX_SPACES && folded.charCodeAt(end - 1) === 0x20) end--;
  let start = end;
  while (
    start > 0 &&
    end - start < MAX_ISSUER &&
    isCjk(folded.charCodeAt(start - 1)) &&
    !ISSUER_STOPS.has(folded[start - 1]!)
  ) {
    start--;
  }
  for (let round = 0; round < 3; round++) {
    const lead = ISSUER_LEAD_WORDS.find((w) => end - start > w.length && text.startsWith(w, start));
    if (!lead) break;
    start += lead.length;
  }
  return { start: end > start ? start : -1, end };
}

/** Parses a 文号 whose year bracket opens at `open`, or returns null. */
function parseAt(text: string, folded: string, open: number): DocumentNumber | null {
  const problems = new Set<DocumentNumberProblem>();
  let j = skipSpaces(folded, open + 1);
  let spaced = j > open + 1;
  const yearStart = j;
  j = readDigits(folded, j, 5);
  const yearLength = j - yearStart;
  if (yearLength !== 2 && yearLength !== 4) return null;
  const year = Number(folded.slice(yearStart, j));
  let k = skipSpaces(folded, j);
  spaced ||= k > j;
  if (!CLOSE_BRACKETS.has(folded[k] ?? '')) return null;
  const close = k;
  j = skipSpaces(folded, close + 1);
  spaced ||= j > close + 1;
  if (folded[j] === '字') {
    problems.add('zi');
    k = skipSpaces(folded, j + 1);
    spaced ||= k > j + 1;
    j = k;
  }
  if (folded[j] === '第') {
    problems.add('di');
    k = skipSpaces(folded, j + 1);
    spaced ||= k > j + 1;
    j = k;
  }
  const serialStart = j;
  j = readDigits(folded, j, MAX_SERIAL);
  if (j === serialStart) return null;
  const serialText = folded.slice(serialStart, j);
  k = skipSpaces(folded, j);
  spaced ||= k > j;
  if (folded[k] !== '号') return null;
  const end = k + 1;
  const issuer = issuerStart(text, folded, open);
  if (issuer.start < 0) return null;
  spaced ||= issuer.end < open;

  if (text[open] !== '〔' || text[close] !== '〕') problems.add('bracket');
  if (yearLength === 2) problems.add('year');
  if (serialText.length > 1 && serialText.startsWith('0')) problems.add('leading-zero');
  if (spaced) problems.add('space');
  // Report in the schema's order so callers and tests see a stable list.
  const ordered = DOCUMENT_NUMBER_PROBLEMS.filter((p) => problems.has(p));
  return {
    text: text.slice(issuer.start, end),
    start: issuer.start,
    end,
    issuerCode: text.slice(issuer.start, issuer.end),
    year,
    serial: Number(serialText),
    wellFormed: ordered.length === 0,
    problems: ordered,
  };
}

/**
 * Every 发文字号-shaped token in a text (机关代字 + bracketed year + serial + 号), well formed or not,
 * in order. `folded` is the text after foldWidth, when the caller already has it.
 */
export function scanDocumentNumbers(
  text: string,
  folded: string = foldWidth(text),
): DocumentNumber[] {
  const found: DocumentNumber[] = [];
  const n = Math.min(text.length, folded.length);
  for (let i = 0; i < n; i++) {
    const code = folded.charCodeAt(i);
    // Cheap test first: every opening bracket is ( [ or above U+3000.
    if (code !== 0x28 && code !== 0x5b && code < 0x3000) continue;
    if (!OPEN_BRACKETS.has(folded[i]!)) continue;
    const number = parseAt(text, folded, i);
    if (!number) continue;
    found.push(number);
    i = number.end - 1;
  }
  return found;
}
