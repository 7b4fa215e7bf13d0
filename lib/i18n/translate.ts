import { MESSAGES, type MessageKey } from './catalog';
import type { Message } from './define-messages';

/** The locales the extension ships; zh_CN is the default (manifest default_locale). */
export const LOCALES = ['zh_CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh_CN';

/** The shipped locale for a browser UI language (zh, zh-CN, zh-TW → zh_CN; anything else → en). */
export function localeFor(uiLanguage: string | undefined): Locale {
  if (!uiLanguage) return DEFAULT_LOCALE;
  return uiLanguage.toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}

/** Replaces $1…$9 with the substitutions ($$ is a literal $). */
export function substitute(text: string, subs: readonly (string | number)[]): string {
  return text.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : String(subs[Number(which) - 1] ?? ''),
  );
}

/** A message in a locale, without the browser: for lib/, the CLI, tests and fallbacks. */
export function translate(
  locale: Locale,
  key: MessageKey,
  ...subs: readonly (string | number)[]
): string {
  const message: Message = MESSAGES[key];
  return substitute(locale === 'en' ? message.en : message.zh, subs);
}

/** The Chrome/Firefox messages.json of a locale. $1…$9 become named placeholders. */
export function toLocaleMessages(
  locale: Locale,
): Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
> {
  const out: ReturnType<typeof toLocaleMessages> = {};
  for (const [key, message] of Object.entries(MESSAGES) as [string, Message][]) {
    const text = locale === 'en' ? message.en : message.zh;
    const placeholders: Record<string, { content: string }> = {};
    const converted = text.replace(/\$(\$|[1-9])/g, (_, which: string) => {
      if (which === '$') return '$$';
      placeholders[`p${which}`] = { content: `$${which}` };
      return `$P${which}$`;
    });
    out[key] = {
      message: converted,
      ...(message.note ? { description: message.note } : {}),
      ...(Object.keys(placeholders).length > 0 ? { placeholders } : {}),
    };
  }
  return out;
}
