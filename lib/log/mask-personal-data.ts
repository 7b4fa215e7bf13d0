import { maskEmail, maskLongDigitRuns } from '../detectors/mask';

/**
 * The log's last line of defence: the engine already masks excerpts, but a reviewer's comment,
 * a disposition reason or a page path may still carry an identifier. Before anything is written,
 * every run of 7 or more digits (ID, phone, card, account numbers; half- or full-width) and every
 * e-mail address in a record's text is masked, and the caller is told which fields changed.
 */

/** Fields whose digits are not personal data and must stay exact (times, hashes). */
const EXACT_FIELDS: ReadonlySet<string> = new Set(['at', 'cutoff', 'toHash', 'type']);

/** Characters of an e-mail's local part (RFC 5322 dot-atom, the common subset). */
function isLocalChar(ch: string): boolean {
  return isAsciiAlnum(ch) || '._%+-'.includes(ch);
}

function isDomainChar(ch: string): boolean {
  return isAsciiAlnum(ch) || ch === '.' || ch === '-';
}

function isAsciiAlnum(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiLetters(text: string): boolean {
  for (const ch of text) if (!isAsciiAlnum(ch) || (ch >= '0' && ch <= '9')) return false;
  return true;
}

/** A domain with at least two labels and a letter top-level domain: 163.com, mail.gs.gov.cn. */
function isDomain(domain: string): boolean {
  const labels = domain.split('.');
  const tld = labels[labels.length - 1] ?? '';
  return (
    labels.length >= 2 &&
    labels.every((l) => l.length > 0) &&
    tld.length >= 2 &&
    isAsciiLetters(tld)
  );
}

/** Masks e-mail addresses, scanning around each @ (a loop, not a backtracking pattern). */
function maskEmails(text: string): string {
  let out = '';
  let copied = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > copied && isLocalChar(text[start - 1] ?? '')) start--;
    let end = at + 1;
    while (end < text.length && isDomainChar(text[end] ?? '')) end++;
    // A sentence may end right after the address: 请发送至 a@b.cn.
    while (end > at + 1 && '.-'.includes(text[end - 1] ?? '')) end--;
    if (start === at || !isDomain(text.slice(at + 1, end))) continue;
    out += text.slice(copied, start) + maskEmail(text.slice(start, end));
    copied = end;
    at = end - 1;
  }
  return out + text.slice(copied);
}

/** Masks every e-mail address and every run of 7+ digits in a text; other text is unchanged. */
export function maskPersonalData(text: string): string {
  return maskLongDigitRuns(maskEmails(text));
}

/** Whether a text holds a run of 7+ digits or an e-mail address that the log would mask. */
export function hasPersonalData(text: string): boolean {
  return maskPersonalData(text) !== text;
}

/** A copy of a record with personal data masked in every text field, and the fields that changed. */
export function maskRecordPersonalData<T>(record: T): { record: T; maskedFields: string[] } {
  const maskedFields: string[] = [];
  const walk = (value: unknown, path: string, key: string): unknown => {
    if (typeof value === 'string') {
      if (EXACT_FIELDS.has(key)) return value;
      const masked = maskPersonalData(value);
      if (masked !== value) maskedFields.push(path);
      return masked;
    }
    if (Array.isArray(value)) return value.map((item, i) => walk(item, `${path}[${i}]`, key));
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, walk(v, path ? `${path}.${k}` : k, k)]),
    );
  };
  return { record: walk(record, '', '') as T, maskedFields };
}
