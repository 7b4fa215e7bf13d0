/** The review log's export formats (issue 7): one entry point for the supervisor page. */
export { exportLog, type ExportOptions, type ExportResult } from './export-log';
export {
  EXPORT_FORMATS,
  EXPORT_FILE_TYPES,
  ExportMetaSchema,
  exportFileName,
  type ExportFormat,
  type ExportMeta,
  type ExportProgress,
} from './export-meta';
export {
  CSV_COLUMNS,
  CATEGORY_LABELS,
  ENTRY_OUTCOME_LABELS,
  OWN_SOURCE_LABEL,
  RECORD_TYPE_LABELS,
  SEVERITY_LABELS,
} from './export-columns';
export { describeFilter } from './describe-filter';
export type { ChartImage } from './html-summary';
export { LOG_EXPORT_FORMAT, LOG_EXPORT_FORMAT_VERSION } from './json-export';
