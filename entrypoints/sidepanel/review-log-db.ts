import { Dexie } from 'dexie';
import type { ItemState, Outcome } from '@/lib/checklist/build-checklist';
import type { Disposition } from '@/lib/checklist/dispositions';
import { z } from 'zod';
import { DOCUMENT_CLASSES } from '@/lib/classify/classify-document';
import { CategorySchema } from '@/lib/engine/schema';
import { ENGINE_VERSION } from '@/lib/engine/review';
import { appendRecord } from '@/lib/log/review-log';
import type { ReviewLogEntry } from '@/lib/log/review-log-entry';
import {
  REVIEW_LOG_DB_NAME,
  defineReviewLogSchema,
  openReviewLog,
  type ReviewLogDb,
} from '@/lib/log/review-log-schema';
import type { LoggedFinding } from '@/lib/log/review-record';
import type { GateDecision, PageState } from '@/lib/page/messages';
import { RULES_VERSION } from '@/lib/rules';
import type { Reviewer } from '@/lib/settings/reviewer';

/**
 * The review log lives in IndexedDB in the extension's own origin (never the CMS page's), opened
 * by the extension pages and the background through this one module.
 */
let opening: Promise<ReviewLogDb> | null = null;
const DocumentClassSchema = z.enum(DOCUMENT_CLASSES);

/** The open review log (opened once per page; a failure is reported and retried next time). */
export function reviewLogDb(): Promise<ReviewLogDb> {
  opening ??= openReviewLog(defineReviewLogSchema(new Dexie(REVIEW_LOG_DB_NAME))).catch(
    (error: unknown) => {
      opening = null;
      throw error;
    },
  );
  return opening;
}

function loggedFinding(f: {
  ruleId: string;
  category: string;
  kind: string;
  severity: LoggedFinding['severity'];
  excerpt: string;
}): LoggedFinding {
  const category = CategorySchema.safeParse(f.category);
  return {
    ruleId: f.ruleId,
    category: category.success ? category.data : 'personal-data',
    kind: f.kind || f.ruleId.split('/')[1] || f.ruleId,
    severity: f.severity,
    excerpt: f.excerpt,
  };
}

export interface SignOffInput {
  page: PageState;
  reviewer: Reviewer;
  outcome: Outcome;
  comment: string;
  dispositions: Readonly<Record<string, Disposition>>;
  checklist: Array<{ id: string; label: string; group: string; state: ItemState; note: string }>;
}

/** Writes a reviewer's sign-off to the log. */
export async function appendSignOff(input: SignOffInput): Promise<ReviewLogEntry> {
  const { page } = input;
  const findings = page.findings.map(loggedFinding);
  const dispositions = page.findings.flatMap((finding, findingIndex) => {
    const d = input.dispositions[finding.fingerprint];
    return d
      ? [{ findingIndex, ruleId: finding.ruleId, disposition: d.state, reason: d.reason }]
      : [];
  });
  return appendRecord(await reviewLogDb(), {
    type: 'sign-off',
    at: new Date().toISOString(),
    unit: input.reviewer.unit,
    reviewer: input.reviewer.name,
    origin: page.origin,
    path: page.path,
    title: page.title,
    documentNumber: page.documentNumber,
    documentClass: page.documentClass?.class ?? null,
    disclosureAttribute: page.disclosureAttribute,
    findings,
    dispositions,
    checklist: input.checklist.map((item) => ({
      itemId: item.id,
      label: item.label,
      group: item.group,
      state: item.state,
      note: item.note,
    })),
    outcome: input.outcome,
    comment: input.comment,
    engineVersion: ENGINE_VERSION,
    rulesVersion: RULES_VERSION,
  });
}

/** Writes a decision taken at the in-page publish gate to the log. */
export async function appendGateDecision(
  decision: GateDecision,
  reviewer: Reviewer,
): Promise<ReviewLogEntry> {
  return appendRecord(await reviewLogDb(), {
    type: 'gate-decision',
    at: decision.at,
    unit: reviewer.unit,
    reviewer: reviewer.name,
    origin: decision.origin,
    path: decision.path,
    title: decision.title,
    documentNumber: decision.documentNumber,
    documentClass: DocumentClassSchema.safeParse(decision.documentClass).data ?? null,
    disclosureAttribute: decision.disclosureAttribute,
    findings: decision.findings.map(loggedFinding),
    engineVersion: ENGINE_VERSION,
    rulesVersion: RULES_VERSION,
    decision: decision.decision,
    reason: decision.reason,
    button: decision.button,
  });
}
