/**
 * Proves the demo CMS (demo/) and its harness (test/e2e/editors.ts) WITHOUT the extension: on
 * every editor page, text typed with page.keyboard comes back through the editor's own API, and
 * the publish control runs the CMS's own handler.
 */
import { chromium, expect, test, type Browser } from '@playwright/test';
import { existsSync } from 'node:fs';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { EDITOR_PAGES, openEditor, publishedCount, readText, typeText } from './editors';

const CHROMIUM = '/usr/bin/chromium';

let server: DemoServer;
let browser: Browser;

test.beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: apt-get install chromium fonts-noto-cjk`);
  }
  server = await startDemoServer({ port: 0 });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

test.afterAll(async () => {
  await browser?.close();
  await server?.close();
});

for (const editor of EDITOR_PAGES) {
  test(`demo CMS ${editor.name}: typed text reads back, publish runs the CMS handler`, async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      const frame = await openEditor(page, server.url, editor);
      expect(
        await frame.evaluate(() => (window as { __demo?: { editor: string } }).__demo?.editor),
      ).toBe(editor.editor);

      await editor.focus(page);
      // Types, presses Enter, types (waiting a frame after Enter: see typeText for Trix).
      await typeText(page, editor, '第一段文字，测试。\n第二段');
      await expect
        .poll(() => readText(page, editor), { timeout: 3_000 })
        .toBe('第一段文字，测试。\n第二段');

      expect(await publishedCount(page, editor)).toBe(0);
      await (await editor.publishButton(page)).click();
      await expect.poll(() => publishedCount(page, editor), { timeout: 3_000 }).toBe(1);
      await expect(frame.getByRole('status')).toHaveText('已发布');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
}
