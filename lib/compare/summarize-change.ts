import { toChineseNumeral } from '../structure/chinese-numeral';
import type { BlockKind, ComparisonBlock } from './comparison-blocks';
import type { ChangeType } from './schema';
import { sameLabel } from './same-label';

/** Where an added or moved unit now stands, cited by a neighbour's old label. */
export interface Anchor {
  label: string;
  side: 'after' | 'before';
}

/** What a summary is written from: the change type, the blocks on each side and the anchor. */
export interface SummaryInput {
  type: ChangeType;
  oldBlock: ComparisonBlock | null;
  newBlock: ComparisonBlock | null;
  anchor: Anchor | null;
}

/** Longest quoted text in a summary; the 对照表 shows the rest. */
const QUOTE_MAX = 60;
/** An edit this short inside a sentence is cited as 将…中的“A”修改为“B”. */
const SMALL_EDIT_MAX = 30;
/** Multi-character units read with the number before them (3个工作日, 5平方米). */
const UNIT_WORD = /^(?:工作日|自然日|小时|个月|平方米|周岁|周)/;
const NUMERAL_OR_UNIT = /[0-9.〇零一二三四五六七八九十百千万亿两%元日天年月个倍人户]/;

function noun(kind: BlockKind): string {
  switch (kind) {
    case 'article':
      return '条';
    case 'chapter':
      return '章';
    case 'section':
      return '节';
    case 'part':
      return '编';
    case 'outline':
      return '项';
    case 'title':
    case 'lead':
    case 'line':
      return '段';
  }
}

function quote(text: string): string {
  const line = text.replace(/\n+/g, ' ').trim();
  return line.length > QUOTE_MAX ? `${line.slice(0, QUOTE_MAX)}……` : line;
}

interface SmallEdit {
  from: string;
  to: string;
  /** Text just before the edit, for a pure insertion (在…中的“X”后增加). */
  before: string;
}

/** The single short region where two texts differ, widened to whole numbers (三十日 not 三十). */
export function smallEdit(a: string, b: string): SmallEdit | null {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const touchesNumber = (ch: string | undefined) => ch !== undefined && NUMERAL_OR_UNIT.test(ch);
  const changed = a.slice(p, a.length - s) + b.slice(p, b.length - s);
  if ([...changed].some((ch) => touchesNumber(ch))) {
    while (p > 0 && /[0-9.〇零一二三四五六七八九十百千万两]/.test(a[p - 1]!)) p--;
    while (s > 0 && touchesNumber(a[a.length - s])) s--;
    const unit = UNIT_WORD.exec(a.slice(a.length - s));
    if (unit) s -= unit[0].length;
  }
  const from = a.slice(p, a.length - s);
  const to = b.slice(p, b.length - s);
  if (from === '' && to === '') return null;
  if (from.length > SMALL_EDIT_MAX || to.length > SMALL_EDIT_MAX) return null;
  if (from.includes('\n') || to.includes('\n')) return null;
  const head = a.slice(0, p);
  const clauseStart =
    Math.max(...['，', '。', '；', '：', '\n'].map((m) => head.lastIndexOf(m))) + 1;
  const before = head.slice(Math.max(clauseStart, p - 12));
  if (from === '' && before === '') return null;
  return { from, to, before };
}

/** A 修改决定 sentence for an edit of one unit (or 款) cited as `label`. */
function editSentence(label: string, a: string, b: string): string {
  const edit = smallEdit(a, b);
  if (!edit) return `${label}修改为：“${quote(b)}”。`;
  if (edit.from === '') return `在${label}中的“${edit.before}”后增加“${edit.to}”。`;
  if (edit.to === '') return `删去${label}中的“${edit.from}”。`;
  return `将${label}中的“${edit.from}”修改为“${edit.to}”。`;
}

function without<T>(list: readonly T[], k: number): T[] {
  return [...list.slice(0, k), ...list.slice(k + 1)];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Cites the 款 when only one 款 of an article changed, was added or was deleted. */
function modifiedSentence(oldBlock: ComparisonBlock, newBlock: ComparisonBlock): string {
  const label = oldBlock.label;
  const a = oldBlock.paragraphs;
  const b = newBlock.paragraphs;
  if (oldBlock.kind === 'article' && a.length === b.length && a.length > 1) {
    const differing = a.map((_, k) => k).filter((k) => a[k] !== b[k]);
    if (differing.length === 1) {
      const k = differing[0]!;
      return editSentence(`${label}第${toChineseNumeral(k + 1)}款`, a[k]!, b[k]!);
    }
  }
  if (oldBlock.kind === 'article' && b.length === a.length + 1) {
    const k = b.findIndex((_, i) => sameList(without(b, i), a));
    if (k >= 0) return `${label}增加一款，作为第${toChineseNumeral(k + 1)}款：“${quote(b[k]!)}”。`;
  }
  if (oldBlock.kind === 'article' && a.length === b.length + 1) {
    const k = a.findIndex((_, i) => sameList(without(a, i), b));
    if (k >= 0) return `删去${label}第${toChineseNumeral(k + 1)}款。`;
  }
  return editSentence(label, oldBlock.key, newBlock.key);
}

function renumberNote(oldBlock: ComparisonBlock, newBlock: ComparisonBlock): string {
  return oldBlock.numbered && !sameLabel(oldBlock.label, newBlock.label)
    ? `该${noun(newBlock.kind)}改为${newBlock.label}。`
    : '';
}

function anchorText(anchor: Anchor | null): string {
  if (!anchor) return '';
  return `${anchor.label}${anchor.side === 'after' ? '后' : '前'}`;
}

/**
 * One sentence in the style of a 修改决定: 第三条第二款修改为：“……”。 删去第七条。
 * 第五条后增加一条，作为第六条：“……”。 将第十二条中的“三十日”修改为“十五日”。 第八条移至第三条之后。
 * 第六条改为第七条（条文未修改）。
 */
export function summarizeChange(input: SummaryInput): string {
  const { oldBlock, newBlock, anchor } = input;
  switch (input.type) {
    case 'added': {
      if (!newBlock) return '';
      if (newBlock.kind === 'title') return `增加${newBlock.label}：“${quote(newBlock.key)}”。`;
      return `${anchorText(anchor)}增加一${noun(newBlock.kind)}，作为${newBlock.label}：“${quote(newBlock.key)}”。`;
    }
    case 'removed':
      return oldBlock ? `删去${oldBlock.label}。` : '';
    case 'modified': {
      if (!oldBlock || !newBlock) return '';
      return modifiedSentence(oldBlock, newBlock) + renumberNote(oldBlock, newBlock);
    }
    case 'moved': {
      if (!oldBlock || !newBlock) return '';
      const where = anchor
        ? `${anchor.label}之${anchor.side === 'after' ? '后' : '前'}`
        : newBlock.label;
      const edited = oldBlock.key !== newBlock.key ? `，并修改为：“${quote(newBlock.key)}”` : '';
      return `${oldBlock.label}移至${where}${edited}。`;
    }
    case 'renumbered': {
      if (!oldBlock || !newBlock) return '';
      const what = newBlock.kind === 'article' ? '条文' : '内容';
      return `${oldBlock.label}改为${newBlock.label}（${what}未修改）。`;
    }
  }
}
