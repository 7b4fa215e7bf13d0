import { isChineseNumeralChar, parseOrdinal } from './chinese-numeral';

/** The numbering shapes a body line can open with. */
export const MARKER_KINDS = [
  /** 第一编, 第一部分 */
  'part',
  /** 第一章 */
  'chapter',
  /** 第一节 */
  'section',
  /** 第一条 */
  'article',
  /** 一、 */
  'chinese-comma',
  /** （一） */
  'chinese-paren',
  /** 1. 1、 1． ⒈ */
  'arabic',
  /** (1) （1） 1) ① ⑴ */
  'arabic-paren',
] as const;
export type MarkerKind = (typeof MARKER_KINDS)[number];

/** A numbering marker at the start of a line. */
export interface UnitMarker {
  readonly kind: MarkerKind;
  /** The marker as written. */
  readonly label: string;
  readonly ordinal: number;
  /** Offset just after the marker. */
  readonly markerEnd: number;
  /** Offset just after a heading on the same line (第一章 总则), else `markerEnd`. */
  readonly headingEnd: number;
}

const MAX_CHINESE = 10;
const MAX_ARABIC = 4;
const MAX_HEADING_LINE = 40;
const MAX_RUN_IN_HEADING = 40;
const MAX_ARTICLE_CAPTION = 20;

/**
 * What may follow 第五条 when it is a citation that happens to start a wrapped line
 * (第五条规定的, 第五条第二款, 第五条、第六条) rather than the article itself.
 */
const REFERENCE_FOLLOWERS = new Set([
  '的',
  '之',
  '所',
  '中',
  '第',
  '、',
  ',',
  '，',
  '至',
  '到',
  '和',
  '与',
  '及',
  '或',
  '款',
  '项',
  '条',
  '.',
  '。',
  ';',
  ')',
]);
const REFERENCE_FOLLOWER_WORDS = [
  '规定',
  '有关',
  '修改',
  '删除',
  '增加',
  '明确',
  '所称',
  '适用',
] as const;

const SENTENCE_STOPS = new Set(['。', '!', '?', ';', ':']);

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** End of a run of Chinese numeral characters from `at`, at most `max` long. */
function chineseRun(folded: string, at: number, to: number, max: number): number {
  let j = at;
  while (j < to && j - at < max && isChineseNumeralChar(folded[j]!)) j++;
  return j;
}

function arabicRun(folded: string, at: number, to: number, max: number): number {
  let j = at;
  while (j < to && j - at < max && isDigit(folded.charCodeAt(j))) j++;
  return j;
}

/** A short heading line such as 第一章 总则: no sentence punctuation and not long. */
function isHeadingLine(folded: string, from: number, to: number): boolean {
  if (to - from > MAX_HEADING_LINE) return false;
  for (let i = from; i < to; i++) {
    const ch = folded[i]!;
    if (ch === ',' || ch === '。' || ch === ';') return false;
  }
  return true;
}

/** End of a run-in heading after `from` (一、总体要求。…): before the first stop, if it comes soon. */
function runInHeadingEnd(folded: string, from: number, to: number): number {
  let j = from;
  while (j < to && folded.charCodeAt(j) === 0x20) j++;
  const limit = Math.min(to, j + MAX_RUN_IN_HEADING + 1);
  for (let i = j; i < limit; i++) {
    if (SENTENCE_STOPS.has(folded[i]!)) return i > j ? i : from;
  }
  return to - j <= MAX_RUN_IN_HEADING && to > j ? to : from;
}

function isCitation(folded: string, after: number, to: number): boolean {
  if (after >= to) return false;
  if (REFERENCE_FOLLOWERS.has(folded[after]!)) return true;
  return REFERENCE_FOLLOWER_WORDS.some((w) => folded.startsWith(w, after));
}

