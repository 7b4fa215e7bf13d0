import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editorPage, openEditor, typeText } from './editors';
import { readLogEntries } from './review-log';

const ID_NUMBER = '320102198506123411';
const MOBILE = '13812345678';
const DRAFT = `关于一例确诊病例的情况通报\n病例张某某，男，身份证号：${ID_NUMBER}，联系电话：${MOBILE}，现住某某小区。`;

/**
 * The id of `cmsPage`'s browser tab, asked from an extension page the way the panel asks for the
 * active tab (the extension has no "tabs" permission, so tab URLs are not visible to it).
 */
async function tabIdOf(cmsPage: Page, extensionPage: Page): Promise<number> {
  await cmsPage.bringToFront();
  return extensionPage.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> } };
    };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id;
  });
}

test('a reviewer goes from the first finding to sign-off in the side panel', async ({
  context,
  demo,
  extensionId,
}) => {
  // Set once in the options page: who signs off, for which unit.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('姓名', { exact: true }).fill('王科员');
  await options.getByLabel('单位', { exact: true }).fill('市政府办公室');
  await options.getByRole('button', { name: '保存', exact: true }).first().click();
  await expect(options.getByText('已保存', { exact: true }).first()).toBeVisible();

  // A staff member's draft in the CMS.
  const editor = editorPage('tinymce');
  const page = await context.newPage();
  await openEditor(page, demo.url, editor);
  await editor.focus(page);
  await typeText(page, editor, DRAFT);
  await page.waitForSelector('disclosure-review[data-status=block]');

  // The panel beside it, as Chrome opens it for that tab.
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 1400 });
  const tabId = await tabIdOf(page, options);
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  await expect(panel.getByText('审核人：王科员 · 市政府办公室')).toBeVisible();
  const summary = panel.getByTestId('doc-summary');
  await expect(summary).toContainText('主动公开');
  await expect(summary).toContainText('类别');
  const personal = panel.getByTestId('group-personal-data');
  await expect(personal.getByTestId('item-state').first()).toHaveText('未通过');
  await expect(personal.getByTestId('check-finding')).toHaveCount(2);
  await expect(
    panel.getByTestId('group-confidentiality').getByTestId('item-state').first(),
  ).toHaveText('通过');
  expect(await panel.locator('body').innerText()).not.toContain(MOBILE);

  // Clicking a finding selects its span in the page.
  await personal
    .getByTestId('check-finding')
    .filter({ hasText: '电话号码' })
    .getByRole('button')
    .first()
    .click();
  await expect
    .poll(() =>
      page
        .frameLocator('iframe.tox-edit-area__iframe')
        .locator('body')
        .evaluate((b) => b.ownerDocument.getSelection()?.toString()),
    )
    .toBe(MOBILE);

  // The ID number is judged a false positive, with a reason; it stays so after a re-scan.
  const idFinding = personal.getByTestId('check-finding').filter({ hasText: '身份号码' });
  await idFinding.getByRole('button', { name: /标为误报/ }).click();
  await idFinding.getByLabel(/误报理由/).fill('示例数据，已核实');
  await idFinding.getByRole('button', { name: '确定' }).click();
  await expect(idFinding.getByTestId('disposition')).toContainText('示例数据，已核实');
  await page.bringToFront();
  // (The editor still has the phone number selected from the click above.)
  await page.keyboard.press('Control+End');
  await page.keyboard.type('另行通知。');
  await page.waitForTimeout(1500);
  await panel.reload();
  await expect(
    panel
      .getByTestId('group-personal-data')
      .getByTestId('check-finding')
      .filter({ hasText: '身份号码' })
      .getByTestId('disposition'),
  ).toContainText('示例数据，已核实');

  // 通过 is not possible while the phone number is open; 退回修改 with a comment is.
  await panel.getByLabel('通过', { exact: true }).check();
  await expect(panel.getByTestId('sign-off-problems')).toContainText('不能直接“通过”');
  await expect(panel.getByRole('button', { name: /签署并记入日志/ })).toBeDisabled();
  await panel.getByLabel('退回修改').check();
  await panel.getByLabel(/审核意见/).fill('请删除联系电话后重新提交。');
  const secrecy = panel.getByTestId('group-confidentiality').getByTestId('manual-item').first();
  await secrecy.getByRole('combobox').selectOption('confirmed');
  await secrecy.getByRole('textbox').fill('保密办已审');
  // Nothing stands in the way of signing (the list says what would).
  await expect.poll(() => panel.getByTestId('sign-off-problems').allInnerTexts()).toEqual([]);
  await panel.getByRole('button', { name: /签署并记入日志/ }).click();
  await expect(panel.getByTestId('signed')).toContainText('第 1 条');
  await panel.screenshot({ path: 'test-results/side-panel-signed.png', fullPage: true });

  // The log holds the record, masked, with the reviewer's decisions and a valid hash.
  const entries = await readLogEntries(panel);
  expect(entries).toHaveLength(1);
  const entry = entries[0]!;
  const content = entry.content as {
    type: string;
    reviewer: string;
    unit: string;
    outcome: string;
    comment: string;
    disclosureAttribute: string;
    findings: Array<{ ruleId: string }>;
    dispositions: Array<{ ruleId: string; disposition: string; reason: string }>;
    checklist: Array<{ itemId: string; state: string; note: string }>;
  };
  expect(content).toMatchObject({
    type: 'sign-off',
    reviewer: '王科员',
    unit: '市政府办公室',
    outcome: 'returned',
    comment: '请删除联系电话后重新提交。',
    disclosureAttribute: '主动公开',
  });
  expect(content.findings.map((f) => f.ruleId).sort()).toEqual([
    'personal-data/id-number',
    'personal-data/phone',
  ]);
  expect(content.dispositions).toEqual([
    expect.objectContaining({
      ruleId: 'personal-data/id-number',
      disposition: 'false-positive',
      reason: '示例数据，已核实',
    }),
  ]);
  expect(content.checklist).toContainEqual(
    expect.objectContaining({ itemId: 'secrecy-opinion', state: 'confirmed', note: '保密办已审' }),
  );
  expect(content.checklist).toContainEqual(
    expect.objectContaining({ itemId: 'auto-personal-data', state: 'failed' }),
  );
  expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
  expect(JSON.stringify(entries)).not.toContain(MOBILE);
  expect(JSON.stringify(entries)).not.toContain(ID_NUMBER);
});
