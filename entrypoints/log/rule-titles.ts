import { uiLocale } from '@/components/i18n';
import { RULES } from '@/lib/rules';

const TITLES = new Map(RULES.map((rule) => [rule.meta.id, rule.meta.title]));

/** A rule's title in the UI language; an id no current rule has (older logs) shows as is. */
export function ruleTitle(ruleId: string): string {
  const title = TITLES.get(ruleId);
  if (!title) return ruleId;
  return uiLocale() === 'en' ? title.en : title.zh;
}
