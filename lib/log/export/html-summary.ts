import { CATEGORIES, SEVERITIES } from '../../engine/schema';
import { toLogRow, type LogRow } from '../log-query';
import {
  findingsPerCategoryPerWeek,
  formatChinaTime,
  logTotals,
  publishDespiteWarningsByUnit,
  reviewsPerReviewer,
  topRules,
} from '../log-stats';
import { maskPersonalData } from '../mask-personal-data';
import type { ReviewLogEntry } from '../review-log-entry';
import { OUTCOMES } from '../review-record';
import { describeFilter } from './describe-filter';
import {
  CATEGORY_LABELS,
  ENTRY_OUTCOME_LABELS,
  RECORD_TYPE_LABELS,
  SEVERITY_LABELS,
} from './export-columns';
import type { ExportMeta } from './export-meta';
import type { ExportSink, ExportWriter } from './export-writer';

/**
 * The printable summary a supervisor attaches to a report: one self-contained page (inline CSS,
 * charts as data URLs, nothing fetched), with totals, the statistics tables, the charts the page
 * drew, and the notable cases. Every text is HTML-escaped and masked.
 */

/** A chart drawn by the page, embedded as a PNG data URL. */
export interface ChartImage {
  title: string;
  pngDataUrl: string;
}

/** How many notable cases of each kind the summary lists (the newest). */
const NOTABLE_LIMIT = 50;

/** Only a PNG data URL is embedded: anything else could carry script or fetch from the network. */
const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and attribute values, after masking personal data. */
export function escapeHtml(text: string): string {
  return maskPersonalData(text).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}

const STYLE = `
body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #1f2328; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.6; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { font-size: 1.2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .9rem; }
th, td { border: 1px solid #d0d7de; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; white-space: nowrap; }
table.cases td:nth-child(1), table.cases td:nth-child(3) { white-space: nowrap; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; font-size: .9rem; }
dl.meta dt { color: #57606a; }
dl.meta dd { margin: 0; }
figure { margin: 1rem 0; break-inside: avoid; }
figure img { max-width: 100%; }
figcaption { font-size: .9rem; color: #57606a; }
.empty { color: #57606a; font-style: italic; }
footer { margin-top: 2rem; font-size: .8rem; color: #57606a; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  tr, figure { break-inside: avoid; }
  thead { display: table-header-group; }
}
`;

interface Notable {
  row: LogRow;
  detail: string;
}

/** Keeps the newest `NOTABLE_LIMIT` cases, trimming now and then instead of on every push. */
function keepNewest(list: Notable[]): void {
  if (list.length < NOTABLE_LIMIT * 4) return;
  list.sort((a, b) => b.row.time - a.row.time);
  list.length = NOTABLE_LIMIT;
}

