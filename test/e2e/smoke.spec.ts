import { EXTENSION_ID } from '../../lib/manifest/extension-id';
import { expect, test } from './fixtures';

/** The extension APIs these tests call from extension pages (tests have no chrome typings). */
interface Ext {
  chrome: {
    i18n: { getMessage(name: string): string };
    management: { getSelf(): Promise<{ id: string; name: string }> };
    tabs: { query(query: object): Promise<Array<{ id?: number }>> };
  };
}

test('side panel quick check masks a mobile number and reports a clean draft', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await page.setViewportSize({ width: 420, height: 820 });

  // Opened on no CMS page, the checklist says so; the quick check is one tab away.
  await expect(page.getByTestId('no-draft')).toBeVisible();
  await page.getByRole('tab', { name: /试查/ }).click();
  await expect(page.getByRole('heading', { name: /试查/ })).toBeVisible();

  await page.getByLabel('标题').fill('关于某某小区疫情防控的通报');
  await page
    .getByLabel('正文草稿')
    .fill('经流调，患者张某，联系电话13812345678，于3月1日到过某超市。请有关人员主动报告。');

  // Other findings (e.g. the name) may appear too once the real engine lands; pick the phone one.
  const finding = page.getByTestId('finding').filter({ hasText: '138****5678' });
  await expect(finding).toHaveCount(1);
  await expect(finding.getByTestId('excerpt')).toContainText('138****5678');
  await expect(finding).toContainText('阻断');
  await expect(page.getByTestId('counts')).toHaveText(/^阻断 [1-9]\d* · 警告 \d+ · 提示 \d+$/);
  // The raw number must not be rendered anywhere (the textarea's value is not page text).
  expect(await page.locator('body').innerText()).not.toContain('13812345678');

  await page.screenshot({ path: 'test-results/sidepanel-finding.png', fullPage: true });

  await page.getByLabel('正文草稿').fill('本周全市各项工作有序推进，群众生活秩序正常。');
  await expect(page.getByTestId('no-findings')).toContainText('未发现问题');
  await expect(page.getByTestId('finding')).toHaveCount(0);
  await expect(page.getByTestId('counts')).toHaveText('阻断 0 · 警告 0 · 提示 0');

  await page.screenshot({ path: 'test-results/sidepanel-clean.png', fullPage: true });
});

test('side panel shows the class of a policy and asks for its interpretation', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await page.setViewportSize({ width: 420, height: 900 });
  await page.getByRole('tab', { name: /试查/ }).click();
  await page.getByLabel('标题').fill('关于印发《庆阳市城区停车收费管理办法》的通知');
  await page
    .getByLabel('正文草稿')
    .fill(
      '庆政办发〔2022〕12号\n第一条 为规范停车收费，制定本办法。\n第二条 车辆应当按泊位停放，不得占用消防通道。\n第三条 本办法自2022年7月1日起施行。\n（此件依申请公开）',
    );
  await expect(page.getByTestId('document-class')).toContainText('行政规范性文件');
  await expect(page.getByTestId('document-class')).toContainText('施行');
  const messages = page.getByTestId('finding');
  await expect(messages.filter({ hasText: '三同步' })).toHaveCount(1);
  await expect(messages.filter({ hasText: '第二十条第（一）项' })).toHaveCount(1);
  await page.screenshot({ path: 'test-results/sidepanel-policy.png', fullPage: true });
});

test('service worker starts from the built manifest', async ({ context, extensionId }) => {
  // The manifest's key fixes the id, so managed policies can name the extension.
  expect(extensionId).toBe(EXTENSION_ID);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/manifest.json`);
  const manifest = JSON.parse(await page.locator('body').innerText()) as {
    name: string;
    default_locale: string;
    permissions: string[];
  };
  // The name comes from _locales; in a Chinese browser it is the Chinese one.
  expect(manifest.name).toBe('__MSG_extName__');
  expect(manifest.default_locale).toBe('zh_CN');
  const self = await page.evaluate(() =>
    (globalThis as unknown as Ext).chrome.management.getSelf(),
  );
  expect(self.name).toBe('公开审查助手');
  expect(
    await page.evaluate(() => (globalThis as unknown as Ext).chrome.i18n.getMessage('extName')),
  ).toBe('公开审查助手');
  expect(manifest.permissions).toEqual(['storage', 'sidePanel']);
});
