import type { Rule } from './define-rule';
import { buildExcerpt, prepareMasks, type MaskedSpan } from './build-excerpt';
import { isExempt, type Exemptions } from './exemptions';
import { createReviewContext } from './review-context';
import { documentFacts } from './document-facts';
import { DOCUMENT_CLASS_LABELS } from '../classify/classify-document';
import { detectProfile } from './detect-profile';
import {
  DraftSchema,
  type Draft,
  type DraftInput,
  type Finding,
  type ReviewResult,
  type Severity,
} from './schema';
import { RULES, RULES_VERSION } from '../rules';
import { extractHtmlText } from '../text/extract-html-text';
import { identityMapped, toSourceSpan, type MappedText } from '../text/mapped-text';
import { normalizeText } from '../text/normalize-text';

/** Version of the engine, written into every review record. */
export const ENGINE_VERSION = `0.1.0+rules.${RULES_VERSION}`;

/** Drafts larger than this are refused with a clear error rather than reviewed slowly. */
export const MAX_DRAFT_LENGTH = 5_000_000;

/** A draft the engine cannot review: the message says why, in Chinese first. */
export class ReviewInputError extends Error {
  override name = 'ReviewInputError';
}

/** Per-rule adjustments (from the user or an administrator's policy). */
export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
  /** The rule's options (see its `options` schema); invalid options fall back to the defaults. */
  options?: unknown;
}

export interface ReviewOptions {
  /** Reference time (birth dates after it are not IDs); defaults to now. */
  now?: Date;
  rules?: readonly Rule[];
  ruleSettings?: Readonly<Record<string, RuleSetting>>;
  /** What is public and never personal data here (e.g. from an administrator's policy). */
  exemptions?: Exemptions;
}

/** The body as the text that findings' offsets refer to, mapped to the body's source. */
export function extractBodyText(draft: Pick<Draft, 'body'>): MappedText {
  return draft.body.format === 'html'
    ? extractHtmlText(draft.body.content)
    : identityMapped(draft.body.content);
}

interface FieldText {
  field: string;
  original: string;
  normalized: MappedText;
}

function parseDraft(input: DraftInput): Draft {
  const parsed = DraftSchema.safeParse(input);
  if (!parsed.success) {
    throw new ReviewInputError(
      `草稿格式不正确 / invalid draft: ${parsed.error.issues[0]?.message ?? ''}`,
    );
  }
  const size = parsed.data.body.content.length + parsed.data.title.length;
  if (size > MAX_DRAFT_LENGTH) {
    throw new ReviewInputError(
      `草稿过大（${size} 字符，上限 ${MAX_DRAFT_LENGTH}）/ draft too large (${size} > ${MAX_DRAFT_LENGTH} characters)`,
    );
  }
  return parsed.data;
}

/** Reviews a draft: runs every rule of its profile and returns findings with masked excerpts. */
export function reviewDraft(input: DraftInput, options: ReviewOptions = {}): ReviewResult {
  const draft = parseDraft(input);
  const now = options.now ?? new Date();
  const rules = options.rules ?? RULES;
  const body = extractBodyText(draft);
  const fields: FieldText[] = [
    { field: 'title', original: draft.title, normalized: normalizeText(draft.title) },
    { field: 'body', original: body.text, normalized: normalizeText(body.text) },
  ];
  const bodyNormalized = fields[1]!.normalized.text;
  const headline =
    draft.title ||
    bodyNormalized
      .slice(0, 200)
      .split('\n')
      .find((line) => line.trim()) ||
    '';
  const decision = detectProfile(draft, normalizeText(headline).text, bodyNormalized);

  const related = draft.related.map((doc) => ({
    role: doc.role,
    title: doc.title ?? '',
    text: normalizeText(extractBodyText(doc).text).text,
  }));

  const findings: Finding[] = [];
  let bodyContext: ReturnType<typeof createReviewContext> | null = null;
  for (const field of fields) {
    if (!field.original && field.field !== 'body') continue;
    const ctx = createReviewContext({
      text: field.normalized.text,
      field: field.field,
      profile: decision.profile,
      signals: decision.signals,
      draft,
      related,
      now,
    });
    if (field.field === 'body') bodyContext = ctx;
    const raw: Array<Omit<Finding, 'excerpt'>> = [];
    const masks: MaskedSpan[] = [];
    for (const rule of rules) {
      const setting = options.ruleSettings?.[rule.meta.id];
      if (setting?.enabled === false || !rule.meta.profiles.includes(decision.profile)) continue;
      // Document rules look at the whole draft once; they report against the body.
      if (rule.meta.scope === 'document' && field.field !== 'body') continue;
      const ruleOptions = rule.options.safeParse(setting?.options);
      const parsedOptions = ruleOptions.success ? ruleOptions.data : rule.options.parse(undefined);
      for (const hit of rule.check(ctx, parsedOptions)) {
        if (
          options.exemptions &&
          hit.start !== null &&
          hit.end !== null &&
          isExempt(rule.meta, ctx.text.slice(hit.start, hit.end), options.exemptions)
        ) {
          continue;
        }
        const span =
          hit.start === null || hit.end === null
            ? null
            : toSourceSpan(field.normalized, hit.start, hit.end);
        const shown = hit.shown ?? (span ? field.original.slice(span[0], span[1]) : '');
        if (span && rule.meta.category === 'personal-data' && hit.shown !== undefined) {
          masks.push({ start: span[0], end: span[1], shown });
        }
        raw.push({
          ruleId: rule.meta.id,
          category: rule.meta.category,
          kind: rule.meta.kind,
          severity: setting?.severity ?? rule.meta.severity,
          field: field.field,
          start: span ? span[0] : null,
          end: span ? span[1] : null,
          message:
            rule.meta.message.zh.replace('{value}', shown) + (hit.detail ? ` ${hit.detail}` : ''),
          ...(hit.masked ? { fix: { masked: hit.masked } } : {}),
        });
      }
    }
    const sortedMasks = prepareMasks(masks);
    const headEnd = Math.min(field.original.length, 24);
    for (const f of dropContainedDuplicates(raw)) {
      const excerpt =
        f.start === null
          ? buildExcerpt(field.original, 0, headEnd, sortedMasks)
          : buildExcerpt(field.original, f.start, f.end!, sortedMasks);
      findings.push({ ...f, excerpt });
    }
  }
  const classification = documentFacts(bodyContext!).classification;
  return {
    profile: decision.profile,
    documentClass: { ...classification, label: DOCUMENT_CLASS_LABELS[classification.class] },
    profileEvidence: decision.evidence,
    bodyText: body.text,
    findings,
    engineVersion: ENGINE_VERSION,
  };
}

/** Two rules of one kind reporting the same place (e.g. a name found twice) count once. */
function dropContainedDuplicates<T extends Pick<Finding, 'category' | 'kind' | 'start' | 'end'>>(
  items: T[],
): T[] {
  const documentLevel = items.filter((f) => f.start === null);
  const sorted = items
    .filter((f) => f.start !== null)
    .sort((a, b) => a.start! - b.start! || b.end! - a.end!);
  const furthestEnd = new Map<string, number>();
  const kept: T[] = [];
  for (const item of sorted) {
    const key = `${item.category}/${item.kind}`;
    if ((furthestEnd.get(key) ?? -1) >= item.end!) continue;
    furthestEnd.set(key, item.end!);
    kept.push(item);
  }
  return [...documentLevel, ...kept];
}
