import { Dexie } from 'dexie';
import { verifyLog } from '@/lib/log/review-log';
import {
  REVIEW_LOG_DB_NAME,
  defineReviewLogSchema,
  openReviewLog,
} from '@/lib/log/review-log-schema';

/**
 * Verifies the whole hash chain off the page's thread: hashing and parsing 100,000 entries
 * takes seconds, and the supervisor should be able to filter meanwhile.
 */
self.onmessage = async () => {
  try {
    const db = await openReviewLog(defineReviewLogSchema(new Dexie(REVIEW_LOG_DB_NAME)));
    const started = performance.now();
    const result = await verifyLog(db);
    db.close();
    self.postMessage({ ok: true, result, ms: performance.now() - started });
  } catch (error) {
    self.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
