/** Masks the middle of an identifier, keeping `head` and `tail` characters (RULES §2.9). */
export function maskMiddle(value: string, head: number, tail: number): string {
  if (value.length <= head + tail) return '*'.repeat(value.length);
  return (
    value.slice(0, head) + '*'.repeat(value.length - head - tail) + value.slice(value.length - tail)
  );
}

/** 62**************34: an ID keeps its first two and last two characters. */
export function maskIdNumber(value: string): string {
  return maskMiddle(value, 2, 2);
}

/** 138****5678: a mobile keeps its first three and last four digits (prefix kept as typed). */
export function maskPhone(value: string): string {
  const digits = value.replace(/^(?:\+|00)?86/, '');
  const prefix = value.slice(0, value.length - digits.length);
  if (digits.length === 11 && digits[0] === '1') return prefix + maskMiddle(digits, 3, 4);
  return prefix + maskMiddle(digits, Math.min(4, Math.floor(digits.length / 3)), 2);
}

/** 6217********0004: a card keeps its first four and last four digits. */
export function maskBankCard(value: string): string {
  return maskMiddle(value, 4, 4);
}

/** 王某某: the surname stays, the given name becomes 某 (某某 for a two-character name). */
export function maskNameFix(name: string, surnameLength: number): string {
  return name.slice(0, surnameLength) + (name.length - surnameLength >= 2 ? '某某' : '某');
}

/** 王**: how a found name is shown in messages and excerpts. */
export function maskNameShown(name: string, surnameLength: number): string {
  return name.slice(0, surnameLength) + '*'.repeat(Math.max(1, name.length - surnameLength));
}

/** z***@163.com: an e-mail keeps the first character of its local part and the domain. */
export function maskEmail(value: string): string {
  const at = value.indexOf('@');
  return value.slice(0, 1) + '***' + value.slice(at);
}

/** 甘M4***0: a plate keeps province, authority letter, first and last characters. */
export function maskPlate(value: string): string {
  const compact = value.replace(/[·•・.\s-]/g, '');
  return compact.slice(0, 3) + '*'.repeat(Math.max(1, compact.length - 4)) + compact.slice(-1);
}

/** Masks every digit, for values whose digits are the identifying part (ages, house numbers). */
export function maskDigits(value: string): string {
  return value.replace(/\d/g, '*');
}

/** Masks long digit runs that no rule claimed, so excerpts never carry an identifier. */
export function maskLongDigitRuns(text: string): string {
  return text.replace(/[0-9\uFF10-\uFF19]{7,}/g, (run) => maskMiddle(run, 2, 2));
}
