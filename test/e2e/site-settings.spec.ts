import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { TEST_SITE, serveTestPages } from './pages';
import { shadowClick, shadowQueryAll, waitForShadow } from './shadow';

const PII = '病例李某，手机号13912345678，现住某某小区。';

async function status(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.querySelector('disclosure-review')?.getAttribute('data-status') ?? null,
  );
}

async function storedLocal(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (k) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    return (await chrome.storage.local.get(k))[k];
  }, key);
}

test('pointing at a home-grown CMS’s fields makes a site profile that the gate and fields use', async ({
  context,
  extensionId,
}) => {
  await serveTestPages(context);
  const page = await context.newPage();
  await page.goto(`${TEST_SITE}custom-cms.html`);
  await page.click('#f_04');
  await page.keyboard.type(PII);
  await expect.poll(() => status(page)).toBe('block');

  // The icon-only button means nothing to label matching: no gate yet.
  await page.click('#btn_b');
  expect(await page.evaluate(() => (window as unknown as { published: number }).published)).toBe(1);

  await shadowClick(page, 'button.badge');
  await waitForShadow(page, 'footer button');
  await shadowClick(page, 'footer button', 0); // 指定本站字段…
  await waitForShadow(page, '.bar', 'disclosure-review-picker');
  await page.click('#f_04'); // 正文
  await page.click('#f_01'); // 标题
  await page.click('#f_02'); // 发文字号
  await page.click('#f_03'); // 公开属性
  await page.click('#btn_b'); // 发布 (swallowed while pointing)
  expect(await page.evaluate(() => (window as unknown as { published: number }).published)).toBe(1);
  await expect.poll(() => shadowQueryAll(page, '.bar', 'disclosure-review-picker')).toHaveLength(0);

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const profiles = (await storedLocal(panel, 'site.profiles.v1')) as Array<Record<string, unknown>>;
  expect(profiles).toHaveLength(1);
  const profile = profiles[0] as {
    origin: string;
    body: string;
    fields: Record<string, string>;
    publishButtons: string[];
  };
  expect(profile.origin).toBe('http://cms.test');
  // Each selector picks out exactly the element the user pointed at.
  const resolved = await page.evaluate(
    (p) => ({
      body: document.querySelector(p.body)?.id,
      title: document.querySelector(p.fields.title!)?.id,
      documentNumber: document.querySelector(p.fields.documentNumber!)?.id,
      disclosureAttribute: document.querySelector(p.fields.disclosureAttribute!)?.id,
      publish: document.querySelector(p.publishButtons[0]!)?.id,
    }),
    profile,
  );
  expect(resolved).toEqual({
    body: 'f_04',
    title: 'f_01',
    documentNumber: 'f_02',
    disclosureAttribute: 'f_03',
    publish: 'btn_b',
  });

  // Now the icon button is the publish button: the gate holds it.
  await page.bringToFront();
  await page.click('#btn_b');
  await waitForShadow(page, '.dialog', 'disclosure-review-gate');
  expect(await page.evaluate(() => (window as unknown as { published: number }).published)).toBe(1);
  await page.keyboard.press('Escape');

  // The profile's title field is read: a phone number typed there is a finding of its own.
  await page.fill('#f_01', '关于李某（电话13712345678）的情况说明');
  await page.click('#f_04');
  await page.keyboard.type('。');
  await expect
    .poll(() =>
      page.evaluate(() =>
        Number(document.querySelector('disclosure-review')?.getAttribute('data-findings')),
      ),
    )
    .toBe(2);
});

test('switching the extension off for a site removes it there, and it stays off after a reload', async ({
  context,
  extensionId,
}) => {
  await serveTestPages(context);
  const page = await context.newPage();
  await page.goto(`${TEST_SITE}custom-cms.html`);
  await page.click('#f_04');
  await page.keyboard.type(PII);
  await expect.poll(() => status(page)).toBe('block');

  page.once('dialog', (dialog) => void dialog.accept());
  await shadowClick(page, 'button.badge');
  await waitForShadow(page, 'footer button');
  await shadowClick(page, 'footer button', 1); // 在本站停用
  await expect
    .poll(() => page.evaluate(() => document.querySelector('disclosure-review') === null))
    .toBe(true);
  // The underlines go too.
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);

  await page.reload();
  await page.click('#f_04');
  await page.keyboard.type(PII);
  await page.waitForTimeout(1500);
  expect(await status(page)).toBeNull();

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  expect(await storedLocal(panel, 'site.disabledOrigins.v1')).toEqual(['http://cms.test']);
});
