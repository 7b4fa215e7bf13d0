import type { ReviewLogEntry } from '../review-log-entry';
import { CSV_COLUMNS, entryCells, type ExportCell } from './export-columns';
import type { ExportMeta } from './export-meta';
import type { ExportSink, ExportWriter } from './export-writer';

/**
 * CSV for Excel and WPS: UTF-8 with a byte-order mark (without it both read the file as GBK
 * and garble every Chinese character), CRLF rows, RFC 4180 quoting.
 */

/** The UTF-8 byte-order mark that makes Excel and WPS read the file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** Characters that start a formula in Excel, WPS or LibreOffice (CSV injection, OWASP). */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/** A cell as CSV text: formula starts defused with an apostrophe, quoted when it must be. */
export function csvCell(value: ExportCell): string {
  if (typeof value === 'number') return String(value);
  let text = value;
  if (text.length > 0 && FORMULA_START.has(text[0]!)) text = `'${text}`;
  if (!/[",\r\n]/.test(text)) return text;
  return `"${text.replaceAll('"', '""')}"`;
}

/** One CSV line with its CRLF. */
export function csvLine(cells: readonly ExportCell[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : ',') + csvCell(cells[i]!);
  return `${line}\r\n`;
}

/** Writes the header, then one line per record, a page at a time. */
export function csvWriter(
  sink: ExportSink,
  context: { meta: ExportMeta; sourceOf: (entry: ReviewLogEntry) => string },
): ExportWriter {
  sink.write(UTF8_BOM + csvLine(CSV_COLUMNS.map((column) => column.header)));
  return {
    page(entries) {
      let text = '';
      for (const entry of entries) text += csvLine(entryCells(entry, context.sourceOf(entry)));
      sink.write(text);
    },
    finish() {},
  };
}
