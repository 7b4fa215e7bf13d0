import { MESSAGES, type MessageKey } from '@/lib/i18n/catalog';
import { translate } from '@/lib/i18n/translate';
import { t, uiLocale } from './i18n';

/** The catalogue key of a rule's message template (lib/i18n/messages/rules.ts). */
export function ruleMessageKey(ruleId: string): MessageKey | null {
  const key = `rule_${ruleId.replace(/[/-]/g, '_')}`;
  return key in MESSAGES ? (key as MessageKey) : null;
}

/**
 * A finding's message in the UI language. The engine writes the Chinese message (it is what the
 * review log keeps); for another UI language the value it quotes (already masked) is taken back
 * out of the Chinese template and put into the rule's template in that language. A message that
 * does not fit its template is shown as it is.
 */
export function findingMessage(finding: { ruleId: string; message: string }): string {
  if (uiLocale() === 'zh_CN') return finding.message;
  const key = ruleMessageKey(finding.ruleId);
  if (!key) return finding.message;
  const [head = '', tail = ''] = translate('zh_CN', key, '\u0000').split('\u0000');
  if (!finding.message.startsWith(head)) return finding.message;
  // The engine may append a detail after the template; the value ends where the template resumes.
  const end = tail === '' ? finding.message.length : finding.message.indexOf(tail, head.length);
  if (end < 0) return finding.message;
  return t(key, finding.message.slice(head.length, end));
}
