import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from '@playwright/test';

const pagesDir = fileURLToPath(new URL('./pages/', import.meta.url));

/** Base URL under which test/e2e/pages/*.html are served to a browser context. */
export const TEST_SITE = 'http://cms.test/';

/** Serves test/e2e/pages/ at TEST_SITE in this context (an http page, so content scripts run). */
export async function serveTestPages(context: BrowserContext): Promise<void> {
  await context.route(`${TEST_SITE}**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(1) || 'index.html';
    if (!/^[\w-]+\.html$/.test(name)) return route.fulfill({ status: 404, body: 'not found' });
    try {
      const body = readFileSync(path.join(pagesDir, name), 'utf8');
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
}
