import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ENGINE_VERSION } from '@/lib/engine/review';
import { appendRecords } from '@/lib/log/review-log';
import { RULES_VERSION } from '@/lib/rules';
import { reviewLogDb } from './sidepanel/review-log-db';
import { buildSeedRecords, type SeedOptions } from './log/seed-records';

/** What seeding did. */
interface SeedResult {
  count: number;
  ms: number;
}

/**
 * Fills the review log with realistic records through the extension's own appendRecords (the
 * same masking, validation and hash chain as real sign-offs), for the Playwright test of the
 * supervisor's page and for the demo. Loaded into an extension page (`<script src="/log-seed.js">`),
 * it exposes `__disclosureReviewSeed(count, options)`; nothing calls it on its own.
 */
export default defineUnlistedScript(() => {
  const seed = async (
    count: number,
    options: SeedOptions & { batch?: number } = {},
  ): Promise<SeedResult> => {
    const started = performance.now();
    const db = await reviewLogDb();
    const batch = Math.max(1, options.batch ?? 5000);
    const now = options.now ?? Date.now();
    const versions = { engineVersion: ENGINE_VERSION, rulesVersion: RULES_VERSION };
    for (let offset = 0; offset < count; offset += batch) {
      const records = buildSeedRecords(
        Math.min(batch, count - offset),
        { ...options, now, offset, total: count },
        versions,
      );
      await appendRecords(db, records);
    }
    return { count, ms: Math.round(performance.now() - started) };
  };
  (globalThis as { __disclosureReviewSeed?: typeof seed }).__disclosureReviewSeed = seed;
});
