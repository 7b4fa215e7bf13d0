import { z } from 'zod';
import { LogFilterSchema } from '../log-query';
import { maskRecordPersonalData } from '../mask-personal-data';

/**
 * What every export carries besides the records (issue 7; axe-core #1336: who ran it and when,
 * even when nothing was found): who exported, when, under which filters, with which versions.
 */

/** The formats a supervisor can export to. */
export const EXPORT_FORMATS = ['csv', 'xlsx', 'json', 'html'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/** Who exported what, when, and with which versions. */
export const ExportMetaSchema = z.object({
  /** ISO 8601. */
  exportedAt: z.iso.datetime({ offset: true }),
  exportedBy: z.object({ unit: z.string().max(200), reviewer: z.string().max(100) }),
  filters: LogFilterSchema,
  extensionVersion: z.string().max(100),
  engineVersion: z.string().max(100),
  rulesVersion: z.string().max(100),
});
export type ExportMeta = z.infer<typeof ExportMetaSchema>;

/** How far an export has got, in records. */
export interface ExportProgress {
  done: number;
  total: number;
}

/** The meta with personal data masked: a search for an ID number must not leak through the filters. */
export function maskExportMeta(meta: ExportMeta): ExportMeta {
  return maskRecordPersonalData(meta).record;
}

/** MIME type and file extension of each format. */
export const EXPORT_FILE_TYPES: Record<ExportFormat, { mimeType: string; fileExtension: string }> =
  {
    csv: { mimeType: 'text/csv;charset=utf-8', fileExtension: 'csv' },
    xlsx: {
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      fileExtension: 'xlsx',
    },
    json: { mimeType: 'application/json', fileExtension: 'json' },
    html: { mimeType: 'text/html;charset=utf-8', fileExtension: 'html' },
  };

/**
 * disclosure-review-log-20261203-1105.csv: the export's name, stamped with its time in China.
 * ASCII on purpose: given 审核日志-….csv through <a download>, Debian's Chromium (headless, in the
 * log-page test) named the file "download", without its extension.
 */
export function exportFileName(meta: ExportMeta, format: ExportFormat): string {
  const china = new Date(Date.parse(meta.exportedAt) + 8 * 3_600_000).toISOString();
  const stamp = `${china.slice(0, 10).replaceAll('-', '')}-${china.slice(11, 16).replace(':', '')}`;
  return `disclosure-review-log-${stamp}.${EXPORT_FILE_TYPES[format].fileExtension}`;
}
