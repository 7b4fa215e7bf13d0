import { toChineseNumeral } from '../structure/chinese-numeral';
import type { DocumentStructure, StructureUnit } from '../structure/schema';
import { splitLines } from '../structure/split-lines';
import { unitLabelPath } from '../structure/unit-label-path';
import { bigramSignature } from './bigram-dice';
import { canonicalText } from './canonical-text';

/** How a document is cut into comparable blocks: by 条, by 一、（一） outline units, or by lines. */
export const BLOCK_MODES = ['article', 'outline', 'lines'] as const;
export type BlockMode = (typeof BLOCK_MODES)[number];

/** What sort of unit a block is, for the nouns of summaries (增加一条 / 一章 / 一项 / 一段). */
export const BLOCK_KINDS = [
  'title',
  'lead',
  'part',
  'chapter',
  'section',
  'article',
  'outline',
  'line',
] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** The label of the document's title (《…办法》 itself may be renamed: 暂行办法 → 办法). */
export const TITLE_LABEL = '标题';

/** The label of the text between the 主送机关 and the first unit (preamble, 为了…制定本办法). */
export const LEAD_LABEL = '正文开头';

/** One comparable piece of a version: its place, its citation and its text without the number. */
export interface ComparisonBlock {
  kind: BlockKind;
  label: string;
  /** Whether the label is a number the document carries (so a changed label is a renumbering). */
  numbered: boolean;
  start: number;
  end: number;
  /** Canonical text of the body, the number stripped: the pairing key. */
  key: string;
  /** Canonical text of each 款 (articles only; one entry otherwise). */
  paragraphs: string[];
  /** Bigrams of `key`, computed on first use. */
  signature: Float64Array | null;
}

/** The bigram signature of a block, computed once. */
export function signatureOf(block: ComparisonBlock): Float64Array {
  block.signature ??= bigramSignature(block.key);
  return block.signature;
}

const HEADING_LEVELS = new Set<StructureUnit['level']>(['part', 'chapter', 'section']);

function isOutline(unit: StructureUnit): boolean {
  return unit.level.startsWith('outline');
}

/** Chooses one mode for both versions, so that their blocks are comparable. */
export function chooseBlockMode(
  oldStructure: DocumentStructure,
  newStructure: DocumentStructure,
): BlockMode {
  const units = [...oldStructure.units, ...newStructure.units];
  if (units.some((u) => u.level === 'article')) return 'article';
  if (units.some(isOutline)) return 'outline';
  return 'lines';
}

/** Where the unit's body starts: after its marker as written (第五条, 一、). */
function bodyStart(text: string, unit: StructureUnit): number {
  if (unit.label === '') return unit.start;
  // Search only the marker's line head: a label missing from it must not cost a scan of the text.
  const head = text.slice(unit.start, Math.max(unit.headingEnd, unit.start + unit.label.length));
  const at = head.indexOf(unit.label);
  return at >= 0 ? unit.start + at + unit.label.length : unit.start;
}

/** Own text of a unit: up to its first child (headings), or the whole unit (articles). */
function ownEnd(units: readonly StructureUnit[], index: number): number {
  const unit = units[index]!;
  if (unit.level === 'article') return unit.end;
  const next = units[index + 1];
  return next && next.start < unit.end ? Math.max(next.start, unit.start) : unit.end;
}

function kindOf(unit: StructureUnit): BlockKind {
  if (unit.level === 'part' || unit.level === 'chapter' || unit.level === 'section')
    return unit.level;
  return unit.level === 'article' ? 'article' : 'outline';
}

/** The canonical 款 of an article: 款 1 is the article's own text, then its 'paragraph' units. */
function articleParagraphs(text: string, structure: DocumentStructure, index: number): string[] {
  const article = structure.units[index]!;
  const starts = [bodyStart(text, article)];
  for (let i = index + 1; i < structure.units.length; i++) {
    const unit = structure.units[i]!;
    if (unit.start >= article.end) break;
    if (unit.parent === index && unit.level === 'paragraph') starts.push(unit.start);
  }
  return starts.map((s, k) => canonicalText(text.slice(s, starts[k + 1] ?? article.end)));
}

function makeBlock(
  kind: BlockKind,
  label: string,
  numbered: boolean,
  start: number,
  end: number,
  key: string,
  paragraphs?: string[],
): ComparisonBlock {
  return {
    kind,
    label,
    numbered,
    start,
    end,
    key,
    paragraphs: paragraphs ?? [key],
    signature: null,
  };
}

function lineBlocks(text: string, from: number, to: number): ComparisonBlock[] {
  const blocks: ComparisonBlock[] = [];
  for (const line of splitLines(text.slice(from, to))) {
    const key = canonicalText(text.slice(from + line.contentStart, from + line.contentEnd));
    if (key === '') continue;
    const label = `第${toChineseNumeral(blocks.length + 1)}段`;
    blocks.push(
      makeBlock('line', label, false, from + line.contentStart, from + line.contentEnd, key),
    );
  }
  return blocks;
}

function withTitle(structure: DocumentStructure, blocks: ComparisonBlock[]): ComparisonBlock[] {
  const title = structure.title;
  const key = title ? canonicalText(title.text) : '';
  if (!title || key === '') return blocks;
  return [makeBlock('title', TITLE_LABEL, false, title.start, title.end, key), ...blocks];
}

/**
 * Cuts a version into the blocks that are paired across versions: the title and the lead text, then per mode
 * the 编/章/节 headings and whole 条 (款 and 项 inside), the outline units' own text, or lines.
 */
export function comparisonBlocks(
  text: string,
  structure: DocumentStructure,
  mode: BlockMode,
): ComparisonBlock[] {
  const { units, body } = structure;
  if (mode === 'lines')
    return withTitle(structure, lineBlocks(text, body.start, Math.max(body.end, body.start)));
  const blocks: ComparisonBlock[] = [];
  units.forEach((unit, i) => {
    const wanted =
      mode === 'article'
        ? unit.level === 'article' || HEADING_LEVELS.has(unit.level)
        : isOutline(unit);
    if (!wanted) return;
    const end = ownEnd(units, i);
    const key = canonicalText(text.slice(bodyStart(text, unit), end));
    const paragraphs = unit.level === 'article' ? articleParagraphs(text, structure, i) : undefined;
    blocks.push(
      makeBlock(kindOf(unit), unitLabelPath(structure, i), true, unit.start, end, key, paragraphs),
    );
  });
  const firstStart = blocks[0]?.start ?? Math.max(body.end, body.start);
  const leadStart = Math.min(body.start, firstStart);
  const lead = canonicalText(text.slice(leadStart, firstStart));
  if (lead !== '')
    blocks.unshift(makeBlock('lead', LEAD_LABEL, false, leadStart, firstStart, lead));
  return withTitle(structure, blocks);
}
