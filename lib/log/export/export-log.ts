import { throwIfAborted } from '../log-pages';
import { isEmptyFilter } from '../log-query';
import type { ReviewLogEntry } from '../review-log-entry';
import { csvWriter } from './csv-export';
import { OWN_SOURCE_LABEL } from './export-columns';
import {
  EXPORT_FILE_TYPES,
  maskExportMeta,
  type ExportFormat,
  type ExportMeta,
  type ExportProgress,
} from './export-meta';
import { partsSink, type ExportSink, type ExportWriter } from './export-writer';
import { htmlWriter, type ChartImage } from './html-summary';
import { jsonWriter } from './json-export';
import { xlsxWriter } from './xlsx-export';

/**
 * Exports the review log in one of four formats, page by page (FIELD-NOTES: long exports are
 * streamed into a Blob, never built as one string): each page of entries becomes encoded parts
 * at once, progress is reported after each page, and a cancel stops between pages.
 */

/** Options of an export. */
export interface ExportOptions {
  meta: ExportMeta;
  /** How many entries are coming, for the progress bar. */
  total: number;
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
  /** HTML only: charts the page drew, embedded in the summary. */
  chartImages?: ChartImage[];
  /**
   * What the 来源 column says for an entry (CSV, XLSX); 本机记录 (OWN_SOURCE_LABEL) by default. In
   * JSON, entries with another source carry it, and each source's chain is summarised apart.
   */
  sourceOf?: (entry: ReviewLogEntry) => string;
  /** JSON: whether the entries are the whole chain; by default, whether meta.filters is empty. */
  complete?: boolean;
}

/** The exported file: parts to join into a Blob, its MIME type and extension. */
export interface ExportResult {
  parts: Uint8Array[];
  mimeType: string;
  fileExtension: string;
}

/** Hand the event loop back this often, so a cancel click or a progress repaint gets through. */
const YIELD_EVERY_MS = 50;

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function writerFor(format: ExportFormat, sink: ExportSink, options: ExportOptions): ExportWriter {
  const meta = maskExportMeta(options.meta);
  const sourceOf = options.sourceOf ?? (() => OWN_SOURCE_LABEL);
  switch (format) {
    case 'csv':
      return csvWriter(sink, { meta, sourceOf });
    case 'xlsx':
      return xlsxWriter(sink, { meta, sourceOf });
    case 'json':
      return jsonWriter(sink, {
        meta,
        complete: options.complete ?? isEmptyFilter(meta.filters),
        sourceOf: (entry) => {
          const source = sourceOf(entry);
          return source === OWN_SOURCE_LABEL ? '' : source;
        },
      });
    case 'html':
      return htmlWriter(sink, { meta, chartImages: options.chartImages });
    default: {
      const unreachable: never = format;
      throw new TypeError(`Unknown export format ${String(unreachable)}`);
    }
  }
}

/** Exports the entries; rejects with a DOMException 'AbortError' when `signal` aborts. */
export async function exportLog(
  format: ExportFormat,
  entries: AsyncIterable<readonly ReviewLogEntry[]> | Iterable<readonly ReviewLogEntry[]>,
  options: ExportOptions,
): Promise<ExportResult> {
  const { signal, onProgress, total } = options;
  throwIfAborted(signal);
  const sink = partsSink();
  const writer = writerFor(format, sink, options);
  let done = 0;
  let lastYield = performance.now();
  onProgress?.({ done, total });
  for await (const page of entries) {
    throwIfAborted(signal);
    writer.page(page);
    done += page.length;
    onProgress?.({ done, total: Math.max(total, done) });
    if (performance.now() - lastYield > YIELD_EVERY_MS) {
      await yieldToEventLoop();
      lastYield = performance.now();
    }
  }
  throwIfAborted(signal);
  writer.finish();
  return { parts: sink.parts, ...EXPORT_FILE_TYPES[format] };
}
