import { TOKEN_END, TOKEN_START, clauseBefore } from './boundaries';

/** GB 11643-1999 check-digit weights (ISO 7064 MOD 11-2). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** Province-level prefixes of GB/T 2260 (county codes change yearly, provinces do not). */
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

/** An 18-character ID shape: region, YYYYMMDD, sequence, check character. */
const ID18 = new RegExp(
  `${TOKEN_START}[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx]${TOKEN_END}`,
  'g',
);
/** The 15-digit ID of GB 11643-1989: region, YYMMDD, sequence. */
const ID15 = new RegExp(
  `${TOKEN_START}[1-9]\\d{5}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}${TOKEN_END}`,
  'g',
);

/** Words saying the number is an ID (raises a 15-digit number from suspected to found). */
const ID_CONTEXT = /身份|证件|证号|公民|居民身份/;
/** Words saying an 18-character code belongs to an organisation. */
const ORG_CONTEXT = /信用代码|社会信用|纳税人识别|税号|注册号|组织机构|索引号|登记号/;

/** valid: passes every check; unverified: region and date fit but the check fails, or a 15-digit ID without context. */
export type IdStatus = 'valid' | 'unverified';

export interface IdCandidate {
  start: number;
  end: number;
  value: string;
  status: IdStatus;
}

/** Computes the GB 11643 check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

function isRealDate(year: number, month: number, day: number, now: Date): boolean {
  if (year < 1900) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  return date.getTime() <= now.getTime();
}

/** Classifies an 18-character ID-shaped string, or null when it cannot be an ID. */
export function classifyId18(value: string, now: Date): IdStatus | null {
  const upper = value.toUpperCase();
  const foreignPermanent = upper[0] === '9';
  if (!foreignPermanent && !PROVINCES.has(upper.slice(0, 2))) return null;
  const date = [
    Number(upper.slice(6, 10)),
    Number(upper.slice(10, 12)),
    Number(upper.slice(12, 14)),
  ] as const;
  if (!isRealDate(date[0], date[1], date[2], now)) return null;
  if (idCheckChar(upper) === upper[17]) return 'valid';
  // A 9-prefixed number is only an ID (外国人永久居留身份证) when its check digit holds.
  return foreignPermanent ? null : 'unverified';
}

/** Finds resident ID numbers (18- and 15-digit) in normalised text. */
export function detectIdNumbers(text: string, now: Date): IdCandidate[] {
  const found: IdCandidate[] = [];
  for (const m of text.matchAll(ID18)) {
    const status = classifyId18(m[0], now);
    if (!status) continue;
    if (ORG_CONTEXT.test(clauseBefore(text, m.index, 16))) continue;
    found.push({ start: m.index, end: m.index + 18, value: m[0], status });
  }
  for (const m of text.matchAll(ID15)) {
    if (!PROVINCES.has(m[0].slice(0, 2))) continue;
    const year = 1900 + Number(m[0].slice(6, 8));
    if (!isRealDate(year, Number(m[0].slice(8, 10)), Number(m[0].slice(10, 12)), now)) continue;
    if (ORG_CONTEXT.test(clauseBefore(text, m.index, 16))) continue;
    const status = ID_CONTEXT.test(clauseBefore(text, m.index, 24)) ? 'valid' : 'unverified';
    found.push({ start: m.index, end: m.index + 15, value: m[0], status });
  }
  return found.sort((a, b) => a.start - b.start);
}
