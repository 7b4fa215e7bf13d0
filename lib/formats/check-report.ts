import type { Comparison } from '../compare/schema';
import type { Finding, Profile, ReviewResult } from '../engine/schema';

/** One file as the check command reviewed it. */
export interface CheckedFile {
  path: string;
  /** The text findings' offsets refer to. */
  text: string;
  profile: Profile;
  documentClass: ReviewResult['documentClass'];
  findings: Finding[];
  /** The comparison with the previous version, when one was given. */
  comparison?: Comparison;
}

const SEVERITY_LABEL = { block: '阻断', warn: '警告', info: '提示' } as const;
const PROFILE_LABEL = { general: '一般', epidemiological: '流调（疫情）' } as const;

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Formats the human-readable report of the check command (Chinese, one finding a line). */
export function formatCheckReport(files: readonly CheckedFile[]): string {
  const lines: string[] = [];
  const totals = { block: 0, warn: 0, info: 0 };
  for (const file of files) {
    lines.push(
      `${file.path}  [${PROFILE_LABEL[file.profile]}] ${file.documentClass.label}（${file.documentClass.evidence.join('；')}）`,
    );
    if (file.findings.length === 0) lines.push('  未发现问题');
    for (const f of file.findings) {
      totals[f.severity]++;
      const where =
        f.start === null
          ? '文档'
          : f.field === 'body'
            ? formatPosition(file.text, f.start)
            : f.field;
      lines.push(`  ${where.padEnd(8)} ${SEVERITY_LABEL[f.severity]}  ${f.ruleId}  ${f.message}`);
      lines.push(`  ${' '.repeat(8)} 「${f.excerpt}」`);
    }
    if (file.comparison) {
      const substantive = file.comparison.changes.filter((c) => c.substantive);
      lines.push(
        `  与旧版相比：${file.comparison.changes.length} 处修改（实质性 ${substantive.length} 处）`,
      );
      for (const fact of file.comparison.keyFacts.slice(0, 20))
        lines.push(`    主要变化：${fact.summary}`);
      for (const change of file.comparison.changes.slice(0, 50))
        lines.push(`    ${change.summary}`);
    }
    lines.push('');
  }
  lines.push(
    `共检查 ${files.length} 个文件：阻断 ${totals.block}，警告 ${totals.warn}，提示 ${totals.info}` +
      ` / ${files.length} file(s): ${totals.block} block, ${totals.warn} warn, ${totals.info} info`,
  );
  return `${lines.join('\n')}\n`;
}

function formatPosition(text: string, offset: number): string {
  const { line, column } = lineColumn(text, offset);
  return `${line}:${column}`;
}
