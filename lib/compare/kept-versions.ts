import { z } from 'zod';
import { reviewDraft } from '../engine/review';

/** Storage key of the versions kept for later comparison (versioned: a new shape gets a new key). */
export const KEPT_VERSIONS_KEY = 'compare.keptVersions.v1';
/** Most versions kept; the oldest go first. */
export const MAX_KEPT_VERSIONS = 20;
/** Longest text kept, so local storage stays small. */
export const MAX_KEPT_LENGTH = 500_000;

/** A version of a document kept on this device to compare a later draft with. */
export const KeptVersionSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  savedAt: z.string(),
  text: z.string().max(MAX_KEPT_LENGTH),
});
export type KeptVersion = z.infer<typeof KeptVersionSchema>;

/** Reads kept versions from storage; anything malformed is dropped, never trusted. */
export function parseKeptVersions(raw: unknown): KeptVersion[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = KeptVersionSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * Replaces every identifier the engine finds by its masked form, so a kept version never
 * holds raw personal data (a policy text rarely has any; a pasted list might).
 */
export function maskPersonalData(text: string): string {
  const findings = reviewDraft({ body: { format: 'text', content: text } })
    .findings.filter(
      (f) => f.category === 'personal-data' && f.field === 'body' && f.fix && f.start !== null,
    )
    .sort((a, b) => b.start! - a.start!);
  let out = text;
  let limit = text.length;
  for (const f of findings) {
    if (f.end! > limit) continue;
    out = out.slice(0, f.start!) + f.fix!.masked + out.slice(f.end!);
    limit = f.start!;
  }
  return out;
}

/** Adds a version (masked, newest first, an identical text only once, at most MAX_KEPT_VERSIONS). */
export function addKeptVersion(
  list: readonly KeptVersion[],
  text: string,
  now: Date,
): KeptVersion[] {
  const masked = maskPersonalData(text.slice(0, MAX_KEPT_LENGTH));
  const title =
    masked
      .split('\n')
      .find((line) => line.trim())
      ?.trim()
      .slice(0, 60) ?? '';
  const version: KeptVersion = {
    id: `${now.getTime()}`,
    title,
    savedAt: now.toISOString(),
    text: masked,
  };
  return [version, ...list.filter((v) => v.text !== masked)].slice(0, MAX_KEPT_VERSIONS);
}
