import { joinTitleLines } from './join-title-lines';
import {
  endsSentence,
  isEmblemLine,
  isMarkLine,
  isOrganisationName,
  isParenthesisedLine,
  isSeparatorLine,
  isSerialLine,
  labelColonEnd,
  metadataLabel,
} from './line-shapes';
import { labelledNumber, ownLineNumber } from './own-line-number';
import type { DocumentNumber, TextSpan } from './schema';
import { foldedContent, nextContentLine, rawContent } from './source-text';
import type { SourceText } from './source-text';
import type { Line } from './split-lines';
import { matchUnitMarker } from './unit-marker';
import { matchDate } from './written-date';

/** What the head of a document holds, and where its body begins. */
export interface Head {
  title: TextSpan | null;
  /** The 发文字号 of the head (or labelled 文号： anywhere). */
  documentNumber: DocumentNumber | null;
  mainRecipient: TextSpan | null;
  /** The 发文机关标志 without 文件 (or the organisation line above a 函's 文号). */
  emblem: TextSpan | null;
  /** A website's 发布机构：/发文机关： value. */
  publisher: TextSpan | null;
  /** Index of the first line of the body. */
  bodyStartLine: number;
}

/** A 文号 is looked for in the head only among its first lines (份号 to 主送机关). */
const HEAD_LINES = 15;
const MAX_SENTENCE_TITLE = 60;
const MAX_RECIPIENT = 120;
const MAX_RECIPIENT_LINES = 3;
const MAX_TITLE_NOTE = 80;
const MAX_LETTER_ORG_LINES = 3;
const PUBLISHER_LABELS = ['发布机构', '发文机关', '发文单位'] as const;
const TITLE_LABELS = ['标题', '名称'] as const;

function labelValue(source: SourceText, line: Line, label: string): TextSpan | null {
  const end = labelColonEnd(foldedContent(source, line), label);
  if (end < 0) return null;
  let start = line.contentStart + end;
  while (start < line.contentEnd && source.folded[start] === ' ') start++;
  if (start >= line.contentEnd) return null;
  return { text: source.text.slice(start, line.contentEnd), start, end: line.contentEnd };
}

function emblemSpan(source: SourceText, line: Line): TextSpan {
  let end = line.contentEnd - 2;
  while (end > line.contentStart && source.folded[end - 1] === ' ') end--;
  return { text: source.text.slice(line.contentStart, end), start: line.contentStart, end };
}

function isRecipientLike(content: string): boolean {
  return (
    content.length <= MAX_RECIPIENT &&
    !content.includes('。') &&
    !content.includes('如下') &&
    !content.startsWith('附件') &&
    metadataLabel(content) === null
  );
}

class HeadReader {
  readonly head: Head = {
    title: null,
    documentNumber: null,
    mainRecipient: null,
    emblem: null,
    publisher: null,
    bodyStartLine: 0,
  };
  private titleFromLabel: TextSpan | null = null;

  constructor(
    private readonly source: SourceText,
    private readonly numbers: readonly DocumentNumber[],
  ) {}

  private content(i: number): string {
    return foldedContent(this.source, this.source.lines[i]!);
  }

  private next(from: number): number {
    return nextContentLine(this.source, from);
  }

  private isDateLine(i: number): boolean {
    const line = this.source.lines[i]!;
    return (
      matchDate(this.source.text, this.source.folded, line.contentStart, line.contentEnd) !== null
    );
  }

  /** Takes a metadata line's 标题/发布机构/文号; false when the line is not metadata. */
  private takeMetadata(i: number): boolean {
    const line = this.source.lines[i]!;
    const label = metadataLabel(this.content(i));
    if (label === null) return false;
    if ((TITLE_LABELS as readonly string[]).includes(label)) {
      this.titleFromLabel ??= labelValue(this.source, line, label);
    } else if ((PUBLISHER_LABELS as readonly string[]).includes(label)) {
      this.head.publisher ??= labelValue(this.source, line, label);
    } else {
      this.head.documentNumber ??= ownLineNumber(this.source, this.numbers, line);
    }
    return true;
  }

  /** Skips 份号/密级/紧急程度, 发文机关标志, rules, metadata and the 文号 line above the title. */
  private skipMarks(from: number): number {
    const lines = this.source.lines;
    let i = this.next(from);
    while (i < lines.length && i < HEAD_LINES * 2) {
      const line = lines[i]!;
      const content = this.content(i);
      if (
        isSeparatorLine(content) ||
        isMarkLine(content) ||
        (isSerialLine(content) && !ownLineNumber(this.source, this.numbers, line)) ||
        this.isDateLine(i)
      ) {
        i = this.next(i + 1);
        continue;
      }
      if (isEmblemLine(content)) {
        this.head.emblem ??= emblemSpan(this.source, line);
        i = this.next(i + 1);
        continue;
      }
      if (this.takeMetadata(i)) {
        i = this.next(i + 1);
        continue;
      }
      const number = i < HEAD_LINES ? ownLineNumber(this.source, this.numbers, line) : null;
      if (!number) break;
      this.head.documentNumber ??= number;
      i = this.next(i + 1);
    }
    return this.skipLetterHead(i);
  }

