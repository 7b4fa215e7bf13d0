import { diffChars } from 'diff';
import { canonicalText } from './canonical-text';
import type { Change, Comparison, KeyFactChange, Phrase } from './schema';

/**
 * The 修改前 | 修改后 | 说明 对照表 of a 起草说明, as data (for the compare view's React table) and
 * as HTML (a standalone page to export, and a bare <table> for the clipboard, which Word and WPS
 * paste as a real table). Pure: no DOM, every text escaped.
 */

/** A run of a cell's text: unchanged, deleted from the old version or inserted into the new. */
export interface CellSegment {
  text: string;
  mark: 'del' | 'ins' | null;
}

/** One row of the 对照表 with its marks. */
export interface MarkedRow {
  /** Index into `Comparison.changes`. */
  changeIndex: number;
  type: Change['type'];
  substantive: boolean;
  old: CellSegment[];
  new: CellSegment[];
  note: string;
}

export interface ComparisonView {
  rows: MarkedRow[];
  /** Key facts of the rows shown. */
  keyFacts: KeyFactChange[];
  /** All changes / substantive changes, whatever the filter. */
  total: number;
  substantive: number;
  /** Shown as the only row when `rows` is empty. */
  emptyText: string;
}

export interface ComparisonViewOptions {
  /** Hide renumberings and punctuation-only edits. */
  substantiveOnly?: boolean;
}

export interface ComparisonHtmlOptions extends ComparisonViewOptions {
  /** Title of the exported page and caption of the table. */
  title?: string;
}

export const NO_DIFFERENCE_TEXT = '两个版本没有差异';
export const NO_SUBSTANTIVE_TEXT = '两个版本没有实质性差异（仅有条文序号、标点等修改）';
export const DEFAULT_TITLE = '新旧对照表';

type Range = [number, number];

/** canonicalText with, for each canonical unit, the offset of the source unit it came from. */
function canonicalWithMap(text: string): { canon: string; map: number[] } | null {
  let canon = '';
  const map: number[] = [];
  let pendingBreak = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d || code === 0x0b || code === 0x2028 || code === 0x2029) {
      if (canon !== '' && pendingBreak < 0) pendingBreak = i;
      continue;
    }
    const ch = canonicalText(text[i]!);
    if (ch === '') continue;
    if (pendingBreak >= 0) {
      canon += '\n';
      map.push(pendingBreak);
      pendingBreak = -1;
    }
    canon += ch;
    for (let k = 0; k < ch.length; k++) map.push(i);
  }
  // Same rules as canonicalText, applied unit by unit; if they ever diverge, give up marking.
  return canon === canonicalText(text) ? { canon, map } : null;
}

/**
 * Places the phrases of a change in the canonical bodies: common text lies between them and must
 * read the same on both sides. Greedy (earliest place); null when the phrases do not fit.
 */
function placePhrases(
  oldBody: string,
  newBody: string,
  phrases: readonly Phrase[],
): { del: Range[]; ins: Range[] } | null {
  let i = 0;
  let j = 0;
  const del: Range[] = [];
  const ins: Range[] = [];
  for (const phrase of phrases) {
    const [own, other, at, otherAt] =
      phrase.op === 'delete' ? [oldBody, newBody, i, j] : [newBody, oldBody, j, i];
    let k = 0;
    for (;;) {
      if (own.startsWith(phrase.text, at + k)) break;
      if (at + k >= own.length || own[at + k] !== other[otherAt + k]) return null;
      k++;
    }
    const range: Range = [at + k, at + k + phrase.text.length];
    if (phrase.op === 'delete') {
      del.push(range);
      i = range[1];
      j += k;
    } else {
      ins.push(range);
      j = range[1];
      i += k;
    }
  }
  return oldBody.slice(i) === newBody.slice(j) ? { del, ins } : null;
}

const NUMERAL = /[0-9.〇零一二三四五六七八九十百千万亿两]/;
const UNITS = [
  '万元',
  '亿元',
  '元',
  '个工作日',
  '工作日',
  '平方米',
  '小时',
  '个月',
  '日',
  '天',
  '月',
  '年',
  '周岁',
  '岁',
  '倍',
  '%',
  '％',
  '‰',
  '人',
  '户',
  '次',
  '项',
  '个',
];

/** Bodies short enough to re-diff by character, as compareVersions diffs short units. */
const REDIFF_MAX_CHARS = 2000;

