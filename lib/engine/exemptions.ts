import type { RuleMeta } from './define-rule';

/** What a unit declares public: never reported as personal data (from its managed policy). */
export interface Exemptions {
  /** Public office lines (咨询电话、值班电话…), written with any separators. */
  readonly phoneNumbers?: readonly string[];
  /** Names of public officials (领导姓名), whose names in a release are not personal data. */
  readonly personNames?: readonly string[];
}

const digitsOf = (text: string): string =>
  text
    .replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\D/gu, '');

/**
 * Whether a personal-data hit is something the unit declared public: a phone hit whose digits
 * are a listed office line (with or without its area code), or a name hit that is, or contains,
 * a listed official's name.
 */
export function isExempt(
  meta: Pick<RuleMeta, 'category' | 'kind'>,
  hitText: string,
  exemptions: Exemptions,
): boolean {
  if (meta.category !== 'personal-data') return false;
  if (meta.kind === 'phone') {
    const digits = digitsOf(hitText);
    if (digits.length < 7) return false;
    return (exemptions.phoneNumbers ?? []).some((number) => {
      const listed = digitsOf(number);
      // 0934-8212345 listed, 8212345 written (or the reverse): the same line.
      return listed.length >= 7 && (listed.endsWith(digits) || digits.endsWith(listed));
    });
  }
  if (meta.kind === 'name') {
    const text = hitText.trim();
    return (exemptions.personNames ?? []).some(
      (name) => name.trim().length >= 2 && (text.includes(name.trim()) || name.trim() === text),
    );
  }
  return false;
}
