import { TOKEN_END, TOKEN_START, clauseBefore } from './boundaries';

/** Passports whose letter prefix is distinctive enough to flag anywhere (RULES §2.4). */
const PASSPORT = new RegExp(
  `${TOKEN_START}(?:E[A-HJ-NP-Z0-9]\\d{7}|G\\d{8}|(?:SE|DE|PE)\\d{7})${TOKEN_END}`,
  'g',
);
/** Passport forms that look like other codes unless the text says 护照. */
const PASSPORT_IN_CONTEXT = new RegExp(
  `${TOKEN_START}(?:K\\d{8}|S\\d{8}|MA\\d{7}|1[45]\\d{7})${TOKEN_END}`,
  'g',
);
const PASSPORT_CONTEXT = /护照/;

/** 往来港澳通行证: C + 8 digits, or C + letter (not I/O) + 7 digits (2018 notice). */
const PERMIT = new RegExp(`${TOKEN_START}C[A-HJ-NP-Z0-9]\\d{7}${TOKEN_END}`, 'g');
/** 回乡证 H/M + 8 digits, 大陆居民往来台湾通行证 L + 8, 台胞证 8 digits (+2): only in context. */
const PERMIT_IN_CONTEXT = new RegExp(
  `${TOKEN_START}(?:[HML]\\d{8}|\\d{8}(?:\\d{2})?)${TOKEN_END}`,
  'g',
);
const PERMIT_CONTEXT = /通行证|回乡证|台胞证|港澳居民|台湾居民|来往内地|往来台湾|往来港澳/;

export interface DocumentCandidate {
  start: number;
  end: number;
  value: string;
}

function looksLikeDate(digits: string): boolean {
  if (!/^(19|20)\d{6}$/.test(digits)) return false;
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function collect(text: string, pattern: RegExp, context: RegExp | null): DocumentCandidate[] {
  const found: DocumentCandidate[] = [];
  for (const m of text.matchAll(pattern)) {
    if (context && !context.test(clauseBefore(text, m.index, 30))) continue;
    if (/^\d+$/.test(m[0]) && looksLikeDate(m[0])) continue;
    found.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
  }
  return found;
}

/** Finds passport numbers. */
export function detectPassports(text: string): DocumentCandidate[] {
  return [
    ...collect(text, PASSPORT, null),
    ...collect(text, PASSPORT_IN_CONTEXT, PASSPORT_CONTEXT),
  ];
}

/** Finds Hong Kong/Macao and Taiwan travel permit numbers. */
export function detectTravelPermits(text: string): DocumentCandidate[] {
  return [...collect(text, PERMIT, null), ...collect(text, PERMIT_IN_CONTEXT, PERMIT_CONTEXT)];
}