/** After 第五条: an optional caption in brackets (第五条【适用范围】). */
function articleCaptionEnd(folded: string, after: number, to: number): number {
  const open = folded[after];
  const close = open === '(' ? ')' : open === '【' ? '】' : open === '[' ? ']' : '';
  if (!close) return after;
  const limit = Math.min(to, after + MAX_ARTICLE_CAPTION);
  for (let i = after + 1; i < limit; i++) if (folded[i] === close) return i + 1;
  return after;
}

function make(
  text: string,
  kind: MarkerKind,
  from: number,
  markerEnd: number,
  token: string,
  headingEnd = markerEnd,
): UnitMarker | null {
  const ordinal = parseOrdinal(token);
  if (ordinal === null) return null;
  return { kind, label: text.slice(from, markerEnd), ordinal, markerEnd, headingEnd };
}

function matchDi(text: string, folded: string, from: number, to: number): UnitMarker | null {
  const numberStart = from + 1;
  let numberEnd = arabicRun(folded, numberStart, to, MAX_ARABIC);
  if (numberEnd === numberStart) numberEnd = chineseRun(folded, numberStart, to, MAX_CHINESE);
  if (numberEnd === numberStart) return null;
  const token = folded.slice(numberStart, numberEnd);
  const unitChar = folded[numberEnd];
  let kind: MarkerKind;
  let markerEnd = numberEnd + 1;
  if (unitChar === '编') kind = 'part';
  else if (unitChar === '部' && folded[numberEnd + 1] === '分') {
    kind = 'part';
    markerEnd++;
  } else if (unitChar === '章') kind = 'chapter';
  else if (unitChar === '节') kind = 'section';
  else if (unitChar === '条') kind = 'article';
  else return null;
  if (isCitation(folded, markerEnd, to)) return null;
  if (kind === 'article') {
    return make(text, kind, from, markerEnd, token, articleCaptionEnd(folded, markerEnd, to));
  }
  // 第一章总则，明确了… in an interpretation describes a chapter; a real heading stands alone.
  if (!isHeadingLine(folded, from, to)) return null;
  return make(text, kind, from, markerEnd, token, to);
}

/**
 * The numbering marker that opens the line content folded[from, to), if any. `folded` is the
 * text after foldWidth; labels are sliced from `text`.
 */
export function matchUnitMarker(
  text: string,
  folded: string,
  from: number,
  to: number,
): UnitMarker | null {
  if (from >= to) return null;
  const first = folded[from]!;
  const code = folded.charCodeAt(from);
  if (first === '第') return matchDi(text, folded, from, to);
  if (code >= 0x2460 && code <= 0x2487) {
    return make(text, 'arabic-paren', from, from + 1, first);
  }
  if (code >= 0x2488 && code <= 0x249b) return make(text, 'arabic', from, from + 1, first);
  if (first === '(') {
    let end = chineseRun(folded, from + 1, to, 4);
    if (end > from + 1 && folded[end] === ')') {
      return make(text, 'chinese-paren', from, end + 1, folded.slice(from + 1, end));
    }
    end = arabicRun(folded, from + 1, to, 3);
    if (end > from + 1 && folded[end] === ')') {
      return make(text, 'arabic-paren', from, end + 1, folded.slice(from + 1, end));
    }
    return null;
  }
  if (isDigit(code)) {
    const end = arabicRun(folded, from, to, 3);
    const after = folded[end];
    // 1.5亿元 and 2022.5.19 open with digits and a point but are not markers.
    if (after === '、' || (after === '.' && !isDigit(folded.charCodeAt(end + 1)))) {
      return make(text, 'arabic', from, end + 1, folded.slice(from, end));
    }
    if (after === ')') return make(text, 'arabic-paren', from, end + 1, folded.slice(from, end));
    return null;
  }
  const end = chineseRun(folded, from, to, 4);
  if (end === from) return null;
  const after = folded[end];
  if (after !== '、' && !(after === '.' && !isDigit(folded.charCodeAt(end + 1)))) return null;
  const token = folded.slice(from, end);
  if (token.includes('两')) return null;
  return make(text, 'chinese-comma', from, end + 1, token, runInHeadingEnd(folded, end + 1, to));
}
