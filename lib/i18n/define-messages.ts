/**
 * The extension's visible strings, one catalogue for both languages. Each message has a Chinese
 * text (zh_CN, the default locale) and an English one; TypeScript makes both required, so the
 * English catalogue cannot fall behind. Substitutions are written $1…$9, as in Chrome's
 * messages.json. The build turns the catalogue into _locales/<locale>/messages.json
 * (see `toLocaleMessages`), and pages read it through the browser's i18n API.
 */

export interface Message {
  zh: string;
  en: string;
  /** What the string is for, for translators; goes into messages.json as description. */
  note?: string;
}

export type MessageCatalog = Record<string, Message>;

/** Keys are also Chrome message names: ASCII letters, digits and underscores only. */
export const MESSAGE_KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Identity with a precise type, so `keyof` of the result lists the keys. */
export function defineMessages<const T extends MessageCatalog>(messages: T): T {
  return messages;
}
