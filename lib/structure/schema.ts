import { z } from 'zod';

/**
 * Body levels, outermost first. 编/章/节/条/款/项/目 are the levels of a regulation (立法技术规范);
 * outline-1..4 are the 一、/（一）/1./(1) levels of a document written without articles.
 */
export const UNIT_LEVELS = [
  'part',
  'chapter',
  'section',
  'article',
  'paragraph',
  'item',
  'subitem',
  'outline-1',
  'outline-2',
  'outline-3',
  'outline-4',
] as const;
export const UnitLevelSchema = z.enum(UNIT_LEVELS);
export type UnitLevel = z.infer<typeof UnitLevelSchema>;

/** Ways a 发文字号 departs from GB/T 9704-2012 §7.2.5 (国办发〔2022〕8号). */
export const DOCUMENT_NUMBER_PROBLEMS = [
  /** Not 六角括号〔〕: [2022] (2022) （2022） 【2022】 〈2022〉 ［2022］ ﹝2022﹞. */
  'bracket',
  /** A two-digit year: 〔22〕. */
  'year',
  /** 第 before the serial: 〔2022〕第12号. */
  'di',
  /** 字 after the year: 〔2022〕字第12号. */
  'zi',
  /** A serial padded with zeros (虚位): 〔2022〕012号. */
  'leading-zero',
  /** Spaces inside the number. */
  'space',
] as const;
export const DocumentNumberProblemSchema = z.enum(DOCUMENT_NUMBER_PROBLEMS);
export type DocumentNumberProblem = z.infer<typeof DocumentNumberProblemSchema>;

/** Ways a 成文日期 departs from GB/T 9704-2012 §7.3.5.1 (Arabic numerals, 2022年5月19日). */
export const DATE_PROBLEMS = [
  /** 虚位: 2022年05月09日. */
  'padding',
  /** Not 年月日: 2022-5-19, 2022.5.19, 2022/5/19. */
  'format',
  /** Chinese numerals (the 1999 standard's form): 二〇二二年五月十九日. */
  'chinese-numerals',
  /** Spaces inside the date. */
  'space',
  /** A two-digit year: 22年5月19日. */
  'year',
  /** A day the month does not have: 2022年2月30日. */
  'invalid',
] as const;
export const DateProblemSchema = z.enum(DATE_PROBLEMS);
export type DateProblem = z.infer<typeof DateProblemSchema>;

const offset = z.number().int().nonnegative();

/** A span of the input: UTF-16 offsets, end exclusive. */
export const SpanSchema = z.object({ start: offset, end: offset });
export type Span = z.infer<typeof SpanSchema>;

/** A span with its text (line breaks of a wrapped title removed). */
export const TextSpanSchema = SpanSchema.extend({ text: z.string() });
export type TextSpan = z.infer<typeof TextSpanSchema>;

/** A 发文字号 as written, with its parts and what is wrong with it. */
export const DocumentNumberSchema = TextSpanSchema.extend({
  /** 机关代字, e.g. 庆政办发. */
  issuerCode: z.string(),
  /** The year as written (22 for 〔22〕). */
  year: z.number().int().nonnegative(),
  serial: z.number().int().nonnegative(),
  wellFormed: z.boolean(),
  problems: z.array(DocumentNumberProblemSchema),
});
export type DocumentNumber = z.infer<typeof DocumentNumberSchema>;

/** A 成文日期 as written, with its value and what is wrong with it. */
export const WrittenDateSchema = TextSpanSchema.extend({
  /** The year as written (22 for 22年). */
  year: z.number().int().nonnegative(),
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
  problems: z.array(DateProblemSchema),
});
export type WrittenDate = z.infer<typeof WrittenDateSchema>;

/** One unit of the body hierarchy (an article, an item, an outline heading…). */
export const StructureUnitSchema = z.object({
  level: UnitLevelSchema,
  /** The marker as written (第五条, （三）, 2．); '' for a 款, which has none. */
  label: z.string(),
  /** The number the marker denotes; for a 款, its place in the article (2, 3…). */
  ordinal: z.number().int().nonnegative(),
  /** Start of the unit's line. */
  start: offset,
  /** Start of the next unit at the same or a higher level, or the end of the region. */
  end: offset,
  /** End of the marker, or of a short heading on the same line (第一章 总则, 一、总体要求). */
  headingEnd: offset,
  /** That heading's text (总则), '' when there is none. */
  heading: z.string(),
  /** Index of the enclosing unit in `units`, -1 at the top. */
  parent: z.number().int().min(-1),
  /** Index in `attachments` of the 附件 heading whose section holds the unit; null in the body. */
  attachment: z.number().int().nonnegative().nullable(),
});
export type StructureUnit = z.infer<typeof StructureUnitSchema>;

/** Where an attachment is named: in the 附件说明 after the body, or as the heading of its section. */
export const ATTACHMENT_KINDS = ['list', 'heading'] as const;

/** An attachment named in the 附件说明 list or heading its own section. */
export const AttachmentSchema = SpanSchema.extend({
  kind: z.enum(ATTACHMENT_KINDS),
  /** The marker as written: 附件 (single), 1．, 附件1, 附件二. */
  label: z.string(),
  /** The attachment's number, null for a single unnumbered one. */
  ordinal: z.number().int().nonnegative().nullable(),
  title: z.string(),
  titleStart: offset,
  titleEnd: offset,
  /** For a heading: end of its section (the next heading, the 版记 or the end); for a list entry: `end`. */
  sectionEnd: offset,
});
export type Attachment = z.infer<typeof AttachmentSchema>;

/** A labelled 公开属性 statement (公开属性：主动公开). */
export const DisclosureLineSchema = SpanSchema.extend({
  label: z.string(),
  value: z.string(),
  valueStart: offset,
  valueEnd: offset,
});
export type DisclosureLine = z.infer<typeof DisclosureLineSchema>;

/** The parts of a 公文, policy, interpretation or news item, as offsets into its plain text. */
export const DocumentStructureSchema = z.object({
  title: TextSpanSchema.nullable(),
  /** The document's own 发文字号 (head, or labelled 文号：). */
  documentNumber: DocumentNumberSchema.nullable(),
  /** Every 文号-shaped token in the text, in order, including those the body cites. */
  allDocumentNumbers: z.array(DocumentNumberSchema),
  /** 主送机关. */
  mainRecipient: TextSpanSchema.nullable(),
  /** 发文机关署名, or the 发文机关标志 without 文件. */
  issuer: TextSpanSchema.nullable(),
  writtenDate: WrittenDateSchema.nullable(),
  body: SpanSchema,
  units: z.array(StructureUnitSchema),
  attachments: z.array(AttachmentSchema),
  /** 附注 such as （此件公开发布）. */
  notes: z.array(TextSpanSchema),
  /** 版记 抄送 line(s), as written. */
  copyTo: TextSpanSchema.nullable(),
  /** 版记 印发 line, as written. */
  printedBy: TextSpanSchema.nullable(),
  disclosureLines: z.array(DisclosureLineSchema),
});
export type DocumentStructure = z.infer<typeof DocumentStructureSchema>;
