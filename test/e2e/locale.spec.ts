import type { BrowserContext, Page } from '@playwright/test';
import { EXTENSION_ID } from '../../lib/manifest/extension-id';
import { expect, launchChromium, test } from './fixtures';
import { serveTestPages, TEST_SITE } from './pages';
import { shadowClick, shadowTexts, waitForShadow } from './shadow';

/** The extension APIs these tests call from extension pages (tests have no chrome typings). */
interface Ext {
  chrome: {
    i18n: { getMessage(name: string): string };
    management: { getSelf(): Promise<{ id: string; name: string }> };
    tabs: { query(query: object): Promise<Array<{ id?: number }>> };
  };
}

/** Opens an extension page as a tab, the size it has as a popup or side panel. */
async function openPage(context: BrowserContext, file: string, width: number): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 760 });
  await page.goto(`chrome-extension://${EXTENSION_ID}/${file}`);
  return page;
}

const DRAFT = '经流调，患者张某，联系电话13812345678，于3月1日到过某超市。';

test.describe('in an English browser', () => {
  let context: BrowserContext;
  test.beforeEach(async () => {
    context = await launchChromium(true, 'en-US');
  });
  test.afterEach(async () => {
    await context.close();
  });

  test('the name, the popup and the side panel are in English', async () => {
    const popup = await openPage(context, 'popup.html', 320);
    const self = await popup.evaluate(() =>
      (globalThis as unknown as Ext).chrome.management.getSelf(),
    );
    expect(self.id).toBe(EXTENSION_ID);
    expect(self.name).toBe('Disclosure Review');
    expect(
      await popup.evaluate(() => (globalThis as unknown as Ext).chrome.i18n.getMessage('extName')),
    ).toBe('Disclosure Review');
    await expect(popup.locator('html')).toHaveAttribute('lang', 'en');
    await expect(popup).toHaveTitle('Disclosure Review');
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Disclosure Review');
    await expect(popup.getByRole('button', { name: 'Open the review panel' })).toBeVisible();
    await expect(popup.getByRole('link', { name: 'Compare versions' })).toBeVisible();
    // Opened as a tab, the popup's "current tab" is itself: not a web page.
    await expect(popup.getByTestId('site-state')).toHaveText(
      'This is not a web page; nothing to check',
    );
    expect(await popup.locator('body').innerText()).not.toMatch(/\p{Script=Han}/u);
    await popup.screenshot({ path: '.scratch/popup-en.png' });

    const panel = await openPage(context, 'sidepanel.html', 420);
    await expect(panel.locator('html')).toHaveAttribute('lang', 'en');
    await expect(panel.getByRole('tab', { name: 'Checklist' })).toBeVisible();
    await expect(panel.getByTestId('no-draft')).toContainText('Use Quick check');
    await panel.getByRole('tab', { name: 'Quick check' }).click();
    await panel.getByLabel('Title').fill('关于某某小区疫情防控的通报');
    await panel.getByLabel('Draft text').fill(DRAFT);
    const finding = panel.getByTestId('finding').filter({ hasText: '138****5678' });
    await expect(finding).toContainText('Unmasked personal phone number 138****5678.');
    await expect(finding).toContainText('Block');
    await expect(panel.getByTestId('counts')).toHaveText(
      /^Block [1-9]\d* · Warning \d+ · Info \d+$/,
    );
    await expect(panel.getByTestId('profile')).toHaveText('Profile: Epidemiological (流调)');
    // Only the draft's own text (title, excerpts, the values quoted) may be Chinese.
    const results = await panel.getByRole('region', { name: 'Results' }).innerText();
    expect(results).toMatch(/Unmasked personal phone number/);
    await panel.screenshot({ path: '.scratch/sidepanel-en.png', fullPage: true });
  });

  test('the in-page badge, the checklist beside it and the compare page are in English', async () => {
    await serveTestPages(context);
    const page = await context.newPage();
    await page.goto(`${TEST_SITE}plain-editor.html`);
    await page.waitForFunction(
      () => document.querySelector('disclosure-review')?.getAttribute('data-status') === 'block',
    );
    await waitForShadow(page, 'button.badge');
    expect((await shadowTexts(page, 'button.badge'))[0]).toBe('ReviewBlock 1');
    await shadowClick(page, 'button.badge');
    const messages = await shadowTexts(page, '.msg');
    expect(messages).toContain(
      'Unmasked personal phone number 138****5678. Office enquiry, complaint and duty lines are not affected.',
    );
    expect(await shadowTexts(page, 'button.mask')).toEqual(['Mask']);
    await page.screenshot({ path: '.scratch/in-page-en.png' });

    // The panel beside the page: the checklist, its states, items and sign-off in English.
    const panel = await openPage(context, 'popup.html', 420);
    await page.bringToFront();
    const tabId = await panel.evaluate(async () => {
      const [tab] = await (globalThis as unknown as Ext).chrome.tabs.query({
        active: true,
        lastFocusedWindow: true,
      });
      return tab!.id!;
    });
    await panel.goto(`chrome-extension://${EXTENSION_ID}/sidepanel.html?tabId=${tabId}`);
    await panel.setViewportSize({ width: 420, height: 1300 });
    const personal = panel.getByTestId('group-personal-data');
    await expect(personal.getByRole('heading')).toHaveText('Personal data');
    await expect(personal.getByTestId('item-state').first()).toHaveText('Failed');
    await expect(personal.getByTestId('check-finding')).toContainText(
      'Unmasked personal phone number 138****5678.',
    );
    await expect(personal.getByTestId('manual-item').first()).toContainText(
      'Checked paragraph by paragraph: no personal data left',
    );
    await panel.getByLabel('Approved', { exact: true }).check();
    await expect(panel.getByTestId('sign-off-problems')).toContainText(
      'Set your name and unit in the options page first.',
    );
    await expect(panel.getByRole('button', { name: 'Sign off and log' })).toBeDisabled();
    await panel.screenshot({ path: '.scratch/checklist-en.png', fullPage: true });

    const compare = await openPage(context, 'compare.html', 1000);
    await expect(compare).toHaveTitle('Compare versions');
    await compare
      .getByRole('textbox', { name: 'Old version', exact: true })
      .fill('第一条 收费标准为每小时2元。');
    await compare
      .getByRole('textbox', { name: 'New version', exact: true })
      .fill('第一条 收费标准为每小时3元。');
    await expect(compare.getByTestId('comparison-table')).toContainText('Before');
    await expect(compare.getByTestId('status')).toContainText('1 change(s), 1 substantive');
    await compare.screenshot({ path: '.scratch/compare-en.png', fullPage: true });
  });
});

