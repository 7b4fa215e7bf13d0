/** A half-open range [start, end) of UTF-16 offsets into a text. */
export interface Span {
  start: number;
  end: number;
}

/** Where two texts differ: old [start, oldEnd) became new [start, newEnd); the rest is common. */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * The single edit that turns `oldText` into `newText`: their common prefix and the common
 * suffix after it, each stopping short of half a surrogate pair so the edit covers whole characters.
 */
export function findEdit(oldText: string, newText: string): TextEdit {
  const oldLength = oldText.length;
  const newLength = newText.length;
  const shorter = Math.min(oldLength, newLength);
  let prefix = 0;
  while (prefix < shorter && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  // 😀 and 😁 share their high surrogate; the edit must not start between its two halves.
  if (
    prefix > 0 &&
    isHighSurrogate(oldText.charCodeAt(prefix - 1)) &&
    (isLowSurrogate(oldText.charCodeAt(prefix)) || isLowSurrogate(newText.charCodeAt(prefix)))
  )
    prefix--;
  const limit = shorter - prefix;
  let suffix = 0;
  while (
    suffix < limit &&
    oldText.charCodeAt(oldLength - 1 - suffix) === newText.charCodeAt(newLength - 1 - suffix)
  )
    suffix++;
  if (
    suffix > 0 &&
    isLowSurrogate(oldText.charCodeAt(oldLength - suffix)) &&
    (isHighSurrogate(oldText.charCodeAt(oldLength - suffix - 1)) ||
      isHighSurrogate(newText.charCodeAt(newLength - suffix - 1)))
  )
    suffix--;
  return { start: prefix, oldEnd: oldLength - suffix, newEnd: newLength - suffix };
}

/** Whether a span's offsets make sense in a text of the given length. */
function isValidSpan(span: Span, length: number): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start <= span.end &&
    span.end <= length
  );
}

/**
 * Moves spans of `oldText` onto `newText` after one edit, so highlights stay on their words
 * until the next review: spans before the edit stay, spans after it shift, spans it touches
 * are dropped. Typing exactly at a span's start pushes the span along; typing at its end
 * leaves it as it was. Spans that do not fit `oldText` are dropped. Returns new objects.
 */
export function shiftSpans<T extends Span>(
  oldText: string,
  newText: string,
  spans: readonly T[],
): T[] {
  const oldLength = oldText.length;
  const { start, oldEnd, newEnd } = findEdit(oldText, newText);
  const delta = newEnd - oldEnd;
  const shifted: T[] = [];
  for (const span of spans) {
    if (!isValidSpan(span, oldLength)) continue;
    // For an insertion oldEnd is start: a span starting there (even an empty one) moves along.
    if (span.start >= oldEnd) {
      shifted.push({ ...span, start: span.start + delta, end: span.end + delta });
      continue;
    }
    if (span.end <= start) shifted.push({ ...span });
  }
  return shifted;
}
