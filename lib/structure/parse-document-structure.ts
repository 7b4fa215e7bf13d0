import { buildUnits } from './build-units';
import { findDisclosureLines } from './disclosure-lines';
import { scanDocumentNumbers } from './document-number';
import { parseHead } from './parse-head';
import type { Head } from './parse-head';
import { parseTail } from './parse-tail';
import type { UnitRegion } from './parse-tail';
import type { DocumentNumber, DocumentStructure } from './schema';
import { lastContentEnd, toSourceText } from './source-text';
import type { SourceText } from './source-text';

/** The parsed structure (re-exported for callers that import only the parser). */
export type { DocumentStructure } from './schema';

function empty(length: number): DocumentStructure {
  return {
    title: null,
    documentNumber: null,
    allDocumentNumbers: [],
    mainRecipient: null,
    issuer: null,
    writtenDate: null,
    body: { start: 0, end: length },
    units: [],
    attachments: [],
    notes: [],
    copyTo: null,
    printedBy: null,
    disclosureLines: [],
  };
}

/**
 * Runs one pass; a pass that fails (a case the parser did not foresee) leaves the structure as the
 * earlier passes made it, because a partial reading is worth more to the reviewer than none.
 */
function attempt<T>(pass: () => T): T | null {
  try {
    return pass();
  } catch {
    return null;
  }
}

/**
 * Parses the plain text of a 公文 (GB/T 9704-2012), policy, interpretation or news item into its
 * parts: title, 文号, 主送机关, body units (编/章/节/条/款/项/目 or 一、/（一）/1./(1)), 附件,
 * signature, 成文日期, 附注, 版记 and 公开属性 statements. Offsets are UTF-16 offsets into `text`.
 * Tolerates Word/WPS pastes (full-width digits, 全角空格, \r\n, missing parts) and never throws;
 * runs in time linear in the length of the text.
 *
 * 款: the article unit stands for its first 款; 'paragraph' units are made for 款 2 onwards.
 */
export function parseDocumentStructure(text: string): DocumentStructure {
  const input = typeof text === 'string' ? text : '';
  const structure = empty(input.length);
  const source: SourceText | null = attempt(() => toSourceText(input));
  if (!source || input.trim() === '') return structure;

  const numbers: DocumentNumber[] = attempt(() => scanDocumentNumbers(input, source.folded)) ?? [];
  structure.allDocumentNumbers = numbers;
  structure.disclosureLines = attempt(() => findDisclosureLines(source)) ?? [];

  const head: Head | null = attempt(() => parseHead(source, numbers));
  const bodyStartLine = head?.bodyStartLine ?? 0;
  if (head) {
    structure.title = head.title;
    structure.documentNumber = head.documentNumber;
    structure.mainRecipient = head.mainRecipient;
    structure.issuer = head.emblem ?? head.publisher;
  }
  const bodyStart = source.lines[bodyStartLine]?.start ?? input.length;
  structure.body = {
    start: bodyStart,
    end: lastContentEnd(source, bodyStartLine, source.lines.length, bodyStart),
  };

  let regions: UnitRegion[] = [
    { fromLine: bodyStartLine, toLine: source.lines.length, attachment: null },
  ];
  const tail = attempt(() => parseTail(source, numbers, bodyStartLine));
  if (tail) {
    structure.body = tail.body;
    structure.issuer = tail.issuer ?? structure.issuer;
    structure.writtenDate = tail.writtenDate;
    structure.notes = tail.notes;
    structure.attachments = tail.attachments;
    structure.copyTo = tail.copyTo;
    structure.printedBy = tail.printedBy;
    regions = tail.regions;
  }
  attempt(() => buildUnits(source, regions, structure.units));
  return structure;
}
