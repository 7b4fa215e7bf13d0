import type { Draft, Profile } from './schema';

/** Facts about the whole document that rules read (computed once per review). */
export interface DocumentSignals {
  /** A 风险区/封控区 announcement, which may name buildings and units (RULES §1.4). */
  readonly riskAreaNotice: boolean;
}

/** A related document's text, extracted and normalised like the draft's body. */
export interface RelatedText {
  readonly role: 'interpretation' | 'previous' | 'policy' | 'attachment' | 'related';
  readonly title: string;
  readonly text: string;
}

/** The read-only view of one draft field that a rule checks. */
export interface ReviewContext {
  /** The field's normalised text; rule hits are offsets into it. */
  readonly text: string;
  /** Which field this is. */
  readonly field: string;
  readonly profile: Profile;
  readonly signals: DocumentSignals;
  readonly draft: Readonly<Draft>;
  /** Related documents (interpretation, policy, previous version), normalised. */
  readonly related: readonly RelatedText[];
  /** Reference time for date checks (birth dates in the future are not IDs). */
  readonly now: Date;
  /** Shares one detector pass between the rules that need it (e.g. ID numbers). */
  memo<T>(key: string, compute: () => T): T;
}

/** Builds a context; the memo cache lives as long as the context. */
export function createReviewContext(init: Omit<ReviewContext, 'memo'>): ReviewContext {
  const cache = new Map<string, unknown>();
  return Object.freeze({
    ...init,
    memo<T>(key: string, compute: () => T): T {
      if (cache.has(key)) return cache.get(key) as T;
      const value = compute();
      cache.set(key, value);
      return value;
    },
  });
}