test('in a Chinese browser the popup and side panel are in Chinese', async ({ context }) => {
  const popup = await openPage(context, 'popup.html', 320);
  expect(
    await popup.evaluate(() => (globalThis as unknown as Ext).chrome.i18n.getMessage('extName')),
  ).toBe('公开审查助手');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(popup).toHaveTitle('公开审查助手');
  await expect(popup.getByRole('button', { name: '打开审查面板' })).toBeVisible();
  await expect(popup.getByTestId('site-state')).toHaveText('此页面不是网页，无需检查');
  await popup.screenshot({ path: '.scratch/popup-zh.png' });

  const panel = await openPage(context, 'sidepanel.html', 420);
  await expect(panel.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await panel.getByRole('tab', { name: '试查' }).click();
  await panel.getByLabel('正文草稿').fill(DRAFT);
  const finding = panel.getByTestId('finding').filter({ hasText: '138****5678' });
  await expect(finding).toContainText('发现未脱敏的个人电话号码 138****5678。');
  await expect(panel.getByTestId('counts')).toHaveText(/^阻断 [1-9]\d* · 警告 \d+ · 提示 \d+$/);
  expect(await panel.locator('body').innerText()).not.toMatch(/Unmasked|Quick check/);
  await panel.screenshot({ path: '.scratch/sidepanel-zh.png', fullPage: true });
});
