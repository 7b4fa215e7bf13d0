import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { accessibleDocuments, findDrafts, isRootFrame } from './find-editors';
import type { QueuedMessage } from './in-page-main';

/** Quiet time after page mutations before looking again for an editor. */
const LOOK_DELAY_MS = 500;

/**
 * The bootstrap. It runs in every frame of every page, so it does almost nothing: a frame its
 * parent can reach is handled by the parent's script; a root frame (the top one, or one nobody
 * above can reach) looks for an editor now and whenever the page changes, and only when it
 * finds one imports the in-page review (entrypoints/in-page.ts). Nothing here touches the page.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main() {
    const began = performance.now();
    if (!isRootFrame(window)) return;

    const abort = new AbortController();
    const queue: QueuedMessage[] = [];
    let loading = false;
    let handedOver = false;
    let timer: number | undefined;
    const observer = new MutationObserver(() => {
      if (timer === undefined) timer = window.setTimeout(look, LOOK_DELAY_MS);
    });

    const load = (): void => {
      if (loading) return;
      loading = true;
      observer.disconnect();
      abort.abort();
      window.clearTimeout(timer);
      const handoff = globalThis as { __disclosureReviewQueue?: QueuedMessage[] };
      handoff.__disclosureReviewQueue = queue;
      import(/* @vite-ignore */ browser.runtime.getURL('/in-page.js'))
        .then(() => {
          // From now on the in-page review answers its own messages.
          handedOver = true;
        })
        .catch((error: unknown) => {
          console.warn('[公开审查助手] 无法加载页面检查 could not load the in-page review:', error);
        });
    };

    let lookAndWatch = (): void => undefined;
    function look(): void {
      timer = undefined;
      if (loading) return;
      const start = performance.now();
      const found = findDrafts(document, null).length > 0;
      if (found) load();
      else lookAndWatch();
      performance.measure('disclosure-review:scan', { start });
    }

    // A frame's report or the side panel's question means there is something to show here.
    const onMessage = (
      raw: unknown,
      _sender: unknown,
      sendResponse: (response: unknown) => void,
    ): true | undefined => {
      if (handedOver) return undefined;
      const type = (raw as { type?: unknown } | null)?.type;
      if (type === 'panel→content:get-state' && !loading) {
        sendResponse(null);
        return undefined;
      }
      if (type !== 'bg→content:frame-report' && type !== 'panel→content:get-state')
        return undefined;
      queue.push({ raw, sendResponse });
      load();
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);

    // Every same-origin frame is watched too: admin shells load the editor page late, in a
    // frame within a frame, and editors build their own iframe after that.
    const watched = new WeakSet<Document>();
    const watch = (doc: Document): void => {
      if (watched.has(doc) || loading) return;
      watched.add(doc);
      observer.observe(doc.documentElement, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['contenteditable'],
      });
      doc.addEventListener('focusin', () => look(), { capture: true, signal: abort.signal });
      doc.addEventListener(
        'load',
        () => {
          if (timer === undefined) timer = window.setTimeout(look, 50);
        },
        { capture: true, signal: abort.signal },
      );
    };
    lookAndWatch = (): void => {
      for (const doc of accessibleDocuments(document)) watch(doc);
    };
    look();
    performance.measure('disclosure-review:start', { start: began });
  },
});
