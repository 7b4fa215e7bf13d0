import type { UnitRegion } from './parse-tail';
import type { StructureUnit, UnitLevel } from './schema';
import { isBlank } from './split-lines';
import { lastContentEnd } from './source-text';
import type { SourceText } from './source-text';
import { matchUnitMarker } from './unit-marker';
import type { UnitMarker } from './unit-marker';

/** Nesting depth of each level: a unit ends at the next unit of the same or a smaller rank. */
const RANK: Readonly<Record<UnitLevel, number>> = {
  part: 0,
  chapter: 1,
  section: 2,
  article: 3,
  'outline-1': 3,
  paragraph: 4,
  'outline-2': 4,
  item: 5,
  'outline-3': 5,
  subitem: 6,
  'outline-4': 6,
};

/** Punctuation that ends a 款; a line ending otherwise was wrapped and carries on below. */
const PARAGRAPH_ENDS = new Set(['。', ';', ':', '!', '?', '”', '"', ')', '」', '』', '】', '…']);

/** Marker kinds that open a unit whatever the mode. */
const STRUCTURAL: Partial<Record<UnitMarker['kind'], UnitLevel>> = {
  part: 'part',
  chapter: 'chapter',
  section: 'section',
};

const OUTLINE: Readonly<Record<UnitMarker['kind'], UnitLevel | null>> = {
  part: 'part',
  chapter: 'chapter',
  section: 'section',
  article: null,
  'chinese-comma': 'outline-1',
  'chinese-paren': 'outline-2',
  arabic: 'outline-3',
  'arabic-paren': 'outline-4',
};

/** Appends units to `out` while it reads, so a failure keeps what came before it. */
class RegionReader {
  private readonly stack: number[] = [];
  private article = -1;
  private paragraphs = 1;
  /**
   * The previous line of the article ended without closing punctuation (or held only 第五条), so
   * the next line carries it on instead of opening a 款.
   */
  private previousOpen = false;

  constructor(
    private readonly source: SourceText,
    private readonly out: StructureUnit[],
    private readonly region: UnitRegion,
    private readonly regionEnd: number,
  ) {}

  private push(
    level: UnitLevel,
    lineIndex: number,
    marker: UnitMarker | null,
    ordinal: number,
  ): void {
    const line = this.source.lines[lineIndex]!;
    const rank = RANK[level];
    while (
      this.stack.length > 0 &&
      RANK[this.out[this.stack[this.stack.length - 1]!]!.level] >= rank
    ) {
      this.out[this.stack.pop()!]!.end = line.start;
    }
    if (this.article >= 0 && !this.stack.includes(this.article)) this.article = -1;
    const headingEnd = marker ? marker.headingEnd : line.contentStart;
    const headingFrom = marker ? marker.markerEnd : line.contentStart;
    const index = this.out.length;
    this.out.push({
      level,
      label: marker ? marker.label : '',
      ordinal,
      start: line.start,
      end: Math.max(this.regionEnd, headingEnd),
      headingEnd,
      heading: this.source.text.slice(headingFrom, headingEnd).trim(),
      parent: this.stack.length > 0 ? this.stack[this.stack.length - 1]! : -1,
      attachment: this.region.attachment,
    });
    this.stack.push(index);
  }

  private openItem(): boolean {
    return this.stack.some((i) => this.out[i]!.level === 'item');
  }

  private readArticleLine(i: number, marker: UnitMarker | null): void {
    const level = marker ? STRUCTURAL[marker.kind] : undefined;
    if (marker && level) {
      this.push(level, i, marker, marker.ordinal);
      return;
    }
    if (marker?.kind === 'article') {
      this.push('article', i, marker, marker.ordinal);
      this.article = this.out.length - 1;
      this.paragraphs = 1;
      return;
    }
    // Text before the first article (a preamble, a chapter's lead-in) has no unit of its own.
    if (this.article < 0) return;
    if (marker?.kind === 'chinese-paren' || marker?.kind === 'chinese-comma') {
      this.push('item', i, marker, marker.ordinal);
      return;
    }
    if (marker) {
      this.push(this.openItem() ? 'subitem' : 'item', i, marker, marker.ordinal);
      return;
    }
    if (this.previousOpen) return;
    this.paragraphs++;
    this.push('paragraph', i, null, this.paragraphs);
  }

  private readOutlineLine(i: number, marker: UnitMarker | null): void {
    const level = marker ? OUTLINE[marker.kind] : null;
    if (marker && level) this.push(level, i, marker, marker.ordinal);
  }

  read(): void {
    const { lines, text, folded } = this.source;
    const markers = new Map<number, UnitMarker>();
    let articles = 0;
    let firstArticle = 0;
    for (let i = this.region.fromLine; i < this.region.toLine; i++) {
      const line = lines[i]!;
      if (isBlank(line)) continue;
      const marker = matchUnitMarker(text, folded, line.contentStart, line.contentEnd);
      if (!marker) continue;
      markers.set(i, marker);
      if (marker.kind === 'article' && articles++ === 0) firstArticle = marker.ordinal;
    }
    // One stray 第三条 at the start of a line in a 通知 is a citation; a regulation has several, or starts at 第一条.
    const articleMode = articles >= 2 || (articles === 1 && firstArticle === 1);
    for (let i = this.region.fromLine; i < this.region.toLine; i++) {
      const line = lines[i]!;
      if (isBlank(line)) continue;
      const marker = markers.get(i) ?? null;
      if (articleMode) this.readArticleLine(i, marker);
      else this.readOutlineLine(i, marker);
      this.previousOpen = this.article >= 0 && !PARAGRAPH_ENDS.has(folded[line.contentEnd - 1]!);
    }
  }
}

/**
 * The body hierarchy of each region, in document order. A 款 is represented implicitly for the
 * first paragraph of an article (the article unit itself is 款 1); 'paragraph' units are made for
 * 款 2 onwards, each following line of the article that is not an item or a wrapped continuation.
 */
export function buildUnits(
  source: SourceText,
  regions: readonly UnitRegion[],
  out: StructureUnit[] = [],
): StructureUnit[] {
  for (const region of regions) {
    const fromLine = Math.max(0, region.fromLine);
    const toLine = Math.min(source.lines.length, region.toLine);
    if (fromLine >= toLine) continue;
    const fallback = source.lines[fromLine]!.start;
    const regionEnd = lastContentEnd(source, fromLine, toLine, fallback);
    new RegionReader(source, out, { ...region, fromLine, toLine }, regionEnd).read();
  }
  return out;
}
