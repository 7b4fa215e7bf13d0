import { expect } from 'vitest';
import { DocumentStructureSchema } from '../../../lib/structure/schema';
import type { DocumentStructure } from '../../../lib/structure/schema';

/** Every span a structure reports, with a name for the failure message. */
export function spansOf(s: DocumentStructure): Array<[string, number, number]> {
  const spans: Array<[string, number, number]> = [['body', s.body.start, s.body.end]];
  const add = (name: string, span: { start: number; end: number } | null) => {
    if (span) spans.push([name, span.start, span.end]);
  };
  add('title', s.title);
  add('documentNumber', s.documentNumber);
  add('mainRecipient', s.mainRecipient);
  add('issuer', s.issuer);
  add('writtenDate', s.writtenDate);
  add('copyTo', s.copyTo);
  add('printedBy', s.printedBy);
  s.allDocumentNumbers.forEach((n, i) => add(`allDocumentNumbers[${i}]`, n));
  s.notes.forEach((n, i) => add(`notes[${i}]`, n));
  s.attachments.forEach((a, i) => {
    add(`attachments[${i}]`, a);
    add(`attachments[${i}].title`, { start: a.titleStart, end: a.titleEnd });
    add(`attachments[${i}].section`, { start: a.start, end: a.sectionEnd });
  });
  s.disclosureLines.forEach((d, i) => {
    add(`disclosureLines[${i}]`, d);
    add(`disclosureLines[${i}].value`, { start: d.valueStart, end: d.valueEnd });
  });
  s.units.forEach((u, i) => {
    add(`units[${i}]`, u);
    add(`units[${i}].heading`, { start: u.start, end: u.headingEnd });
    add(`units[${i}].rest`, { start: u.headingEnd, end: u.end });
  });
  return spans;
}

/** Checks what must hold for any input: schema shape, spans inside the text, units in order. */
export function expectWellFormed(text: string, s: DocumentStructure): void {
  expect(() => DocumentStructureSchema.parse(s)).not.toThrow();
  const bad = spansOf(s).filter(
    ([, start, end]) => !(start >= 0 && start <= end && end <= text.length),
  );
  expect(bad).toEqual([]);
  const disordered = s.units.filter(
    (u, i) => (i > 0 && u.start <= s.units[i - 1]!.start) || u.parent < -1 || u.parent >= i,
  );
  expect(disordered).toEqual([]);
}

// The parser counts the zero-width space as a space; \s does not.
const squash = (s: string) => s.replace(/[\s\u200b]/g, '');

/** Checks that each reported text is what its offsets cover in the input. */
export function expectTextsMatchOffsets(text: string, s: DocumentStructure): void {
  const exact: Array<{ text: string; start: number; end: number } | null> = [
    s.documentNumber,
    s.writtenDate,
    ...s.allDocumentNumbers,
    ...s.notes,
    s.printedBy,
  ];
  for (const span of exact) if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
  // Joined over line breaks (a wrapped title, a two-line 抄送): equal once spaces are dropped.
  for (const span of [s.title, s.mainRecipient, s.copyTo, s.issuer]) {
    if (span) expect(squash(text.slice(span.start, span.end))).toBe(squash(span.text));
  }
  for (const a of s.attachments)
    expect(squash(text.slice(a.titleStart, a.titleEnd))).toBe(squash(a.title));
  for (const d of s.disclosureLines) expect(text.slice(d.valueStart, d.valueEnd)).toBe(d.value);
  for (const u of s.units) {
    expect(
      text
        .slice(u.start, u.headingEnd)
        .replace(/^[\s\u200b]+/, '')
        .startsWith(u.label),
    ).toBe(true);
    expect(text.slice(u.start, u.headingEnd).includes(u.heading)).toBe(true);
  }
}
