import { type Message, MESSAGE_KEY_PATTERN } from './define-messages';
import { COMMON_MESSAGES } from './messages/common';

/**
 * Every catalogue, merged. Each area of the extension keeps its strings in its own file under
 * messages/ (prefix its keys with the area: log_, options_, panel_…); add the file here.
 */
const PARTS = [COMMON_MESSAGES] as const;

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
