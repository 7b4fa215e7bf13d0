import { type Message, MESSAGE_KEY_PATTERN } from './define-messages';
import { BACKGROUND_MESSAGES } from './messages/background';
import { COMMON_MESSAGES } from './messages/common';
import { GATE_MESSAGES } from './messages/gate';
import { OPTIONS_MESSAGES } from './messages/options';
import { LOG_MESSAGES } from './messages/log';
import { COMPARE_MESSAGES } from './messages/compare';
import { COMPONENT_MESSAGES } from './messages/components';
import { CONTENT_MESSAGES } from './messages/content';
import { PANEL_MESSAGES } from './messages/panel';
import { POPUP_MESSAGES } from './messages/popup';
import { RULE_MESSAGES } from './messages/rules';

/**
 * Every catalogue, merged. Each area of the extension keeps its strings in its own file under
 * messages/ (prefix its keys with the area: log_, options_, panel_…); add the file here.
 */
const PARTS = [
  COMMON_MESSAGES,
  LOG_MESSAGES,
  GATE_MESSAGES,
  OPTIONS_MESSAGES,
  BACKGROUND_MESSAGES,
  COMPONENT_MESSAGES,
  PANEL_MESSAGES,
  POPUP_MESSAGES,
  COMPARE_MESSAGES,
  CONTENT_MESSAGES,
  RULE_MESSAGES,
] as const;

type Merge<T extends readonly object[]> = T extends readonly [infer H, ...infer R extends object[]]
  ? H & Merge<R>
  : unknown;

export const MESSAGES = Object.assign({}, ...PARTS) as Merge<typeof PARTS>;
export type MessageKey = keyof typeof MESSAGES & string;

/** Keys defined in more than one part, or not valid as Chrome message names. */
export function catalogProblems(parts: readonly Record<string, Message>[] = PARTS): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const part of parts) {
    for (const key of Object.keys(part)) {
      if (seen.has(key)) problems.push(`duplicate key ${key}`);
      if (!MESSAGE_KEY_PATTERN.test(key)) problems.push(`bad key ${key}`);
      seen.add(key);
    }
  }
  return problems;
}
