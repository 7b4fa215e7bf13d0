import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocumentStructure } from '../../../lib/structure/parse-document-structure';
import type { DocumentStructure } from '../../../lib/structure/schema';
import { unitLabelPath } from '../../../lib/structure/unit-label-path';
import { expectTextsMatchOffsets, expectWellFormed } from './structure-invariants';

const DIR = join(import.meta.dirname, '../../fixtures/structure');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');
const FIXTURES = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** The parts of a structure an expectation file lists. */
function summarise(text: string, s: DocumentStructure) {
  const body = text.slice(s.body.start, s.body.end).trim();
  return {
    title: s.title?.text ?? null,
    documentNumber: s.documentNumber && {
      text: s.documentNumber.text,
      wellFormed: s.documentNumber.wellFormed,
      problems: s.documentNumber.problems,
    },
    allDocumentNumbers: s.allDocumentNumbers.map((n) => n.text),
    mainRecipient: s.mainRecipient?.text ?? null,
    issuer: s.issuer?.text ?? null,
    writtenDate: s.writtenDate && {
      year: s.writtenDate.year,
      month: s.writtenDate.month,
      day: s.writtenDate.day,
      problems: s.writtenDate.problems,
    },
    body: { startsWith: body.slice(0, 12), endsWith: body.slice(-12) },
    units: s.units.map((u, i) => {
      const row: Array<string | number> = [u.level, u.label, u.ordinal, unitLabelPath(s, i)];
      if (u.attachment !== null) row.push(u.attachment);
      return row;
    }),
    attachments: s.attachments.map((a) => [a.kind, a.label, a.ordinal, a.title]),
    notes: s.notes.map((n) => n.text),
    copyTo: s.copyTo?.text ?? null,
    printedBy: s.printedBy?.text ?? null,
    disclosureLines: s.disclosureLines.map((d) => [d.label, d.value]),
  };
}

describe('parseDocumentStructure', () => {
  test('has at least fourteen fixture documents', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(14);
  });

  test.each(FIXTURES)('reads %s as its expectation file lists', (name) => {
    const text = read(name);
    const expected: unknown = JSON.parse(read(name.replace(/\.txt$/, '.expected.json')));
    const structure = parseDocumentStructure(text);
    expect(summarise(text, structure)).toEqual(expected);
  });

  test.each(FIXTURES)('reports offsets in %s that cover the texts it reports', (name) => {
    const text = read(name);
    const structure = parseDocumentStructure(text);
    expectWellFormed(text, structure);
    expectTextsMatchOffsets(text, structure);
  });

  test('ends each unit where the next unit of its level or above begins', () => {
    const text = read('regulation-articles.txt');
    const { units, body } = parseDocumentStructure(text);
    const chapter2 = units.findIndex((u) => u.label === '第二章');
    const article3 = units.findIndex((u) => u.label === '第三条');
    expect(units[article3]!.end).toBe(units[article3 + 5]!.start);
    expect(units[chapter2 - 1]!.end).toBe(units[chapter2]!.start);
    expect(units[0]!.end).toBe(units[chapter2]!.start);
    expect(units[units.length - 1]!.end).toBe(body.end);
    expect(text.slice(units[0]!.start, units[0]!.headingEnd)).toBe('第一章\u3000总\u3000\u3000则');
  });

  test('gives the units of an attachment section the index of its heading', () => {
    const s = parseDocumentStructure(read('notice-with-attached-measures.txt'));
    const heading = s.attachments.findIndex((a) => a.kind === 'heading');
    expect(heading).toBeGreaterThanOrEqual(0);
    expect(s.units.every((u) => u.attachment === heading)).toBe(true);
    expect(s.units[0]!.start).toBeGreaterThan(s.attachments[heading]!.end);
  });

  test('keeps CRLF line breaks out of the title and the units', () => {
    const text = read('word-paste-fullwidth.txt');
    const s = parseDocumentStructure(text);
    expect(text).toContain('\r\n');
    expect(s.title?.text).not.toMatch(/[\r\n]/);
    expect(s.units.map((u) => u.heading).join('')).not.toMatch(/[\r\n]/);
  });

  test.each([
    ['an empty string', ''],
    ['spaces only', '\u3000 \u00a0\n\r\n'],
    ['a single line', '关于做好防汛工作的通知'],
  ])('returns an empty structure for %s without throwing', (_name, text) => {
    const s = parseDocumentStructure(text);
    expectWellFormed(text, s);
    expect(s.units).toEqual([]);
    expect(s.documentNumber).toBeNull();
  });

  test('treats a non-string input as empty instead of throwing', () => {
    expect(parseDocumentStructure(undefined as unknown as string).units).toEqual([]);
  });
});

describe('parseDocumentStructure on 200k-character inputs', () => {
  const BUDGET_MS = 3000;
  const SIZE = 200_000;
  const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length));

  test.each([
    ['a regulation repeated', read('regulation-articles.txt')],
    ['a notice with its attachment repeated', read('notice-with-attached-measures.txt')],
    ['a Word paste with CRLF repeated', read('word-paste-fullwidth.txt')],
  ])('parses %s without hanging (a guard, not a speed goal: see npm run bench)', (_name, unit) => {
    const text = repeat(unit);
    const started = performance.now();
    const s = parseDocumentStructure(text);
    expect(performance.now() - started).toBeLessThan(BUDGET_MS);
    expectWellFormed(text, s);
    expect(s.units.length).toBeGreaterThan(0);
  });

  test.each([
    ['第'],
    ['第一条\n'],
    ['（一）\n'],
    ['一、\n'],
    ['〔2022〔'],
    ['庆政发〔2022〕1号'],
    ['\u3000'],
    ['\r\n'],
    ['政务公开\n'],
    ['公开属性：'],
    ['附件：1．《\n'],
    ['附件1\n'],
    ['2022年5月19日\n'],
    ['庆阳市人民政府\n'],
    ['（此件公开发布）\n'],
    ['关于《'],
    ['各县，\n'],
  ])('parses %j repeated to 200k characters without hanging', (unit) => {
    const text = repeat(unit);
    const started = performance.now();
    const s = parseDocumentStructure(text);
    expect(performance.now() - started).toBeLessThan(BUDGET_MS);
    expectWellFormed(text, s);
  });
});
