import { z } from 'zod';
import { DOCUMENT_CLASSES } from '../classify/classify-document';

/** Rule categories; each maps to a group of the reviewer's checklist. */
export const CATEGORIES = [
  'personal-data',
  'confidentiality',
  'disclosure',
  'interpretation',
  'policy-change',
] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

/** block: must not be published as is; warn: a person must decide; info: for the record. */
export const SEVERITIES = ['block', 'warn', 'info'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

/** Review profiles: the general rules always run; the epidemiological one adds 流调 rules. */
export const PROFILES = ['general', 'epidemiological'] as const;
export const ProfileSchema = z.enum(PROFILES);
export type Profile = z.infer<typeof ProfileSchema>;

/** Where a draft is going; only the public website makes a non-public attribute a conflict. */
export const TARGETS = ['public-website', 'intranet', 'none'] as const;
export const TargetSchema = z.enum(TARGETS);

/** How a body is written: plain text or HTML from an editor. */
export const BodySchema = z.object({
  format: z.enum(['text', 'html']).default('text'),
  content: z.string(),
});

/** The metadata fields a CMS publishing form shows around the editor. */
export const DraftFieldsSchema = z
  .object({
    /** 公开属性 / 公开方式 */
    disclosureAttribute: z.string().optional(),
    /** 不公开理由 */
    disclosureReason: z.string().optional(),
    /** 发文字号 */
    documentNumber: z.string().optional(),
    /** 栏目 */
    column: z.string().optional(),
    /** 发布机构 / 发文机关 */
    publisher: z.string().optional(),
    /** 索引号 */
    indexNumber: z.string().optional(),
    /** 成文日期 */
    writtenDate: z.string().optional(),
  })
  .catchall(z.string());

/** A document related to the draft: its interpretation, its previous version, or its policy. */
export const RelatedDocumentSchema = z.object({
  /** related: given without a role (the check command's --related); the engine tells policy from interpretation. */
  role: z.enum(['interpretation', 'previous', 'policy', 'attachment', 'related']),
  title: z.string().optional(),
  body: BodySchema,
  source: z.string().optional(),
});

/** A draft as the CMS form holds it before publishing. */
export const DraftSchema = z.object({
  title: z.string().default(''),
  body: BodySchema,
  fields: DraftFieldsSchema.default({}),
  related: z.array(RelatedDocumentSchema).default([]),
  target: TargetSchema.default('public-website'),
});
export type Draft = z.infer<typeof DraftSchema>;
export type DraftInput = z.input<typeof DraftSchema>;

/** Which part of the draft a finding's offsets refer to. */
export const FindingFieldSchema = z.union([z.literal('title'), z.literal('body'), z.string()]);

/** A suggested replacement, offered to the user and applied only on an explicit click. */
export const FixSchema = z.object({ masked: z.string() });

/** One problem found in a draft. Excerpts and messages never carry a raw identifier. */
export const FindingSchema = z.object({
  ruleId: z.string(),
  category: CategorySchema,
  kind: z.string(),
  severity: SeveritySchema,
  field: FindingFieldSchema,
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
  message: z.string(),
  excerpt: z.string(),
  fix: FixSchema.optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** The class of a draft for the 三同步 rule, with the evidence a reviewer can check. */
export const DocumentClassResultSchema = z.object({
  class: z.enum(DOCUMENT_CLASSES),
  /** The class in Chinese (规章, 行政规范性文件…). */
  label: z.string(),
  evidence: z.array(z.string()),
});
export type DocumentClassResult = z.infer<typeof DocumentClassResultSchema>;

/** The outcome of reviewing a draft. */
export const ReviewResultSchema = z.object({
  profile: ProfileSchema,
  documentClass: DocumentClassResultSchema,
  /** Evidence for the profile (the words that switched it on). */
  profileEvidence: z.array(z.string()),
  /** The body text that body findings' offsets refer to (HTML bodies: their extracted text). */
  bodyText: z.string(),
  findings: z.array(FindingSchema),
  engineVersion: z.string(),
});
export type ReviewResult = z.infer<typeof ReviewResultSchema>;
