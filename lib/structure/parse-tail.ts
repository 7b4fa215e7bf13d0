import { parseOrdinal } from './chinese-numeral';
import { joinTitleLines } from './join-title-lines';
import {
  isOrganisationName,
  isParenthesisedLine,
  isPrintedByLine,
  isSeparatorLine,
  isSignatureLike,
  labelColonEnd,
  metadataLabel,
} from './line-shapes';
import type { Attachment, DocumentNumber, Span, TextSpan, WrittenDate } from './schema';
import { isBlank } from './split-lines';
import type { Line } from './split-lines';
import { foldedContent, lastContentEnd, nextContentLine, rawContent } from './source-text';
import type { SourceText } from './source-text';
import { matchUnitMarker } from './unit-marker';
import { matchDate } from './written-date';

/** A run of lines whose numbering is read as one hierarchy. */
export interface UnitRegion {
  readonly fromLine: number;
  readonly toLine: number;
  /** Index in `attachments` of the heading whose section this is; null for the body. */
  readonly attachment: number | null;
}

/** What follows the body: 附件说明, signature, date, 附注, attachment sections and 版记. */
export interface Tail {
  body: Span;
  bodyEndLine: number;
  issuer: TextSpan | null;
  writtenDate: WrittenDate | null;
  notes: TextSpan[];
  attachments: Attachment[];
  copyTo: TextSpan | null;
  printedBy: TextSpan | null;
  /** The body first, then any text after the date, then each attachment section. */
  regions: UnitRegion[];
}

const BOARD_LABELS = ['抄送', '主题词'] as const;
const MAX_COPY_LINES = 3;
const MAX_SIGNATURE_LINES = 3;
const MAX_SIGNATURE_GAP = 2;
const MAX_DATE_LINE = 60;
const MAX_NOTE = 120;
const MAX_HEADING_NUMBER = 3;
const MAX_WRAPPED_ENTRY_LINES = 2;
const TITLE_TRAILERS = new Set([';', '。', ',', '，', '、']);

/** Lines [first, last] as one span; their contents joined without the line breaks. */
function span(source: SourceText, first: number, last: number): TextSpan {
  const parts: string[] = [];
  for (let k = first; k <= last; k++) {
    const line = source.lines[k]!;
    if (!isBlank(line)) parts.push(rawContent(source, line));
  }
  return {
    text: parts.join(''),
    start: source.lines[first]!.contentStart,
    end: source.lines[last]!.contentEnd,
  };
}

/** Collapses runs of spaces (全角 or not) into one ASCII space. */
function collapseSpaces(source: SourceText, from: number, to: number): string {
  let out = '';
  let spaced = false;
  for (let i = from; i < to; i++) {
    if (source.folded[i] === ' ') {
      spaced = true;
      continue;
    }
    if (spaced && out !== '') out += ' ';
    spaced = false;
    out += source.text[i];
  }
  return out;
}

/** A 附件 heading line: 附件, 附件1, 附件 2, 附件二, 附件3：— with no title after it. */
function attachmentHeadingNumber(content: string): { ordinal: number | null } | null {
  if (!content.startsWith('附件')) return null;
  let rest = content.slice(2).trim();
  if (rest.endsWith(':')) {
    rest = rest.slice(0, -1).trim();
    // 附件： alone opens a list whose entries follow on the next lines.
    if (rest === '') return null;
  }
  if (rest === '') return { ordinal: null };
  if (rest.length > MAX_HEADING_NUMBER) return null;
  const ordinal = parseOrdinal(rest);
  return ordinal === null ? null : { ordinal };
}

/** Where a 附件说明 line's entries begin: after 附件： or 附件1：; -1 when the line is not one. */
function attachmentListStart(content: string): { after: number; ordinal: number | null } | null {
  if (!content.startsWith('附件')) return null;
  let j = 2;
  while (j < content.length && j - 2 < MAX_HEADING_NUMBER && content[j] !== ':') j++;
  if (content[j] !== ':') return null;
  const number = content.slice(2, j).trim();
  const ordinal = number === '' ? null : parseOrdinal(number);
  if (number !== '' && ordinal === null) return null;
  return { after: j + 1, ordinal };
}

class TailReader {
  private readonly lines: readonly Line[];
  private readonly tail: Tail;
  private boardLine: number;

