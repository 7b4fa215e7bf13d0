import { z } from 'zod';
import { GateDecisionSchema, type GateDecision } from '../page/messages';

/** storage.local key: origins where the user switched the in-page review off. */
export const DISABLED_ORIGINS_KEY = 'site.disabledOrigins.v1';
/** storage.local key: site profiles the user made by pointing at a CMS page's fields. */
export const SITE_PROFILES_KEY = 'site.profiles.v1';
/** storage.local key: publish-gate decisions the review log could not take yet (kept to retry). */
export const GATE_DECISIONS_KEY = 'gate.decisions.pending.v1';
/** storage.local key: why the last write of a gate decision to the review log failed ('' when fine). */
export const GATE_LOG_ERROR_KEY = 'gate.logError.v1';
/** Gate decisions kept at most (oldest dropped first). */
export const MAX_GATE_DECISIONS = 1000;

/** Reads the disabled-origins list; anything malformed is dropped. */
export function parseDisabledOrigins(value: unknown): string[] {
  const parsed = z.array(z.string()).safeParse(value);
  return parsed.success ? parsed.data : [];
}

/** Turns a site on or off in the disabled-origins list. */
export function setOriginEnabled(
  list: readonly string[],
  origin: string,
  enabled: boolean,
): string[] {
  const rest = list.filter((o) => o !== origin);
  return enabled ? rest : [...rest, origin];
}

/** Reads stored gate decisions, dropping malformed entries. */
export function parseGateDecisions(value: unknown): GateDecision[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = GateDecisionSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Appends a decision, keeping the newest MAX_GATE_DECISIONS. */
export function appendGateDecision(
  list: readonly GateDecision[],
  decision: GateDecision,
): GateDecision[] {
  return [...list, decision].slice(-MAX_GATE_DECISIONS);
}
