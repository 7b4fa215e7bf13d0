const DIGITS: ReadonlyMap<string, number> = new Map([
  ['零', 0],
  ['〇', 0],
  ['○', 0],
  ['一', 1],
  ['二', 2],
  ['两', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
]);
const UNITS: ReadonlyMap<string, number> = new Map([
  ['十', 10],
  ['百', 100],
  ['千', 1000],
]);

/** Whether a character is a Chinese digit or one of 十/百/千. */
export function isChineseNumeralChar(ch: string): boolean {
  return DIGITS.has(ch) || UNITS.has(ch);
}

/** Whether a character is a Chinese digit (零〇○一…九, 两). */
export function isChineseDigit(ch: string): boolean {
  return DIGITS.has(ch);
}

/**
 * The value of a Chinese numeral up to 九千九百九十九 (十一, 二十, 一百零五, 两千), or null when the
 * characters do not make one (十十, 一二, 零十).
 */
export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0 || s.length > 12) return null;
  if (s.length === 1 && DIGITS.get(s) === 0) return 0;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = 10_000;
  for (const ch of s) {
    const d = DIGITS.get(ch);
    if (d !== undefined) {
      // A digit follows a unit or a 零 (一百零五); two value digits in a row are a digit string.
      if (digit !== null && digit !== 0) return null;
      if (d === 0 && (digit === 0 || total === 0)) return null;
      digit = d;
      continue;
    }
    const unit = UNITS.get(ch);
    if (unit === undefined || unit >= lastUnit || digit === 0) return null;
    total += (digit ?? 1) * unit;
    lastUnit = unit;
    digit = null;
  }
  if (digit === 0) return null;
  return total + (digit ?? 0);
}

/** The value of a Chinese digit string such as a year (二〇二二), or null. */
export function parseChineseDigits(s: string): number | null {
  if (s.length === 0 || s.length > 8) return null;
  let value = 0;
  for (const ch of s) {
    const d = DIGITS.get(ch);
    if (d === undefined) return null;
    value = value * 10 + d;
  }
  return value;
}

const DIGIT_CHARS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** Writes 1–9999 as a Chinese numeral the way 修改决定 cite articles (十一, 一百零五); other values in Arabic. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) return String(n);
  if (n < 20 && n >= 10) return n === 10 ? '十' : `十${DIGIT_CHARS[n - 10]}`;
  const places: Array<[number, string]> = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let out = '';
  let pendingZero = false;
  for (const [value, unit] of places) {
    const d = Math.floor(n / value) % 10;
    if (d === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGIT_CHARS[d] + unit;
  }
  return out;
}

/** The value of a numbering token: Arabic (half or full width), Chinese, or circled ①–⑳ / ⑴–⒇ / ⒈–⒛. */
export function parseOrdinal(token: string): number | null {
  if (token.length === 0) return null;
  if (token.length === 1) {
    const code = token.charCodeAt(0);
    if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
    if (code >= 0x2474 && code <= 0x2487) return code - 0x2474 + 1;
    if (code >= 0x2488 && code <= 0x249b) return code - 0x2488 + 1;
  }
  let arabic = 0;
  let allArabic = token.length <= 9;
  for (let i = 0; i < token.length && allArabic; i++) {
    let code = token.charCodeAt(i);
    if (code >= 0xff10 && code <= 0xff19) code -= 0xfee0;
    if (code < 0x30 || code > 0x39) allArabic = false;
    else arabic = arabic * 10 + (code - 0x30);
  }
  if (allArabic) return arabic;
  return parseChineseNumeral(token);
}