  constructor(
    private readonly source: SourceText,
    private readonly numbers: readonly DocumentNumber[],
    private readonly bodyStartLine: number,
  ) {
    this.lines = source.lines;
    this.boardLine = this.lines.length;
    const start = this.lines[bodyStartLine]?.start ?? source.text.length;
    this.tail = {
      body: { start, end: start },
      bodyEndLine: bodyStartLine,
      issuer: null,
      writtenDate: null,
      notes: [],
      attachments: [],
      copyTo: null,
      printedBy: null,
      regions: [],
    };
  }

  private content(i: number): string {
    return foldedContent(this.source, this.lines[i]!);
  }

  private isMarkerLine(i: number): boolean {
    const line = this.lines[i]!;
    return (
      matchUnitMarker(this.source.text, this.source.folded, line.contentStart, line.contentEnd) !==
      null
    );
  }

  private isNoteLine(i: number): boolean {
    const content = this.content(i);
    return content.length <= MAX_NOTE && isParenthesisedLine(content) && !this.isMarkerLine(i);
  }

  /** 抄送 (with its wrapped lines) and the 印发 line. */
  private readBoard(): void {
    for (let i = this.bodyStartLine; i < this.lines.length; i++) {
      const content = this.content(i);
      if (!this.tail.printedBy && isPrintedByLine(content)) {
        this.tail.printedBy = span(this.source, i, i);
        this.boardLine = Math.min(this.boardLine, i);
        continue;
      }
      const label = BOARD_LABELS.find((l) => labelColonEnd(content, l) >= 0);
      if (!label) continue;
      this.boardLine = Math.min(this.boardLine, i);
      if (label !== '抄送' || this.tail.copyTo) continue;
      let last = i;
      while (
        last + 1 < this.lines.length &&
        last - i < MAX_COPY_LINES - 1 &&
        !this.content(last).endsWith('。') &&
        !isBlank(this.lines[last + 1]!) &&
        !isPrintedByLine(this.content(last + 1)) &&
        !isSeparatorLine(this.content(last + 1))
      ) {
        last++;
      }
      this.tail.copyTo = span(this.source, i, last);
      i = last;
    }
  }

  /** The first date line after the body start: a date alone, or after the signature on its line. */
  private findDate(): { line: number; date: WrittenDate; issuerEnd: number } | null {
    const { text, folded } = this.source;
    for (let i = this.bodyStartLine + 1; i < this.boardLine; i++) {
      const line = this.lines[i]!;
      if (line.contentEnd - line.contentStart > MAX_DATE_LINE) continue;
      const date = matchDate(text, folded, line.contentStart, line.contentEnd);
      if (date) return { line: i, date, issuerEnd: -1 };
      // 庆阳市人民政府办公室  2022年5月19日 on one line.
      let gap = line.contentEnd - 1;
      while (gap > line.contentStart && folded[gap] !== ' ') gap--;
      if (gap <= line.contentStart) continue;
      const shared = matchDate(text, folded, gap + 1, line.contentEnd);
      if (!shared) continue;
      let issuerEnd = gap;
      while (issuerEnd > line.contentStart && folded[issuerEnd - 1] === ' ') issuerEnd--;
      if (isSignatureLike(folded.slice(line.contentStart, issuerEnd))) {
        return { line: i, date: shared, issuerEnd };
      }
    }
    return null;
  }

  private setIssuer(first: number, last: number): void {
    const lines = this.lines;
    const parts: string[] = [];
    for (let k = first; k <= last; k++) {
      const line = lines[k]!;
      if (!isBlank(line))
        parts.push(collapseSpaces(this.source, line.contentStart, line.contentEnd));
    }
    this.tail.issuer = {
      text: parts.join(' '),
      start: lines[first]!.contentStart,
      end: lines[last]!.contentEnd,
    };
  }

  /** Signature lines right above the date line; returns the first of them, or -1. */
  private readSignatureAbove(dateLine: number): number {
    let first = -1;
    let last = -1;
    let gap = 0;
    for (let k = dateLine - 1; k >= this.bodyStartLine; k--) {
      if (isBlank(this.lines[k]!)) {
        if (first >= 0 || ++gap > MAX_SIGNATURE_GAP) break;
        continue;
      }
      if (!isSignatureLike(this.content(k)) || this.isMarkerLine(k)) break;
      if (last < 0) last = k;
      first = k;
      if (last - first + 1 >= MAX_SIGNATURE_LINES) break;
    }
    if (first >= 0) this.setIssuer(first, last);
    return first;
  }

