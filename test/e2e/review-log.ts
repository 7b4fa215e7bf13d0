import type { Page } from '@playwright/test';

/** The review log's entries, read straight from IndexedDB in an extension page (seq order). */
export async function readLogEntries(extensionPage: Page): Promise<Array<Record<string, unknown>>> {
  return extensionPage.evaluate(
    () =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const open = indexedDB.open('disclosure-review-log');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('entries')) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction('entries').objectStore('entries').getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as Array<Record<string, unknown>>);
          };
          request.onerror = () => reject(new Error(String(request.error)));
        };
      }),
  );
}
