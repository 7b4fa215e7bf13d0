import { chromium, test as base, type BrowserContext } from '@playwright/test';
import { startDemoServer } from '../../scripts/demo-server';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** The production build; DR_OUT_DIR (also read by wxt.config.ts) lets parallel builds not clash. */
export const extensionPath = path.join(
  path.resolve(repoRoot, process.env.DR_OUT_DIR ?? '.output'),
  'chrome-mv3',
);
const CHROMIUM = '/usr/bin/chromium';
/** Flags for Chromium in this sandbox: no network beyond loopback, no first-run UI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Launches Chromium with the built extension loaded (or without it, for comparisons). The UI
 * language is Chinese (the extension's default locale) unless `uiLanguage` says otherwise; on
 * Linux Chromium takes it from LANGUAGE as well as from --lang.
 */
export async function launchChromium(
  withExtension: boolean,
  uiLanguage = 'zh-CN',
): Promise<BrowserContext> {
  if (withExtension && !existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run \`npm run build\` first.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: apt-get install chromium fonts-noto-cjk`);
  }
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    // Extensions need Chromium's "new" headless mode, which Playwright's `headless` flag
    // does not select, so pass it as an argument instead.
    headless: false,
    env: { ...process.env, LANGUAGE: uiLanguage.replace('-', '_') },
    locale: uiLanguage,
    args: [
      '--headless=new',
      `--lang=${uiLanguage}`,
      ...CHROMIUM_ARGS,
      ...(withExtension
        ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`]
        : ['--disable-extensions']),
    ],
  });
}

export interface DemoServer {
  url: string;
  crossOriginUrl: string;
}

export const test = base.extend<
  { context: BrowserContext; extensionId: string; plainContext: BrowserContext },
  { demo: DemoServer }
>({
  // The demo CMS (demo/, real editors from node_modules), one server per worker.
  demo: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern here
    async ({}, use) => {
      const server = await startDemoServer({ port: 0 });
      await use({ url: server.url, crossOriginUrl: server.crossOriginUrl });
      await server.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern here
  context: async ({}, use) => {
    const context = await launchChromium(true);
    // Chromium loads managed policy for extensions a few seconds after it starts (about 4.7 s
    // here); until then the extension's first storage.managed read waits, and so does its
    // activation on a page. A user's browser has long started when they publish; a test that
    // publishes within a second of launching would only measure that start-up, so wait for it.
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate(() => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { managed: { get(keys: null): Promise<unknown> } } };
      };
      return chrome.storage.managed.get(null).catch(() => ({}));
    });
    await use(context);
    await context.close();
  },
  // The same browser without the extension: what the page does on its own.
  // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern here
  plainContext: async ({}, use) => {
    const context = await launchChromium(false);
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
