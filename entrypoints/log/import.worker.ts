import { Dexie } from 'dexie';
import { REVIEW_IMPORTS_DB_NAME, defineImportsSchema, mergeImport } from '@/lib/log/import';
import {
  REVIEW_LOG_DB_NAME,
  defineReviewLogSchema,
  openReviewLog,
} from '@/lib/log/review-log-schema';

/** What the page asks: verify one exported file and merge it (see importFile in log-actions). */
export interface ImportRequest {
  fileName: string;
  text: string;
  acceptProblems: boolean;
}

/**
 * Verifies and merges a colleague's export off the page's thread: parsing and re-hashing
 * 100,000 records takes seconds, and the page should keep answering meanwhile.
 */
self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { fileName, text, acceptProblems } = event.data;
  const imports = defineImportsSchema(new Dexie(REVIEW_IMPORTS_DB_NAME));
  try {
    await imports.open();
    const own = await openReviewLog(defineReviewLogSchema(new Dexie(REVIEW_LOG_DB_NAME)));
    try {
      const report = await mergeImport(imports, own, fileName, text, { acceptProblems });
      self.postMessage({ ok: true, report });
    } finally {
      own.close();
    }
  } catch (error) {
    self.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  } finally {
    imports.close();
  }
};
