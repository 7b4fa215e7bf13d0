import { DOCUMENT_CLASS_LABELS } from '../../classify/classify-document';
import type { Category, Severity } from '../../engine/schema';
import { formatChinaTime } from '../log-stats';
import { maskPersonalData } from '../mask-personal-data';
import type { EntryOutcome, ReviewLogEntry } from '../review-log-entry';
import type { RecordType } from '../review-record';

/**
 * The columns of the CSV and XLSX exports, one row per record. The README documents them from
 * CSV_COLUMNS; every text cell is masked again here (issue 7: no export ever holds raw personal
 * data, even if a record was written before a masking rule existed).
 */

/** Chinese names of the record types, as the supervisor page shows them. */
export const RECORD_TYPE_LABELS: Record<RecordType, string> = {
  'sign-off': '审核签批',
  'gate-decision': '发布把关',
  'retention-delete': '过期清理',
};

/** Chinese names of sign-off outcomes and gate decisions. */
export const ENTRY_OUTCOME_LABELS: Record<EntryOutcome, string> = {
  approved: '通过',
  returned: '退回修改',
  conditional: '有条件通过',
  'back-to-edit': '返回修改',
  'publish-anyway': '仍然发布',
};

/** Chinese names of the rule categories. */
export const CATEGORY_LABELS: Record<Category, string> = {
  'personal-data': '个人信息保护',
  confidentiality: '保密审查',
  disclosure: '公开属性',
  interpretation: '政策解读',
  'policy-change': '新旧政策差异',
};

/** Chinese names of the severities. */
export const SEVERITY_LABELS: Record<Severity, string> = {
  block: '阻断',
  warn: '警告',
  info: '提示',
};

/** A cell: text, or a count that spreadsheets should sum. */
export type ExportCell = string | number;

/** One column: its key, its Chinese header and what it holds (for the README). */
export interface ExportColumn {
  key: string;
  header: string;
  description: string;
}

/** The export's columns, in order. */
export const CSV_COLUMNS = [
  {
    key: 'time',
    header: '时间',
    description: '决定的时间，北京时间（UTC+8），YYYY-MM-DD HH:mm:ss',
  },
  { key: 'type', header: '类型', description: '审核签批、发布把关或过期清理' },
  { key: 'unit', header: '单位', description: '审核单位' },
  { key: 'reviewer', header: '审核人', description: '签批人，或在发布把关中作答的人（可为空）' },
  { key: 'origin', header: '站点', description: '网站管理系统页面的来源（协议与域名）' },
  { key: 'path', header: '路径', description: '页面路径，长数字已遮蔽' },
  { key: 'title', header: '标题', description: '文件标题' },
  { key: 'documentNumber', header: '文号', description: '发文字号，无则为空' },
  {
    key: 'documentClass',
    header: '文件类别',
    description: '三同步分类（规章、行政规范性文件等），未分类为空',
  },
  { key: 'disclosureAttribute', header: '公开属性', description: '页面上填写的公开属性' },
  {
    key: 'outcome',
    header: '结论/发布决定',
    description: '通过、退回修改、有条件通过；或返回修改、仍然发布',
  },
  { key: 'note', header: '理由/意见', description: '签批意见、仍然发布的理由或清理说明' },
  { key: 'findingCount', header: '发现数', description: '该记录中的问题总数' },
  { key: 'block', header: '阻断', description: '阻断级问题数' },
  { key: 'warn', header: '警告', description: '警告级问题数' },
  { key: 'info', header: '提示', description: '提示级问题数' },
  {
    key: 'rules',
    header: '规则',
    description: '命中的规则编号及次数，如 personal-data/phone×2；以“；”分隔',
  },
  { key: 'excerpts', header: '摘录', description: '问题摘录（已遮蔽），以“ | ”分隔' },
  { key: 'seq', header: '序号', description: '记录在其日志链中的序号（seq）' },
  { key: 'id', header: '记录编号', description: '记录的唯一编号（UUID），合并导入时据此去重' },
  { key: 'hash', header: '哈希', description: '记录的 SHA-256 哈希，用于核验链条' },
  { key: 'source', header: '来源', description: '本机记录，或导入文件的名称' },
] as const satisfies readonly ExportColumn[];

/** What the 来源 column says for the supervisor's own log. */
export const OWN_SOURCE_LABEL = '本机记录';

/**
 * What maskPersonalData could change: a run of 7 digits or an @. Testing for it first spares
 * the masking (and its garbage) on the nearly all cells that hold neither.
 */
const MAYBE_PERSONAL = /[0-9\uFF10-\uFF19]{7}|@/;

/** maskPersonalData, with a fast path for text that cannot hold what it masks. */
export function maskText(text: string): string {
  return MAYBE_PERSONAL.test(text) ? maskPersonalData(text) : text;
}

const mask = maskText;

/** The cells of one record, in CSV_COLUMNS order, text masked. */
export function entryCells(entry: ReviewLogEntry, source: string): ExportCell[] {
  const content = entry.content;
  const time = formatChinaTime(entry.time);
  const type = RECORD_TYPE_LABELS[content.type];
  if (content.type === 'retention-delete') {
    const reason = content.reason ? `：${mask(content.reason)}` : '';
    const note = `删除第 ${content.fromSeq}–${content.toSeq} 条中的 ${content.deletedCount} 条（${formatChinaTime(Date.parse(content.cutoff))} 之前）${reason}`;
    // prettier-ignore
    return [time, type, mask(content.unit), mask(content.reviewer), '', '', '', '', '', '', '', note, 0, 0, 0, 0, '', '', entry.seq, entry.id, entry.hash, mask(source)];
  }
  const severities = { block: 0, warn: 0, info: 0 };
  const rules = new Map<string, number>();
  let excerpts = '';
  for (const finding of content.findings) {
    severities[finding.severity] += 1;
    rules.set(finding.ruleId, (rules.get(finding.ruleId) ?? 0) + 1);
    if (finding.excerpt) excerpts += `${excerpts ? ' | ' : ''}${mask(finding.excerpt)}`;
  }
  let ruleText = '';
  for (const [ruleId, n] of rules)
    ruleText += `${ruleText ? '；' : ''}${ruleId}${n > 1 ? `×${n}` : ''}`;
  const isSignOff = content.type === 'sign-off';
  return [
    time,
    type,
    mask(content.unit),
    mask(content.reviewer),
    mask(content.origin),
    mask(content.path),
    mask(content.title),
    mask(content.documentNumber),
    content.documentClass ? DOCUMENT_CLASS_LABELS[content.documentClass] : '',
    mask(content.disclosureAttribute),
    ENTRY_OUTCOME_LABELS[isSignOff ? content.outcome : content.decision],
    mask(isSignOff ? content.comment : content.reason),
    content.findings.length,
    severities.block,
    severities.warn,
    severities.info,
    ruleText,
    excerpts,
    entry.seq,
    entry.id,
    entry.hash,
    mask(source),
  ];
}
