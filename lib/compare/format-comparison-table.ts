import type { Comparison, ComparisonRow } from './schema';

function slice(text: string, start: number | null, end: number | null): string {
  return start === null || end === null ? '' : text.slice(start, end).trim();
}

/** The rows of a 修改前 | 修改后 | 说明 对照表, one per change, in document order. */
export function formatComparisonTable(
  comparison: Comparison,
  oldText: string,
  newText: string,
): ComparisonRow[] {
  return comparison.changes.map((c) => ({
    old: slice(oldText, c.oldStart, c.oldEnd),
    new: slice(newText, c.newStart, c.newEnd),
    note: c.summary,
  }));
}
