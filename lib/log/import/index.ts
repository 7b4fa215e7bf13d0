/** Importing and merging colleagues' review log exports (issue 7). */
export {
  IMPORT_PROBLEM_KINDS,
  ImportReportSchema,
  type ImportProblem,
  type ImportProblemKind,
  type ImportReport,
} from './import-report';
export { readLogExport, type ReadExportOptions } from './read-log-export';
export {
  REVIEW_IMPORTS_DB_NAME,
  REVIEW_IMPORTS_DB_VERSION,
  defineImportsSchema,
  type ImportSource,
  type ImportedEntry,
  type ReviewImportsDb,
} from './imports-schema';
export {
  importLogSource,
  listImportSources,
  mergeImport,
  readImportedEntryPages,
  removeImportSource,
  type MergeOptions,
  type ReadImportedPagesOptions,
} from './merge-import';