  /** A 函 is headed by its issuer's name alone, then its 文号: take both when they are there. */
  private skipLetterHead(from: number): number {
    if (this.head.documentNumber) return from;
    const lines = this.source.lines;
    let i = from;
    for (let seen = 0; seen < MAX_LETTER_ORG_LINES && i < lines.length; seen++) {
      if (!isOrganisationName(this.content(i))) return from;
      i = this.next(i + 1);
      const number = i < lines.length ? ownLineNumber(this.source, this.numbers, lines[i]!) : null;
      if (number) {
        const org = lines[from]!;
        this.head.emblem ??= {
          text: rawContent(this.source, org),
          start: org.contentStart,
          end: org.contentEnd,
        };
        this.head.documentNumber = number;
        return this.skipMarks(i + 1);
      }
    }
    return from;
  }

  /** Skips 文号, 题注, metadata and rules that follow the title. */
  private skipAfterTitle(from: number): number {
    const lines = this.source.lines;
    let i = this.next(from);
    while (i < lines.length) {
      const line = lines[i]!;
      const content = this.content(i);
      const number = ownLineNumber(this.source, this.numbers, line);
      if (number) this.head.documentNumber ??= number;
      const skip =
        number !== null ||
        this.takeMetadata(i) ||
        isSeparatorLine(content) ||
        isSerialLine(content) ||
        this.isDateLine(i) ||
        (isParenthesisedLine(content) &&
          content.length <= MAX_TITLE_NOTE &&
          matchUnitMarker(
            this.source.text,
            this.source.folded,
            line.contentStart,
            line.contentEnd,
          ) === null);
      if (!skip) return i;
      i = this.next(i + 1);
    }
    return i;
  }

  /** Reads a 主送机关 at line `i`, possibly wrapped; returns the first line after it. */
  private readRecipient(i: number): number {
    const lines = this.source.lines;
    let last = i;
    while (last < lines.length && last - i < MAX_RECIPIENT_LINES) {
      const content = this.content(last);
      if (content === '' || !isRecipientLike(content)) return i;
      if (
        matchUnitMarker(
          this.source.text,
          this.source.folded,
          lines[last]!.contentStart,
          lines[last]!.contentEnd,
        )
      ) {
        return i;
      }
      if (content.endsWith(':')) {
        const text = [];
        for (let k = i; k <= last; k++) text.push(rawContent(this.source, lines[k]!));
        this.head.mainRecipient = {
          text: text.join(''),
          start: lines[i]!.contentStart,
          end: lines[last]!.contentEnd,
        };
        return last + 1;
      }
      // Only a list of recipients broken after a comma carries on to the next line.
      if (!content.endsWith(',') && !content.endsWith('、')) return i;
      last++;
    }
    return i;
  }

  read(): Head {
    const lines = this.source.lines;
    const first = this.skipMarks(0);
    this.head.bodyStartLine = first;
    if (first >= lines.length) return this.finish();
    const line = lines[first]!;
    // A draft pasted without its title starts straight at 第一章 or 一、.
    if (matchUnitMarker(this.source.text, this.source.folded, line.contentStart, line.contentEnd)) {
      return this.finish();
    }
    const title = joinTitleLines(this.source, this.numbers, first);
    this.head.title = title.span;
    const titleText = foldedContent(this.source, line);
    // News without a headline: the first line is the lede and belongs to the body.
    if (endsSentence(titleText) || title.span.text.length > MAX_SENTENCE_TITLE)
      return this.finish();
    const afterTitle = this.skipAfterTitle(title.lastLine + 1);
    this.head.bodyStartLine =
      afterTitle < lines.length ? this.readRecipient(afterTitle) : afterTitle;
    return this.finish();
  }

  private finish(): Head {
    this.head.title ??= this.titleFromLabel;
    this.head.documentNumber ??= labelledNumber(this.source, this.numbers);
    return this.head;
  }
}

/** Reads the head: marks, 发文机关标志, 文号, title, 题注 and 主送机关. */
export function parseHead(source: SourceText, numbers: readonly DocumentNumber[]): Head {
  return new HeadReader(source, numbers).read();
}
