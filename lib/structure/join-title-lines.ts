import {
  endsSentence,
  endsWithTitleWord,
  hasUnclosedPair,
  isParenthesisedLine,
  isSeparatorLine,
  isSerialLine,
  metadataLabel,
} from './line-shapes';
import { ownLineNumber } from './own-line-number';
import type { DocumentNumber, TextSpan } from './schema';
import { isBlank } from './split-lines';
import { foldedContent, rawContent } from './source-text';
import type { SourceText } from './source-text';
import { matchUnitMarker } from './unit-marker';
import { matchDate } from './written-date';

const MAX_TITLE_LINES = 3;
const MAX_CONTINUATION = 40;
const JOINERS = new Set(['的', '和', '及', '与', '、', ',', '《', '(', '“']);
const BYLINE_PREFIXES = ['记者', '通讯员', '本报', '本网', '新华社', '来源', '作者'] as const;

/** A title spread over lines: its joined text, span, and the index of its last line. */
export interface TitleLines {
  readonly span: TextSpan;
  readonly lastLine: number;
}

/** Whether a line can only be something other than part of a title. */
function isOtherLine(
  source: SourceText,
  numbers: readonly DocumentNumber[],
  index: number,
): boolean {
  const line = source.lines[index]!;
  const content = foldedContent(source, line);
  return (
    content.endsWith(':') ||
    metadataLabel(content) !== null ||
    isParenthesisedLine(content) ||
    isSeparatorLine(content) ||
    isSerialLine(content) ||
    BYLINE_PREFIXES.some((p) => content.startsWith(p)) ||
    matchUnitMarker(source.text, source.folded, line.contentStart, line.contentEnd) !== null ||
    matchDate(source.text, source.folded, line.contentStart, line.contentEnd) !== null ||
    ownLineNumber(source, numbers, line) !== null
  );
}

/**
 * Reads a title that starts on line `first` and may wrap onto two more lines
 * (关于印发《庆阳市2022年政务公开 / 工作要点》的通知): a line is joined while the title so far is
 * visibly unfinished (an open 《, a trailing 的, no 通知/办法-like ending) and the next line is short
 * and not a sentence; a ——subtitle line is always joined.
 */
export function joinTitleLines(
  source: SourceText,
  numbers: readonly DocumentNumber[],
  first: number,
  limit: number = source.lines.length,
): TitleLines {
  const firstLine = source.lines[first]!;
  let joined = foldedContent(source, firstLine);
  let raw = rawContent(source, firstLine);
  let last = first;
  while (last - first < MAX_TITLE_LINES - 1) {
    const next = last + 1;
    if (next >= limit || isBlank(source.lines[next]!)) break;
    if (isOtherLine(source, numbers, next)) break;
    const content = foldedContent(source, source.lines[next]!);
    const subtitle = content.startsWith('—') || content.startsWith('--');
    if (!subtitle) {
      if (endsSentence(joined)) break;
      const unfinished =
        hasUnclosedPair(joined) ||
        JOINERS.has(joined[joined.length - 1] ?? '') ||
        !endsWithTitleWord(joined);
      if (!unfinished) break;
      if (content.length > MAX_CONTINUATION || endsSentence(content) || content.endsWith(';')) {
        break;
      }
    }
    joined += content;
    raw += rawContent(source, source.lines[next]!);
    last = next;
  }
  return {
    span: { text: raw, start: firstLine.contentStart, end: source.lines[last]!.contentEnd },
    lastLine: last,
  };
}
