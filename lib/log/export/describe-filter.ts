import { isEmptyFilter, type LogFilter } from '../log-query';
import { formatChinaTime } from '../log-stats';
import { maskPersonalData } from '../mask-personal-data';
import {
  CATEGORY_LABELS,
  ENTRY_OUTCOME_LABELS,
  RECORD_TYPE_LABELS,
  SEVERITY_LABELS,
} from './export-columns';

/** The filters in words, for the export's meta sheet and summary: 单位：市教育局；结论：退回修改. */
export function describeFilter(filter: LogFilter): string {
  if (isEmptyFilter(filter)) return '全部记录（未筛选）';
  const parts: string[] = [];
  const list = (label: string, values: readonly string[] | undefined) => {
    if (values && values.length > 0) parts.push(`${label}：${values.join('、')}`);
  };
  if (filter.from !== undefined || filter.to !== undefined) {
    const from = filter.from === undefined ? '' : formatChinaTime(filter.from);
    const to = filter.to === undefined ? '' : formatChinaTime(filter.to);
    parts.push(`时间：${from} 至 ${to}`);
  }
  list('单位', filter.units);
  list('审核人', filter.reviewers);
  list('站点', filter.origins);
  list(
    '类型',
    filter.types?.map((t) => RECORD_TYPE_LABELS[t]),
  );
  list(
    '结论/决定',
    filter.outcomes?.map((o) => ENTRY_OUTCOME_LABELS[o]),
  );
  list(
    '问题类别',
    filter.categories?.map((c) => CATEGORY_LABELS[c]),
  );
  list('规则', filter.ruleIds);
  list(
    '级别',
    filter.severities?.map((s) => SEVERITY_LABELS[s]),
  );
  list('来源', filter.sourceKeys);
  if (filter.text?.trim()) parts.push(`搜索：${filter.text.trim()}`);
  return maskPersonalData(parts.join('；'));
}
