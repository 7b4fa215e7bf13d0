import { z } from 'zod';
import {
  DocumentClassResultSchema,
  FindingSchema,
  ProfileSchema,
  SeveritySchema,
} from '../engine/schema';
import { SiteProfileSchema } from '../sites/site-profile';

/**
 * Messages between the content script and the background. Every receiver parses what it gets
 * with these schemas: a message is data from another context, never trusted as typed.
 * Pages cannot send runtime messages, so a hostile page cannot fake one; the schemas guard
 * against our own mistakes and against stale content scripts after an update.
 */

/** The draft as the content script read it from the page: text body plus the CMS form's fields. */
export const PageDraftSchema = z.object({
  title: z.string().max(10_000),
  body: z.object({ format: z.literal('text'), content: z.string() }),
  fields: z.record(z.string(), z.string().max(10_000)),
});
export type PageDraft = z.infer<typeof PageDraftSchema>;

/** A finding as another frame reports it to the top frame's badge: masked text only. */
export const ReportedFindingSchema = z.object({
  key: z.string().max(200),
  ruleId: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  excerpt: z.string(),
  canMask: z.boolean(),
  canReveal: z.boolean(),
});
export type ReportedFinding = z.infer<typeof ReportedFindingSchema>;

/** What a gate decision records: who decided what about which findings, masked. */
export const GateDecisionSchema = z.object({
  at: z.string(),
  decision: z.enum(['back-to-edit', 'publish-anyway']),
  reason: z.string().max(2000),
  origin: z.string(),
  path: z.string(),
  title: z.string(),
  documentNumber: z.string(),
  disclosureAttribute: z.string().max(200).default(''),
  /** The document class of the last review (see DOCUMENT_CLASSES), null before any. */
  documentClass: z.string().nullable().default(null),
  button: z.string().max(100),
  findings: z.array(
    z.object({
      ruleId: z.string(),
      category: z.string(),
      kind: z.string(),
      severity: SeveritySchema,
      excerpt: z.string(),
    }),
  ),
});
export type GateDecision = z.infer<typeof GateDecisionSchema>;

/** Messages the content script sends to the background. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('content→bg:activation'), url: z.string() }),
  z.object({ type: z.literal('content→bg:review'), draft: PageDraftSchema }),
  z.object({
    type: z.literal('content→bg:frame-report'),
    /** False when the frame has no draft any more (removed, navigated, switched off). */
    active: z.boolean(),
    findings: z.array(ReportedFindingSchema).max(5000),
  }),
  z.object({
    type: z.literal('content→bg:frame-action'),
    frameId: z.number().int().nonnegative(),
    action: z.enum(['reveal', 'mask']),
    key: z.string(),
  }),
  z.object({ type: z.literal('content→bg:gate-decision'), decision: GateDecisionSchema }),
  z.object({ type: z.literal('content→bg:save-profile'), profile: SiteProfileSchema }),
  z.object({
    type: z.literal('content→bg:set-site-enabled'),
    origin: z.string(),
    enabled: z.boolean(),
  }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** Messages the background sends to a tab's frames. */
export const BackgroundMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('bg→content:frame-report'),
    frameId: z.number().int().nonnegative(),
    active: z.boolean(),
    findings: z.array(ReportedFindingSchema).max(5000),
  }),
  z.object({
    type: z.literal('bg→content:frame-action'),
    action: z.enum(['reveal', 'mask']),
    key: z.string(),
  }),
]);
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;

/** A finding as the side panel lists it: masked text, with what the checklist groups by. */
export const PanelFindingSchema = ReportedFindingSchema.extend({
  category: z.string(),
  kind: z.string(),
  field: z.string(),
  /** Stable across re-scans of the same draft (rule, field, masked message, occurrence). */
  fingerprint: z.string(),
  /** Set when another (cross-origin) frame reported the finding. */
  frameId: z.number().int().nonnegative().optional(),
});
export type PanelFinding = z.infer<typeof PanelFindingSchema>;

/** What the top frame tells the side panel about the page's draft. */
export const PageStateSchema = z.object({
  /** origin + path + query: the draft's identity for dispositions. */
  url: z.string(),
  origin: z.string(),
  path: z.string(),
  drafts: z.number().int().nonnegative(),
  pending: z.boolean(),
  status: z.enum(['clean', 'warn', 'block']),
  title: z.string(),
  documentNumber: z.string(),
  disclosureAttribute: z.string(),
  column: z.string(),
  documentClass: DocumentClassResultSchema.nullable(),
  profile: ProfileSchema.nullable(),
  findings: z.array(PanelFindingSchema),
});
export type PageState = z.infer<typeof PageStateSchema>;

/** Messages the side panel sends to a tab's top frame. */
export const PanelMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('panel→content:get-state') }),
  z.object({
    type: z.literal('panel→content:reveal'),
    key: z.string(),
    frameId: z.number().int().nonnegative().optional(),
  }),
]);
export type PanelMessage = z.infer<typeof PanelMessageSchema>;

/** The background's answer to an activation request. */
export const ActivationReplySchema = z.object({
  enabled: z.boolean(),
  /** Why: on, switched off for this site by the user, outside the administrator's allowlist, or blocked. */
  reason: z.enum(['on', 'site-off', 'not-allowed', 'blocked', 'not-http']),
  profile: SiteProfileSchema.nullable(),
});
export type ActivationReply = z.infer<typeof ActivationReplySchema>;

/** The background's answer to a review request. */
export const ReviewReplySchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    profile: ProfileSchema,
    documentClass: DocumentClassResultSchema,
    findings: z.array(FindingSchema),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type ReviewReply = z.infer<typeof ReviewReplySchema>;