/**
 * The phrases as compareVersions placed them: short units were diffed by character, so the same
 * diff of the same bodies gives the same phrases at their true places (greedy placement may put
 * a deleted "2" of 2022→2023 on the first 2). Null when the diff gives other phrases.
 */
function rediff(
  oldBody: string,
  newBody: string,
  phrases: readonly Phrase[],
): { del: Range[]; ins: Range[] } | null {
  if (oldBody.length > REDIFF_MAX_CHARS || newBody.length > REDIFF_MAX_CHARS) return null;
  const parts = diffChars(oldBody, newBody, { timeout: 50, maxEditLength: 4000 });
  if (!parts) return null;
  const del: Range[] = [];
  const ins: Range[] = [];
  const found: Phrase[] = [];
  let i = 0;
  let j = 0;
  let joinable = false;
  for (const part of parts) {
    if (!part.added && !part.removed) {
      i += part.value.length;
      j += part.value.length;
      joinable = false;
      continue;
    }
    const op = part.added ? 'insert' : 'delete';
    const ranges = part.added ? ins : del;
    const at = part.added ? j : i;
    const last = found[found.length - 1];
    const lastRange = ranges[ranges.length - 1];
    if (joinable && last && last.op === op && lastRange) {
      last.text += part.value;
      lastRange[1] = at + part.value.length;
    } else if (part.value !== '') {
      found.push({ op, text: part.value });
      ranges.push([at, at + part.value.length]);
    }
    joinable = true;
    if (part.added) j += part.value.length;
    else i += part.value.length;
  }
  const same =
    found.length === phrases.length &&
    found.every((f, k) => f.op === phrases[k]!.op && f.text === phrases[k]!.text);
  return same ? { del, ins } : null;
}

/** Widens a mark that cuts into a number to the whole number and its unit (12元, not 2). */
function widen(text: string, [start, end]: Range): Range {
  if (start >= end) return [start, end];
  let s = start;
  let e = end;
  if (NUMERAL.test(text[s]!)) while (s > 0 && NUMERAL.test(text[s - 1]!)) s--;
  if (NUMERAL.test(text[e - 1]!)) {
    while (e < text.length && NUMERAL.test(text[e]!)) e++;
    const unit = UNITS.find((u) => text.startsWith(u, e));
    if (unit) e += unit.length;
  }
  return [s, e];
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Cuts text into segments, marking the given ranges. */
function segments(text: string, ranges: readonly Range[], mark: 'del' | 'ins'): CellSegment[] {
  const out: CellSegment[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s > at) out.push({ text: text.slice(at, s), mark: null });
    if (e > s) out.push({ text: text.slice(s, e), mark });
    at = Math.max(at, e);
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: null });
  return out;
}

interface Side {
  text: string;
  /** Canonical text of the whole unit and its source map, null if unavailable. */
  mapped: { canon: string; map: number[] } | null;
  /** Where the canonical body (the key the phrases refer to) starts in `mapped.canon`. */
  bodyAt: number;
}

function side(source: string, start: number | null, end: number | null): Side | null {
  if (start === null || end === null) return null;
  const raw = source.slice(start, end);
  const text = raw.trim();
  const mapped = canonicalWithMap(text);
  return { text, mapped, bodyAt: 0 };
}

/** Where a unit's body may start in its canonical text: after its number (第九条), else anywhere near the head. */
function bodyStarts(canon: string, label: string | null): number[] {
  const starts: number[] = [];
  if (label && canon.startsWith(label)) starts.push(label.length);
  for (let k = 0; k <= Math.min(canon.length, 16); k++) starts.push(k);
  return [...new Set(starts)].map((k) => (canon[k] === '\n' ? k + 1 : k));
}

/**
 * Finds the canonical bodies the phrases refer to (the unit's text after its number) and places
 * the phrases in them; sets `bodyAt` of each side.
 */
