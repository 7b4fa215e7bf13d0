/** Bounds of the line that contains `offset`. */
export function lineAround(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return { start, end: nl === -1 ? text.length : nl };
}

const MAX_MARKING_LINE = 24;
/** A short line that is a title (关于加强内部资料管理的通知) mentions a marking, it does not carry one. */
const TITLE_LINE = /^关于|(?:通知|办法|规定|意见|方案|制度|细则|决定|通报|报告)$/;
const MAX_BRACKETED = 30;

/**
 * Whether a phrase stands as a marking (a short line of its own, or a bracketed note such as
 * （此件不得翻印）) rather than in running text (涉密文件不得外传 as a rule in a 保密 policy).
 */
export function isMarkingPosition(text: string, start: number, end: number): boolean {
  const line = lineAround(text, start);
  const lineText = text.slice(line.start, line.end).trim();
  if (lineText.length <= MAX_MARKING_LINE && !TITLE_LINE.test(lineText)) return true;
  const open = Math.max(
    text.lastIndexOf('(', start),
    text.lastIndexOf('（', start),
    text.lastIndexOf('【', start),
  );
  if (open < line.start) return false;
  const closeCandidates = [')', '）', '】']
    .map((c) => text.indexOf(c, end))
    .filter((i) => i !== -1);
  if (closeCandidates.length === 0) return false;
  const close = Math.min(...closeCandidates);
  return close <= line.end && close - open <= MAX_BRACKETED;
}
