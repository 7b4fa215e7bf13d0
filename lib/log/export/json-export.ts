import { maskPersonalData, maskRecordPersonalData } from '../mask-personal-data';
import type { ReviewLogEntry } from '../review-log-entry';
import { RECORD_SCHEMA_VERSION } from '../review-record';
import type { ExportMeta } from './export-meta';
import type { ExportSink, ExportWriter } from './export-writer';

/**
 * The re-importable JSON export: the stored, hashed fields of each entry with its hash, so a
 * supervisor can verify a colleague's file, and a chain summary written last, so a file cut
 * short is told apart from a complete one.
 *
 * { format, formatVersion, recordSchemaVersion, meta, complete, entries: [...], chain, sourceChains }
 *
 * A supervisor's export may also hold records imported from colleagues: those carry `source`
 * (the file they came from; not hashed), and each source's chain is summarised apart in
 * `sourceChains`, since seqs repeat across chains.
 */

/** The `format` value of a review log export. */
export const LOG_EXPORT_FORMAT = 'disclosure-review-log';
/** Version of the export envelope below. */
export const LOG_EXPORT_FORMAT_VERSION = 1;

/** An entry as the export writes it: the hashed fields and the hash, no index fields. */
export interface ExportedEntry {
  seq: number;
  id: string;
  schemaVersion: number;
  content: unknown;
  prevHash: string;
  hash: string;
  /** Set when personal data was masked in the content at export: its hash no longer verifies. */
  redacted?: true;
  /** The imported file this record came from; absent for the exporter's own log. */
  source?: string;
}

/** The closing summary: how many entries, the first one's link and the newest one's hash. */
export interface ChainSummary {
  count: number;
  first: { seq: number; prevHash: string } | null;
  head: { seq: number; hash: string } | null;
}

/** The exported form of an entry; content that still held personal data is masked and flagged. */
export function toExportedEntry(entry: ReviewLogEntry): ExportedEntry {
  const { seq, id, schemaVersion, content, prevHash, hash } = entry;
  const masked = maskRecordPersonalData(content);
  if (masked.maskedFields.length === 0) return { seq, id, schemaVersion, content, prevHash, hash };
  return { seq, id, schemaVersion, content: masked.record, prevHash, hash, redacted: true };
}

/** A 7-digit run or an @ somewhere in the content's JSON: only then can masking change it. */
const MAYBE_PERSONAL = /[0-9\uFF10-\uFF19]{7}|@/;

/** An exported entry as JSON text; the masking walk runs only for content that may need it. */
export function exportedEntryJson(entry: ReviewLogEntry, source = ''): string {
  const contentJson = JSON.stringify(entry.content);
  const tail = source ? `,"source":${JSON.stringify(maskPersonalData(source))}}` : '}';
  if (MAYBE_PERSONAL.test(contentJson)) {
    return `${JSON.stringify(toExportedEntry(entry)).slice(0, -1)}${tail}`;
  }
  // Same key order and text as JSON.stringify(toExportedEntry(entry)), without a second walk.
  return `{"seq":${entry.seq},"id":${JSON.stringify(entry.id)},"schemaVersion":${entry.schemaVersion},"content":${contentJson},"prevHash":"${entry.prevHash}","hash":"${entry.hash}"${tail}`;
}

/** A source's chain summary in `sourceChains`. */
export interface SourceChainSummary extends ChainSummary {
  source: string;
}

/** Writes the envelope, then the entries page by page, then the chain summaries. */
export function jsonWriter(
  sink: ExportSink,
  context: {
    meta: ExportMeta;
    complete: boolean;
    /** The imported file an entry came from, '' for the own log. */
    sourceOf: (entry: ReviewLogEntry) => string;
  },
): ExportWriter {
  const head = {
    format: LOG_EXPORT_FORMAT,
    formatVersion: LOG_EXPORT_FORMAT_VERSION,
    recordSchemaVersion: RECORD_SCHEMA_VERSION,
    meta: context.meta,
    complete: context.complete,
  };
  const opening = JSON.stringify(head, null, 2);
  sink.write(`${opening.slice(0, -2)},\n  "entries": [`);
  const chains = new Map<string, ChainSummary>();
  let count = 0;
  return {
    page(entries) {
      let text = '';
      for (const entry of entries) {
        const source = context.sourceOf(entry);
        text += `${count === 0 ? '\n' : ',\n'}    ${exportedEntryJson(entry, source)}`;
        count += 1;
        let chain = chains.get(source);
        if (!chain) {
          chain = { count: 0, first: null, head: null };
          chains.set(source, chain);
        }
        chain.count += 1;
        chain.first ??= { seq: entry.seq, prevHash: entry.prevHash };
        chain.head = { seq: entry.seq, hash: entry.hash };
      }
      sink.write(text);
    },
    finish() {
      const own = chains.get('') ?? { count: 0, first: null, head: null };
      const others: SourceChainSummary[] = [...chains]
        .filter(([source]) => source !== '')
        .map(([source, chain]) => ({ source: maskPersonalData(source), ...chain }));
      sink.write(
        `${count === 0 ? '' : '\n  '}],\n  "chain": ${JSON.stringify(own)},\n  "sourceChains": ${JSON.stringify(others)}\n}\n`,
      );
    },
  };
}
