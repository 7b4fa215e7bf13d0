import type { DocumentNumber } from './schema';
import type { Line } from './split-lines';
import type { SourceText } from './source-text';

const NUMBER_LABELS = ['发文字号', '文号', '字号'] as const;
const MAX_LABEL_GAP = 2;

/** Index of the first number starting at or after `offset` (numbers are in text order). */
function lowerBound(numbers: readonly DocumentNumber[], offset: number): number {
  let lo = 0;
  let hi = numbers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (numbers[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether folded[from, to) is empty, an opening parenthesis, or a 文号：label (with a parenthesis). */
function isNumberPrefix(folded: string, from: number, to: number): boolean {
  let prefix = folded.slice(from, to).trim();
  if (prefix.endsWith('(')) prefix = prefix.slice(0, -1).trim();
  if (prefix === '') return true;
  if (!prefix.endsWith(':')) return false;
  const label = prefix.slice(0, -1).trim();
  return NUMBER_LABELS.some((l) => label === l);
}

function isNumberSuffix(folded: string, from: number, to: number): boolean {
  let suffix = folded.slice(from, to).trim();
  if (suffix.startsWith(')')) suffix = suffix.slice(1).trim();
  return suffix === '' || suffix.startsWith('签发人');
}

/**
 * The 文号 a line carries as the line itself (庆政办发〔2022〕12号, （庆政办发〔2022〕12号）,
 * 文号：…, … 签发人：张某), not as a citation inside a sentence; null otherwise.
 */
export function ownLineNumber(
  source: SourceText,
  numbers: readonly DocumentNumber[],
  line: Line,
): DocumentNumber | null {
  const i = lowerBound(numbers, line.contentStart);
  const number = numbers[i];
  if (!number || number.end > line.contentEnd) return null;
  if (!isNumberPrefix(source.folded, line.contentStart, number.start)) return null;
  return isNumberSuffix(source.folded, number.end, line.contentEnd) ? number : null;
}

/** The first number written right after a 文号：/发文字号： label anywhere in the text. */
export function labelledNumber(
  source: SourceText,
  numbers: readonly DocumentNumber[],
): DocumentNumber | null {
  for (const number of numbers) {
    let j = number.start;
    while (j > 0 && number.start - j < MAX_LABEL_GAP && source.folded[j - 1] === ' ') j--;
    if (source.folded[j - 1] !== ':') continue;
    j--;
    const colon = j;
    while (j > 0 && colon - j < MAX_LABEL_GAP && source.folded[j - 1] === ' ') j--;
    if (NUMBER_LABELS.some((l) => source.folded.startsWith(l, j - l.length))) return number;
  }
  return null;
}
