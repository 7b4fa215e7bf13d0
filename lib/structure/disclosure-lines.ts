import type { DisclosureLine } from './schema';
import { isBlank } from './split-lines';
import type { SourceText } from './source-text';

/** Labels of a disclosure statement, longest first so 信息公开属性 is not read as 公开属性. */
export const DISCLOSURE_LABELS = [
  '信息公开选项',
  '信息公开属性',
  '信息公开方式',
  '公开属性',
  '公开方式',
  '公开类别',
  '公开类型',
  '公开选项',
  '公开形式',
] as const;

const MAX_LABEL_GAP = 2;
const VALUE_STOPS = new Set([';', '。']);

/** Where a value ends: at ；/; /。, a wide gap before the next field, an unmatched ）, or `to`. */
function valueEnd(folded: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = folded[i]!;
    if (VALUE_STOPS.has(ch)) return i;
    if (ch === '(') depth++;
    else if (ch === ')' && depth-- === 0) return i;
    else if (ch === ' ' && folded[i + 1] === ' ') return i;
  }
  return to;
}

/** Every 公开属性：/公开方式：/信息公开选项：… statement in the text, wherever it stands. */
export function findDisclosureLines(source: SourceText): DisclosureLine[] {
  const { text, folded } = source;
  const found: DisclosureLine[] = [];
  let next = -1;
  for (const line of source.lines) {
    if (isBlank(line)) continue;
    // Every label contains 公开: lines before its next occurrence are passed over without a search.
    if (next < line.contentStart && next !== -2) {
      next = folded.indexOf('公开', line.contentStart);
      if (next < 0) next = -2;
    }
    if (next < 0 || next >= line.contentEnd) continue;
    const content = folded.slice(line.contentStart, line.contentEnd);
    const covered = new Uint8Array(content.length);
    const hits: Array<{ start: number; label: string }> = [];
    for (const label of DISCLOSURE_LABELS) {
      for (
        let at = content.indexOf(label);
        at >= 0;
        at = content.indexOf(label, at + label.length)
      ) {
        if (covered[at]) continue;
        covered.fill(1, at, at + label.length);
        hits.push({ start: line.contentStart + at, label });
      }
    }
    hits.sort((a, b) => a.start - b.start);
    hits.forEach((hit, n) => {
      let j = hit.start + hit.label.length;
      const gap = j;
      while (j < line.contentEnd && j - gap < MAX_LABEL_GAP && folded[j] === ' ') j++;
      if (folded[j] !== ':') return;
      j++;
      while (j < line.contentEnd && folded[j] === ' ') j++;
      const limit = Math.min(line.contentEnd, hits[n + 1]?.start ?? line.contentEnd);
      let end = valueEnd(folded, j, limit);
      while (end > j && folded[end - 1] === ' ') end--;
      found.push({
        label: text.slice(hit.start, hit.start + hit.label.length),
        value: text.slice(j, end),
        start: hit.start,
        end,
        valueStart: j,
        valueEnd: end,
      });
    });
  }
  return found;
}
