import type { MessageKey } from '@/lib/i18n/catalog';
import { localeFor, translate, type Locale } from '@/lib/i18n/translate';

interface ExtensionI18n {
  getMessage(name: string, substitutions?: string[]): string;
  getUILanguage(): string;
}

/**
 * The browser's i18n API where the code runs in an extension context (Chrome and Firefox both
 * expose it as `chrome.i18n`). Read from globalThis because components/ take no WXT imports.
 */
function extensionI18n(): ExtensionI18n | undefined {
  return (globalThis as { chrome?: { i18n?: ExtensionI18n } }).chrome?.i18n;
}

/**
 * The extension's visible strings, through the browser's i18n (the locale follows the browser's
 * UI language; zh_CN by default). Outside an extension context (unit tests, demo pages) it falls
 * back to the same catalogue in lib/i18n.
 */
export function t(key: MessageKey, ...subs: readonly (string | number)[]): string {
  try {
    const text = extensionI18n()?.getMessage(
      key,
      subs.map((s) => String(s)),
    );
    if (text) return text;
  } catch {
    // No extension context (tests, a page after the extension was reloaded): use the catalogue.
  }
  return translate(uiLocale(), key, ...subs);
}

/** The shipped locale the browser shows: for `<html lang>` and number/date formatting. */
export function uiLocale(): Locale {
  try {
    // The catalogue the browser actually serves (a French browser gets the zh_CN default),
    // which getUILanguage() alone would not tell.
    const served = extensionI18n()?.getMessage('uiLocale');
    if (served === 'en' || served === 'zh_CN') return served;
    const language = extensionI18n()?.getUILanguage();
    if (language) return localeFor(language);
  } catch {
    // fall through
  }
  return localeFor(globalThis.navigator?.language);
}

/** The BCP 47 tag of the UI locale, for `lang` attributes and Intl formatters. */
export function uiLanguageTag(): string {
  return uiLocale() === 'en' ? 'en' : 'zh-CN';
}
