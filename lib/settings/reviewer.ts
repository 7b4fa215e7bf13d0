import { z } from 'zod';

/** The reviewer as set once in the options page: who signs off, for which unit. */
export const ReviewerSchema = z.object({
  name: z.string().trim().max(40).default(''),
  unit: z.string().trim().max(80).default(''),
});
export type Reviewer = z.infer<typeof ReviewerSchema>;

/** storage.local key of the reviewer settings. */
export const REVIEWER_KEY = 'reviewer.v1';

/** Reads the reviewer settings; anything malformed gives empty fields. */
export function parseReviewer(value: unknown): Reviewer {
  const parsed = ReviewerSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : { name: '', unit: '' };
}