function placeInBodies(
  change: Change,
  oldSide: Side,
  newSide: Side,
): { oldBody: string; newBody: string; del: Range[]; ins: Range[] } | null {
  if (!oldSide.mapped || !newSide.mapped) return null;
  const oldCanon = oldSide.mapped.canon;
  const newCanon = newSide.mapped.canon;
  const length = (op: Phrase['op']) =>
    change.phrases.filter((p) => p.op === op).reduce((n, p) => n + p.text.length, 0);
  const delLen = length('delete');
  const insLen = length('insert');
  const pairs: Array<[number, number]> = [];
  for (const oldAt of bodyStarts(oldCanon, change.oldLabel))
    for (const newAt of bodyStarts(newCanon, change.newLabel))
      // Common text has the same length on both sides.
      if (oldCanon.length - oldAt - delLen === newCanon.length - newAt - insLen)
        pairs.push([oldAt, newAt]);
  // First the exact placement (a re-diff giving the same phrases), then the greedy one.
  for (const place of [rediff, placePhrases]) {
    for (const [oldAt, newAt] of pairs) {
      const oldBody = oldCanon.slice(oldAt);
      const newBody = newCanon.slice(newAt);
      const placed = place(oldBody, newBody, change.phrases);
      if (!placed) continue;
      oldSide.bodyAt = oldAt;
      newSide.bodyAt = newAt;
      return { oldBody, newBody, ...placed };
    }
  }
  return null;
}

/** Canonical body ranges → source ranges of the trimmed unit text. */
function toSource(s: Side, ranges: readonly Range[]): Range[] {
  const map = s.mapped!.map;
  return ranges
    .map(([a, b]): Range => {
      const from = a + s.bodyAt;
      const to = b + s.bodyAt;
      return [map[from]!, map[to - 1]! + 1];
    })
    .filter(([a, b]) => b > a);
}

function whole(text: string, mark: 'del' | 'ins'): CellSegment[] {
  return text === '' ? [] : [{ text, mark }];
}

function plain(text: string): CellSegment[] {
  return text === '' ? [] : [{ text, mark: null }];
}

function markedCells(
  change: Change,
  oldText: string,
  newText: string,
): { old: CellSegment[]; new: CellSegment[] } {
  const o = side(oldText, change.oldStart, change.oldEnd);
  const n = side(newText, change.newStart, change.newEnd);
  if (!o) return { old: [], new: n ? whole(n.text, 'ins') : [] };
  if (!n) return { old: whole(o.text, 'del'), new: [] };
  if (change.phrases.length === 0) return { old: plain(o.text), new: plain(n.text) };
  const placed = placeInBodies(change, o, n);
  if (!placed) return { old: whole(o.text, 'del'), new: whole(n.text, 'ins') };
  const del = mergeRanges(placed.del.map((r) => widen(placed.oldBody, r)));
  const ins = mergeRanges(placed.ins.map((r) => widen(placed.newBody, r)));
  return {
    old: segments(o.text, mergeRanges(toSource(o, del)), 'del'),
    new: segments(n.text, mergeRanges(toSource(n, ins)), 'ins'),
  };
}