function table(
  headers: string[],
  rows: (string | number)[][],
  numeric: boolean[] = [],
  className = '',
): string {
  if (rows.length === 0) return '<p class="empty">无记录。</p>';
  const cell = (tag: string, value: string | number, i: number) =>
    `<${tag}${numeric[i] ? ' class="n"' : ''}>${typeof value === 'number' ? value : escapeHtml(value)}</${tag}>`;
  return `<table${className ? ` class="${className}"` : ''}><thead><tr>${headers.map((h, i) => cell('th', h, i)).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((v, i) => cell('td', v, i)).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

function notableTable(list: Notable[]): string {
  const newest = [...list].sort((a, b) => b.row.time - a.row.time).slice(0, NOTABLE_LIMIT);
  return table(
    ['时间', '单位', '审核人', '标题', '文号', '说明'],
    newest.map(({ row, detail }) => [
      formatChinaTime(row.time),
      row.unit,
      row.reviewer,
      row.title,
      row.documentNumber,
      detail,
    ]),
    [],
    'cases',
  );
}

/** Writes the summary once every page has been seen (it needs all the counts). */
export function htmlWriter(
  sink: ExportSink,
  context: { meta: ExportMeta; chartImages?: readonly ChartImage[] },
): ExportWriter {
  const rows: LogRow[] = [];
  const publishedAnyway: Notable[] = [];
  const returned: Notable[] = [];
  const blocking: Notable[] = [];
  return {
    page(entries: readonly ReviewLogEntry[]) {
      for (const entry of entries) {
        const row = toLogRow(entry, { kind: 'own' });
        rows.push(row);
        if (row.outcome === 'publish-anyway') {
          publishedAnyway.push({ row, detail: row.note });
          keepNewest(publishedAnyway);
        }
        if (row.outcome === 'returned') {
          returned.push({ row, detail: row.note });
          keepNewest(returned);
        }
        if ((row.severityCounts.block ?? 0) > 0 && entry.content.type !== 'retention-delete') {
          const detail = entry.content.findings
            .filter((f) => f.severity === 'block')
            .map((f) => (f.excerpt ? `${f.ruleId}：${f.excerpt}` : f.ruleId))
            .join('；');
          blocking.push({ row, detail });
          keepNewest(blocking);
        }
      }
    },
    finish() {
      sink.write(summaryHtml(context, rows, { publishedAnyway, returned, blocking }));
    },
  };
}

function summaryHtml(
  { meta, chartImages = [] }: { meta: ExportMeta; chartImages?: readonly ChartImage[] },
  rows: LogRow[],
  notable: { publishedAnyway: Notable[]; returned: Notable[]; blocking: Notable[] },
): string {
  const totals = logTotals(rows);
  const weekly = findingsPerCategoryPerWeek(rows);
  const charts = chartImages
    .filter((chart) => PNG_DATA_URL.test(chart.pngDataUrl))
    .map(
      (chart) =>
        `<figure><img src="${chart.pngDataUrl}" alt="${escapeHtml(chart.title)}"><figcaption>${escapeHtml(chart.title)}</figcaption></figure>`,
    )
    .join('');
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    first = Math.min(first, row.time);
    last = Math.max(last, row.time);
  }
  const span = rows.length === 0 ? '—' : `${formatChinaTime(first)} 至 ${formatChinaTime(last)}`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>公开审查日志汇总</title>
<style>${STYLE}</style>
</head>
<body>
<h1>公开审查日志汇总</h1>
<dl class="meta">
<dt>导出时间</dt><dd>${escapeHtml(formatChinaTime(Date.parse(meta.exportedAt)))}（北京时间）</dd>
<dt>导出单位</dt><dd>${escapeHtml(meta.exportedBy.unit) || '—'}</dd>
<dt>导出人</dt><dd>${escapeHtml(meta.exportedBy.reviewer) || '—'}</dd>
<dt>筛选条件</dt><dd>${escapeHtml(describeFilter(meta.filters))}</dd>
<dt>记录时间范围</dt><dd>${escapeHtml(span)}</dd>
<dt>版本</dt><dd>扩展 ${escapeHtml(meta.extensionVersion)}；审查引擎 ${escapeHtml(meta.engineVersion)}；规则 ${escapeHtml(meta.rulesVersion)}</dd>
</dl>
<h2>总计</h2>
${table(
  ['记录', '审核签批', '发布把关', '发现问题', ...SEVERITIES.map((s) => SEVERITY_LABELS[s])],
  [
    [
      totals.records,
      totals.signOffs,
      totals.gateDecisions,
      totals.findings,
      ...SEVERITIES.map((s) => totals.bySeverity[s] ?? 0),
    ],
  ],
  Array(7).fill(true),
)}
${table(
  ['类型', '结论/决定', '记录数'],
  Object.entries(ENTRY_OUTCOME_LABELS).map(([key, label]) => [
    RECORD_TYPE_LABELS[
      (OUTCOMES as readonly string[]).includes(key) ? 'sign-off' : 'gate-decision'
    ],
    label,
    totals.byOutcome[key] ?? 0,
  ]),
  [false, false, true],
)}
${charts ? `<h2>图表</h2>${charts}` : ''}
<h2>每周各类问题数</h2>
${table(
  ['周（周一）', ...CATEGORIES.map((c) => CATEGORY_LABELS[c])],
  weekly.weeks.map((week, i) => [week, ...weekly.series.map((s) => s.counts[i] ?? 0)]),
  [false, ...CATEGORIES.map(() => true)],
)}
<h2>高频规则</h2>
${table(
  ['规则', '类别', '问题数', '涉及记录'],
  topRules(rows).map((r) => [
    r.ruleId,
    r.category ? CATEGORY_LABELS[r.category] : '',
    r.count,
    r.documents,
  ]),
  [false, false, true, true],
)}
<h2>各单位“仍然发布”比例</h2>
${table(
  ['单位', '发布把关', '仍然发布', '比例'],
  publishDespiteWarningsByUnit(rows).map((u) => [
    u.unit,
    u.gateDecisions,
    u.publishedAnyway,
    percent(u.rate),
  ]),
  [false, true, true, true],
)}
<h2>审核人签批数</h2>
${table(
  ['审核人', '签批', ...OUTCOMES.map((o) => ENTRY_OUTCOME_LABELS[o])],
  reviewsPerReviewer(rows).map((r) => [
    r.reviewer,
    r.signOffs,
    ...OUTCOMES.map((o) => r.byOutcome[o]),
  ]),
  [false, true, true, true, true],
)}
<h2>值得关注的记录</h2>
<h3>${RECORD_TYPE_LABELS['gate-decision']}：仍然发布（最近 ${NOTABLE_LIMIT} 条）</h3>
${notableTable(notable.publishedAnyway)}
<h3>${RECORD_TYPE_LABELS['sign-off']}：退回修改（最近 ${NOTABLE_LIMIT} 条）</h3>
${notableTable(notable.returned)}
<h3>含阻断级问题的记录（最近 ${NOTABLE_LIMIT} 条）</h3>
${notableTable(notable.blocking)}
<footer>由公开审查助手生成。摘录与文本中的证件号、电话等个人信息均已遮蔽。</footer>
</body>
</html>
`;
}
