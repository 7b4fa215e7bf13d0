import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DocumentReadError, readDocument } from '../../../lib/formats/read-document';

const DIR = join(import.meta.dirname, '../../fixtures/documents');
const read = (name: string) => readDocument(name, new Uint8Array(readFileSync(join(DIR, name))));

describe('readDocument', () => {
  test('extracts the paragraphs of a .docx', async () => {
    const doc = await read('case-report.docx');
    expect(doc.body.format).toBe('text');
    expect(doc.body.content).toContain('确诊病例1：王建华');
    expect(doc.body.content).toContain('咨询电话');
  });

  test('decodes a GB18030 text file saved by Chinese Windows', async () => {
    const doc = await read('gbk-notice.txt');
    expect(doc.body.content).toContain('补贴发放名单：赵建平');
  });

  test('keeps HTML as HTML for the engine to extract', async () => {
    const doc = await read('subsidy.html');
    expect(doc.body.format).toBe('html');
  });

  test.each([
    ['binary.txt', /二进制文件/],
    ['not-a-docx.docx', /不是有效的 \.docx/],
  ])('rejects %s with a clear reason', async (name, reason) => {
    await expect(read(name)).rejects.toThrow(DocumentReadError);
    await expect(read(name)).rejects.toThrow(reason);
  });

  test('rejects an unsupported extension', async () => {
    await expect(readDocument('scan.pdf', new Uint8Array([37, 80, 68, 70]))).rejects.toThrow(
      /不支持的文件类型/,
    );
  });
});
