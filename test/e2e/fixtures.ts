import { chromium, test as base, type BrowserContext } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const extensionPath = path.join(repoRoot, '.output', 'chrome-mv3');
const CHROMIUM = '/usr/bin/chromium';

export const test = base.extend<{ context: BrowserContext; extensionId: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern here
  context: async ({}, use) => {
    if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
      throw new Error(`No built extension at ${extensionPath}: run \`npm run build\` first.`);
    }
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} not found: apt-get install chromium fonts-noto-cjk`);
    }
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM,
      // Extensions need Chromium's "new" headless mode, which Playwright's `headless` flag
      // does not select, so pass it as an argument instead.
      headless: false,
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        `--disable-extensions-except=${extensionPath}`,
        `--load-extension=${extensionPath}`,
      ],
    });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    await use(id);
  },
});

export const expect = test.expect;
