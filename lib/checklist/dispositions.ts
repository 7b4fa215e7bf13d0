import { z } from 'zod';

/** A reviewer's decision about one finding: not a real problem, or accepted as it is. */
export const DispositionSchema = z.object({
  state: z.enum(['false-positive', 'accepted']),
  reason: z.string().trim().min(1).max(500),
  at: z.string(),
});
export type Disposition = z.infer<typeof DispositionSchema>;

/** storage.local key: dispositions per draft (origin + path + query) and finding fingerprint. */
export const DISPOSITIONS_KEY = 'checklist.dispositions.v1';
/** Drafts whose dispositions are kept (the most recently changed). */
export const MAX_DISPOSITION_DRAFTS = 300;

const StoredSchema = z.record(
  z.string(),
  z.object({ updated: z.string(), byFinding: z.record(z.string(), DispositionSchema) }),
);
export type StoredDispositions = z.infer<typeof StoredSchema>;

/** Reads stored dispositions; a malformed store is dropped, never trusted. */
export function parseDispositions(value: unknown): StoredDispositions {
  const parsed = StoredSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}

/** The dispositions of one draft, by finding fingerprint. */
export function dispositionsFor(
  stored: StoredDispositions,
  draft: string,
): Record<string, Disposition> {
  return stored[draft]?.byFinding ?? {};
}

/** Sets or clears (null) one finding's disposition, keeping the newest drafts only. */
export function setDisposition(
  stored: StoredDispositions,
  draft: string,
  fingerprint: string,
  disposition: Disposition | null,
  now: string,
): StoredDispositions {
  const byFinding = { ...dispositionsFor(stored, draft) };
  if (disposition) byFinding[fingerprint] = disposition;
  else delete byFinding[fingerprint];
  const next: StoredDispositions = { ...stored, [draft]: { updated: now, byFinding } };
  const drafts = Object.entries(next).sort((a, b) => b[1].updated.localeCompare(a[1].updated));
  return Object.fromEntries(drafts.slice(0, MAX_DISPOSITION_DRAFTS));
}
