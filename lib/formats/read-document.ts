import mammoth from 'mammoth';
import type { z } from 'zod';
import type { BodySchema } from '../engine/schema';

/** File types the check command and the compare view read. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.docx'] as const;

/** A file that cannot be read as a document; the message is one line, Chinese first. */
export class DocumentReadError extends Error {
  override name = 'DocumentReadError';
}

export interface ReadDocument {
  /** The body to review: plain text, or HTML whose extracted text findings refer to. */
  body: z.input<typeof BodySchema>;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

function looksBinary(bytes: Uint8Array): boolean {
  const probe = bytes.subarray(0, 8192);
  // UTF-16 text has NULs too; it announces itself with a BOM.
  if ((probe[0] === 0xff && probe[1] === 0xfe) || (probe[0] === 0xfe && probe[1] === 0xff))
    return false;
  return probe.includes(0);
}

/** Decodes text bytes: UTF-8 (BOM stripped), UTF-16 with BOM, else GB18030 as Chinese Windows saves it. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Reads a document's bytes by its file name's extension. */
export async function readDocument(name: string, bytes: Uint8Array): Promise<ReadDocument> {
  const ext = extensionOf(name);
  if (ext === '.docx') {
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
      throw new DocumentReadError(`不是有效的 .docx 文件 / not a valid .docx file: ${name}`);
    }
    try {
      const buffer = bytes.buffer.slice(
        bytes.byteOffset,
        bytes.byteOffset + bytes.byteLength,
      ) as ArrayBuffer;
      // Node's mammoth reads `buffer`, its browser build `arrayBuffer`; JSZip takes either form.
      const result = await mammoth.extractRawText({ arrayBuffer: buffer, buffer: bytes } as never);
      return {
        body: { format: 'text', content: result.value.replace(/\n{3,}/g, '\n\n').trimEnd() },
      };
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new DocumentReadError(
        `无法读取 .docx 文件 / cannot read .docx file ${name}: ${reason}`,
      );
    }
  }
  if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new DocumentReadError(
      `不支持的文件类型 / unsupported file type "${ext || '(none)'}": ${name} (${DOCUMENT_EXTENSIONS.join(' ')})`,
    );
  }
  if (looksBinary(bytes))
    throw new DocumentReadError(`二进制文件，不是文本 / binary file, not text: ${name}`);
  const text = decodeText(bytes);
  if (ext === '.html' || ext === '.htm') return { body: { format: 'html', content: text } };
  return { body: { format: 'text', content: text } };
}
