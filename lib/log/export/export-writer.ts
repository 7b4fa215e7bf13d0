import type { ReviewLogEntry } from '../review-log-entry';

/** Where a format writes its bytes: a list of parts the page joins into a Blob. */
export interface ExportSink {
  write(chunk: string | Uint8Array): void;
}

/** A format's writer: fed one page of records at a time, then finished. */
export interface ExportWriter {
  page(entries: readonly ReviewLogEntry[]): void;
  finish(): void;
}

/** A sink collecting UTF-8 parts; strings are encoded as they come, never joined into one. */
export function partsSink(): ExportSink & { parts: Uint8Array[] } {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  return {
    parts,
    write(chunk) {
      if (typeof chunk !== 'string') parts.push(chunk);
      else if (chunk.length > 0) parts.push(encoder.encode(chunk));
    },
  };
}
