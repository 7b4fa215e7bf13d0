import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startInPage, type QueuedMessage } from './content/in-page-main';

/**
 * The in-page review as a separate script, imported by the content script's bootstrap only in
 * a root frame that has an editor (or a frame reporting one): pages without an editor never
 * parse it. It runs in the content script's isolated world; the bootstrap hands over the
 * messages it received meanwhile through this world's global.
 */
export default defineUnlistedScript(() => {
  const handoff = globalThis as { __disclosureReviewQueue?: QueuedMessage[] };
  const queued = handoff.__disclosureReviewQueue ?? [];
  delete handoff.__disclosureReviewQueue;
  startInPage(queued);
});
