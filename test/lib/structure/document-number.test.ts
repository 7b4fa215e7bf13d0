import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { scanDocumentNumbers } from '../../../lib/structure/document-number';
import type { DocumentNumberProblem } from '../../../lib/structure/schema';

type Variant = [string, string | null, boolean | null, DocumentNumberProblem[] | null];

const VARIANTS: Variant[] = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '../../fixtures/structure/document-number-variants.json'),
    'utf8',
  ),
);

describe('scanDocumentNumbers', () => {
  test.each(VARIANTS)('reads %s as %s', (input, text, wellFormed, problems) => {
    const [first] = scanDocumentNumbers(input);
    if (text === null) {
      expect(first).toBeUndefined();
      return;
    }
    expect(first).toMatchObject({ text, wellFormed, problems });
    expect(input.slice(first!.start, first!.end)).toBe(text);
  });

  test('splits a number into 机关代字, year and serial', () => {
    expect(scanDocumentNumbers('庆政办发〔2022〕12号')[0]).toMatchObject({
      issuerCode: '庆政办发',
      year: 2022,
      serial: 12,
    });
    expect(scanDocumentNumbers('庆政发〔22〕012号')[0]).toMatchObject({ year: 22, serial: 12 });
  });

  test('finds every number cited in a sentence, in order', () => {
    const text = '依据国办发〔2022〕8号和甘政办发〔2021〕45号，原（庆政发〔2018〕5号）废止。';
    expect(scanDocumentNumbers(text).map((n) => n.text)).toEqual([
      '国办发〔2022〕8号',
      '甘政办发〔2021〕45号',
      '庆政发〔2018〕5号',
    ]);
  });
});
