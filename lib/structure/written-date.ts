import { isChineseDigit, parseChineseDigits, parseChineseNumeral } from './chinese-numeral';
import { foldWidth } from './fold-width';
import { DATE_PROBLEMS } from './schema';
import type { DateProblem, WrittenDate } from './schema';

interface Part {
  value: number;
  end: number;
  length: number;
  chinese: boolean;
}

const MAX_SPACES = 2;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function readArabic(folded: string, at: number, to: number, max: number): Part | null {
  let j = at;
  while (j < to && j - at < max && isDigit(folded.charCodeAt(j))) j++;
  if (j === at) return null;
  return { value: Number(folded.slice(at, j)), end: j, length: j - at, chinese: false };
}

function readYear(folded: string, at: number, to: number): Part | null {
  const arabic = readArabic(folded, at, to, 4);
  if (arabic) return arabic.length === 2 || arabic.length === 4 ? arabic : null;
  let j = at;
  while (j < to && j - at < 4 && isChineseDigit(folded[j]!)) j++;
  const value = parseChineseDigits(folded.slice(at, j));
  if (value === null || (j - at !== 2 && j - at !== 4)) return null;
  return { value, end: j, length: j - at, chinese: true };
}

/** A month or a day: 1–2 Arabic digits or a Chinese numeral up to 三十一. */
function readSmall(folded: string, at: number, to: number): Part | null {
  const arabic = readArabic(folded, at, to, 2);
  if (arabic) return arabic;
  let j = at;
  while (j < to && j - at < 3 && (isChineseDigit(folded[j]!) || folded[j] === '十')) j++;
  const value = parseChineseNumeral(folded.slice(at, j));
  if (value === null) return null;
  return { value, end: j, length: j - at, chinese: true };
}

function daysIn(year: number, month: number): number {
  const full = year < 100 ? 2000 + year : year;
  return new Date(Date.UTC(full, month, 0)).getUTCDate();
}

/**
 * Parses a date that fills folded[from, to) exactly: 2022年5月19日, 二〇二二年五月十九日,
 * 2022年05月19日, 2022-5-19, 2022.5.19, 2022/5/19. Returns null for anything else.
 */
export function matchDate(
  text: string,
  folded: string,
  from: number,
  to: number,
): WrittenDate | null {
  const problems = new Set<DateProblem>();
  let j = from;
  const space = () => {
    const k = j;
    while (j < to && j - k < MAX_SPACES && folded.charCodeAt(j) === 0x20) j++;
    if (j > k) problems.add('space');
  };
  const year = readYear(folded, j, to);
  if (!year) return null;
  j = year.end;
  space();
  let month: Part | null;
  let day: Part | null;
  if (folded[j] === '年') {
    j++;
    space();
    month = readSmall(folded, j, to);
    if (!month) return null;
    j = month.end;
    space();
    if (folded[j] !== '月') return null;
    j++;
    space();
    day = readSmall(folded, j, to);
    if (!day) return null;
    j = day.end;
    space();
    if (folded[j] !== '日') return null;
    j++;
  } else {
    const separator = folded[j];
    if (year.chinese || year.length !== 4) return null;
    if (separator !== '-' && separator !== '.' && separator !== '/') return null;
    problems.add('format');
    month = readArabic(folded, j + 1, to, 2);
    if (!month || folded[month.end] !== separator) return null;
    day = readArabic(folded, month.end + 1, to, 2);
    if (!day) return null;
    j = day.end;
  }
  if (j !== to) return null;
  if (month.value < 1 || month.value > 12 || day.value < 1 || day.value > 31) return null;
  if (year.chinese || month.chinese || day.chinese) problems.add('chinese-numerals');
  if (!month.chinese && !day.chinese && (isPadded(folded, month) || isPadded(folded, day))) {
    problems.add('padding');
  }
  if (year.length === 2) problems.add('year');
  if (day.value > daysIn(year.value, month.value)) problems.add('invalid');
  return {
    text: text.slice(from, to),
    start: from,
    end: to,
    year: year.value,
    month: month.value,
    day: day.value,
    problems: DATE_PROBLEMS.filter((p) => problems.has(p)),
  };
}

function isPadded(folded: string, part: Part): boolean {
  return part.length === 2 && folded[part.end - 2] === '0';
}

/** Parses a string that is a date and nothing else (spaces around it allowed), or returns null. */
export function parseWrittenDate(text: string): WrittenDate | null {
  const folded = foldWidth(text);
  let from = 0;
  let to = folded.length;
  while (from < to && folded.charCodeAt(from) === 0x20) from++;
  while (to > from && folded.charCodeAt(to - 1) === 0x20) to--;
  return matchDate(text, folded, from, to);
}