  private pushNote(i: number): void {
    const line = this.lines[i]!;
    this.tail.notes.push({
      text: rawContent(this.source, line),
      start: line.contentStart,
      end: line.contentEnd,
    });
  }

  /** 附注 lines after the date (metadata such as 公开属性 may sit among them); returns the next line. */
  private readNotesAfter(dateLine: number): number {
    let i = dateLine + 1;
    for (; i < this.boardLine; i++) {
      if (isBlank(this.lines[i]!)) continue;
      if (this.isNoteLine(i)) this.pushNote(i);
      else if (metadataLabel(this.content(i)) === null) break;
    }
    return i;
  }

  /** Without a date: 附注 and a signature at the end of the text; returns the first line taken. */
  private readEndWithoutDate(limit: number): number {
    let first = limit;
    const notes: number[] = [];
    let k = limit - 1;
    for (; k > this.bodyStartLine; k--) {
      if (isBlank(this.lines[k]!)) continue;
      if (this.isNoteLine(k)) notes.unshift(k);
      else if (metadataLabel(this.content(k)) === null) break;
      first = k;
    }
    for (const n of notes) this.pushNote(n);
    if (k > this.bodyStartLine && isOrganisationName(this.content(k)) && !this.isMarkerLine(k)) {
      this.setIssuer(k, k);
      first = k;
    }
    return first;
  }

  /** 附件 headings after `from`, each with the title below it. */
  private readHeadings(from: number): number[] {
    const headings: number[] = [];
    for (let i = from; i < this.boardLine; i++) {
      if (!isBlank(this.lines[i]!) && attachmentHeadingNumber(this.content(i))) headings.push(i);
    }
    return headings;
  }

  private pushHeadings(headings: readonly number[]): void {
    const { lines, source } = this;
    headings.forEach((h, n) => {
      const line = lines[h]!;
      const next = headings[n + 1] ?? this.boardLine;
      const ordinal = attachmentHeadingNumber(this.content(h))?.ordinal ?? null;
      const titleLine = nextContentLine(source, h + 1, next);
      let title: TextSpan = { text: '', start: line.contentEnd, end: line.contentEnd };
      let bodyFrom = h + 1;
      if (titleLine < next && !this.isMarkerLine(titleLine)) {
        const joined = joinTitleLines(source, this.numbers, titleLine, next);
        title = joined.span;
        bodyFrom = joined.lastLine + 1;
      }
      let label = line.contentEnd;
      while (
        label > line.contentStart &&
        (source.folded[label - 1] === ':' || source.folded[label - 1] === ' ')
      ) {
        label--;
      }
      const index = this.tail.attachments.length;
      this.tail.attachments.push({
        kind: 'heading',
        label: source.text.slice(line.contentStart, label),
        ordinal,
        title: title.text,
        start: line.contentStart,
        end: title.end,
        titleStart: title.start,
        titleEnd: title.end,
        sectionEnd: lastContentEnd(source, h, next, line.contentEnd),
      });
      this.tail.regions.push({ fromLine: bodyFrom, toLine: next, attachment: index });
    });
  }

  private pushListEntry(
    line: Line,
    from: number,
    fallbackLabel: string,
    ordinal: number | null,
  ): void {
    const { text, folded } = this.source;
    let titleStart = from;
    let label = fallbackLabel;
    let start = fallbackLabel === '' ? from : line.contentStart;
    const marker = matchUnitMarker(text, folded, from, line.contentEnd);
    if (marker && marker.kind !== 'article' && marker.kind !== 'chapter') {
      label = marker.label;
      ordinal = marker.ordinal;
      start = from;
      titleStart = marker.markerEnd;
    }
    if (label === '') label = '附件';
    while (titleStart < line.contentEnd && folded[titleStart] === ' ') titleStart++;
    let titleEnd = line.contentEnd;
    while (titleEnd > titleStart && TITLE_TRAILERS.has(folded[titleEnd - 1]!)) titleEnd--;
    this.tail.attachments.push({
      kind: 'list',
      label,
      ordinal,
      title: text.slice(titleStart, titleEnd),
      start,
      end: titleEnd,
      titleStart,
      titleEnd,
      sectionEnd: titleEnd,
    });
  }