/** The rows of the 对照表 with <del>/<ins> marks, the key facts and the counts. */
export function buildComparisonView(
  comparison: Comparison,
  oldText: string,
  newText: string,
  options: ComparisonViewOptions = {},
): ComparisonView {
  const substantiveOnly = options.substantiveOnly ?? false;
  const rows: MarkedRow[] = [];
  comparison.changes.forEach((change, changeIndex) => {
    if (substantiveOnly && !change.substantive) return;
    rows.push({
      changeIndex,
      type: change.type,
      substantive: change.substantive,
      ...markedCells(change, oldText, newText),
      note: change.summary,
    });
  });
  const shown = new Set(rows.map((r) => r.changeIndex));
  const total = comparison.changes.length;
  return {
    rows,
    keyFacts: comparison.keyFacts.filter((f) => shown.has(f.changeIndex)),
    total,
    substantive: comparison.changes.filter((c) => c.substantive).length,
    emptyText: total === 0 ? NO_DIFFERENCE_TEXT : NO_SUBSTANTIVE_TEXT,
  };
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Escaped text with line breaks as <br>, so that Word keeps them. */
function textHtml(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}

const DEL_STYLE = 'color:#b42318;text-decoration:line-through;';
const INS_STYLE = 'color:#067647;text-decoration:underline;font-weight:bold;';

function cellHtml(cell: readonly CellSegment[], inline: boolean): string {
  return cell
    .map((s) => {
      const body = textHtml(s.text);
      if (s.mark === null) return body;
      const style = inline ? ` style="${s.mark === 'del' ? DEL_STYLE : INS_STYLE}"` : '';
      return `<${s.mark}${style}>${body}</${s.mark}>`;
    })
    .join('');
}

const TABLE_STYLE =
  'border-collapse:collapse;width:100%;font-family:宋体,SimSun,serif;font-size:10.5pt;';
const CELL_STYLE = 'border:1px solid #000;padding:4px 6px;vertical-align:top;';
const HEAD_STYLE = `${CELL_STYLE}background:#f2f2f2;font-weight:bold;text-align:center;`;

function tableHtml(view: ComparisonView, caption: string | null, inline: boolean): string {
  const st = (style: string) => (inline ? ` style="${style}"` : '');
  const head = ['修改前', '修改后', '说明']
    .map((h, k) => {
      const width = inline ? ` width="${k === 2 ? '30%' : '35%'}"` : '';
      return `<th scope="col"${width}${st(HEAD_STYLE)}>${h}</th>`;
    })
    .join('');
  const body =
    view.rows.length === 0
      ? `<tr><td colspan="3"${st(`${CELL_STYLE}text-align:center;`)}>${escapeHtml(view.emptyText)}</td></tr>`
      : view.rows
          .map(
            (row) =>
              `<tr data-type="${row.type}">` +
              `<td${st(CELL_STYLE)}>${cellHtml(row.old, inline)}</td>` +
              `<td${st(CELL_STYLE)}>${cellHtml(row.new, inline)}</td>` +
              `<td${st(CELL_STYLE)}>${textHtml(row.note)}</td></tr>`,
          )
          .join('\n');
  const cap = caption === null ? '' : `<caption>${escapeHtml(caption)}</caption>`;
  return (
    `<table border="1" cellspacing="0" cellpadding="4"${st(TABLE_STYLE)}>${cap}` +
    `<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`
  );
}

/**
 * Just the <table>, styled inline (collapsed 1px borders, del/ins colours), for the clipboard:
 * Word and WPS paste it as a real table.
 */
export function renderComparisonTableFragment(
  comparison: Comparison,
  oldText: string,
  newText: string,
  options: ComparisonViewOptions = {},
): string {
  return tableHtml(buildComparisonView(comparison, oldText, newText, options), null, true);
}

/** The table as tab-separated text (修改前, 修改后, 说明), for the plain-text clipboard. */
export function renderComparisonTsv(
  comparison: Comparison,
  oldText: string,
  newText: string,
  options: ComparisonViewOptions = {},
): string {
  const view = buildComparisonView(comparison, oldText, newText, options);
  const cell = (text: string) => text.replace(/[\t\r\n]+/g, ' ');
  const join = (segs: readonly CellSegment[]) => cell(segs.map((s) => s.text).join(''));
  const lines = ['修改前\t修改后\t说明'];
  if (view.rows.length === 0) lines.push(`\t\t${view.emptyText}`);
  for (const row of view.rows) lines.push(`${join(row.old)}\t${join(row.new)}\t${cell(row.note)}`);
  return lines.join('\n');
}

const PAGE_CSS = `
body{margin:2em auto;max-width:60em;padding:0 1em;font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;font-size:14px;line-height:1.7;color:#101828}
h1{font-size:1.4em;margin:0 0 .5em}
h2{font-size:1.1em;margin:1.2em 0 .4em}
.meta{color:#475467;margin:0 0 1em}
table{border-collapse:collapse;width:100%}
caption{text-align:left;font-weight:bold;padding:.3em 0}
th,td{border:1px solid #000;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#f2f2f2;text-align:center}
col.old,col.new{width:35%}
del{color:#b42318;text-decoration:line-through}
ins{color:#067647;text-decoration:underline;font-weight:bold}
.notice{color:#93370d}
@media print{body{margin:0;max-width:none}}
`;

/** A complete standalone HTML page: title, 主要变化 list and the 3-column 对照表. */
export function renderComparisonHtml(
  comparison: Comparison,
  oldText: string,
  newText: string,
  options: ComparisonHtmlOptions = {},
): string {
  const title = options.title?.trim() || DEFAULT_TITLE;
  const view = buildComparisonView(comparison, oldText, newText, options);
  const facts =
    view.keyFacts.length === 0
      ? ''
      : `<h2>主要变化</h2>\n<ul class="key-facts">\n${view.keyFacts
          .map((f) => `<li>${escapeHtml(f.summary)}</li>`)
          .join('\n')}\n</ul>\n`;
  const scope = options.substantiveOnly ? '（只列实质性修改）' : '';
  const notice = comparison.aborted
    ? '<p class="notice">部分较长的条文因超出比较时限，按整段替换列出。</p>\n'
    : '';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">修改 ${view.total} 处，其中实质性 ${view.substantive} 处${scope}。</p>
${notice}${facts}<h2>对照表</h2>
${tableHtml(view, `${title}${scope}`, false)}
</body>
</html>
`;
}