  /** Wraps the last list entry's title onto a line when its 《 or （ is still open. */
  private extendListEntry(line: Line): boolean {
    const last = this.tail.attachments[this.tail.attachments.length - 1];
    if (!last || last.kind !== 'list') return false;
    const open = (s: string, a: string, b: string) => s.split(a).length > s.split(b).length;
    const t = this.source.folded.slice(last.titleStart, last.titleEnd);
    if (!open(t, '《', '》') && !open(t, '(', ')')) return false;
    let titleEnd = line.contentEnd;
    while (titleEnd > line.contentStart && TITLE_TRAILERS.has(this.source.folded[titleEnd - 1]!))
      titleEnd--;
    last.title += this.source.text.slice(line.contentStart, titleEnd);
    last.titleEnd = last.end = last.sectionEnd = titleEnd;
    return true;
  }

  /** The 附件说明 between the body and the signature; returns its first line, or -1. */
  private readList(limit: number): number {
    for (let i = this.bodyStartLine; i < limit; i++) {
      if (isBlank(this.lines[i]!)) continue;
      const start = attachmentListStart(this.content(i));
      if (!start) continue;
      const line = this.lines[i]!;
      let from = line.contentStart + start.after;
      while (from < line.contentEnd && this.source.folded[from] === ' ') from++;
      const head = this.source.text
        .slice(line.contentStart, line.contentStart + start.after - 1)
        .trim();
      if (from < line.contentEnd) this.pushListEntry(line, from, head, start.ordinal);
      const onOwnLine = from >= line.contentEnd;
      let wrapped = 0;
      for (let k = i + 1; k < limit; k++) {
        const next = this.lines[k]!;
        if (isBlank(next)) break;
        const content = this.content(k);
        const more = attachmentListStart(content);
        const marker = matchUnitMarker(
          this.source.text,
          this.source.folded,
          next.contentStart,
          next.contentEnd,
        );
        if (more) {
          const entry = this.source.text
            .slice(next.contentStart, next.contentStart + more.after - 1)
            .trim();
          let at = next.contentStart + more.after;
          while (at < next.contentEnd && this.source.folded[at] === ' ') at++;
          this.pushListEntry(next, at, entry, more.ordinal);
          wrapped = 0;
        } else if (marker && (marker.kind === 'arabic' || marker.kind === 'arabic-paren')) {
          this.pushListEntry(next, next.contentStart, '', null);
          wrapped = 0;
        } else if (onOwnLine && k === i + 1 && !marker) {
          // 附件： alone, then the one attachment's title on the next line.
          this.pushListEntry(next, next.contentStart, head, start.ordinal);
        } else if (wrapped < MAX_WRAPPED_ENTRY_LINES && this.extendListEntry(next)) {
          wrapped++;
        } else {
          break;
        }
      }
      return i;
    }
    return -1;
  }

  read(): Tail {
    const { lines, source } = this;
    this.readBoard();
    const found = this.findDate();
    let tailStart = this.boardLine;
    let afterDate = -1;
    if (found) {
      this.tail.writtenDate = found.date;
      tailStart = found.line;
      if (found.issuerEnd >= 0) {
        const line = lines[found.line]!;
        this.tail.issuer = {
          text: collapseSpaces(source, line.contentStart, found.issuerEnd),
          start: line.contentStart,
          end: found.issuerEnd,
        };
      } else {
        const signature = this.readSignatureAbove(found.line);
        if (signature >= 0) tailStart = signature;
      }
      afterDate = this.readNotesAfter(found.line);
    }
    const headings = this.readHeadings(found ? found.line + 1 : this.bodyStartLine + 1);
    if (!found) tailStart = this.readEndWithoutDate(headings[0] ?? this.boardLine);
    const list = this.readList(Math.min(tailStart, headings[0] ?? tailStart));
    if (list >= 0) tailStart = Math.min(tailStart, list);
    tailStart = Math.min(tailStart, headings[0] ?? tailStart);

    this.tail.bodyEndLine = tailStart;
    this.tail.body.end = lastContentEnd(
      source,
      this.bodyStartLine,
      tailStart,
      this.tail.body.start,
    );
    this.tail.regions.push({ fromLine: this.bodyStartLine, toLine: tailStart, attachment: null });
    if (afterDate >= 0) {
      this.tail.regions.push({
        fromLine: afterDate,
        toLine: headings[0] ?? this.boardLine,
        attachment: null,
      });
    }
    // List entries precede the headings, so a heading's index is final when its region is pushed.
    this.pushHeadings(headings);
    return this.tail;
  }
}

/** Reads what follows the body, and so where the body ends. */
export function parseTail(
  source: SourceText,
  numbers: readonly DocumentNumber[],
  bodyStartLine: number,
): Tail {
  return new TailReader(source, numbers, bodyStartLine).read();
}
