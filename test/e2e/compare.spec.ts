import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

const documents = fileURLToPath(new URL('../fixtures/documents', import.meta.url));

const OLD = [
  '某市住房租赁补贴管理办法',
  '',
  '第一条 为了规范本市住房租赁补贴管理，制定本办法。',
  '第二条 本办法适用于本市户籍的城镇低收入住房困难家庭。',
  '第三条 住房租赁补贴标准为每平方米每月12元，保障面积按人均15平方米计算。',
  '第四条 补贴资金按季度发放，直接打入申请人的银行账户。',
  '第五条 本办法自2022年7月1日起施行。',
].join('\n');

const NEW = [
  '某市住房租赁补贴管理办法',
  '',
  '第一条 为了规范本市住房租赁补贴管理，制定本办法。',
  '第二条 本办法适用于本市户籍的城镇低收入住房困难家庭。',
  '第三条 申请人应当提供身份证明和租赁合同等材料。',
  '第四条 住房租赁补贴标准为每平方米每月15元，保障面积按人均15平方米计算。',
  '第五条 补贴资金按季度发放，直接打入申请人的银行账户。',
  '第六条 本办法自2022年7月1日起施行。',
].join('\n');

test('compare view lists the changes of a regulation as a 对照表 and exports it', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/compare.html`);
  await expect(page).toHaveTitle('新旧对照');
  await expect(page.getByRole('heading', { name: /新旧对照/ })).toBeVisible();

  await page.getByLabel('旧版本').fill(OLD);
  await page.getByLabel('新版本').fill(NEW);

  // Compared automatically once typing stops.
  const table = page.getByTestId('comparison-table');
  const rows = table.getByTestId('comparison-row');
  await expect(rows.filter({ hasText: '增加一条' })).toHaveCount(1);
  await expect(rows.filter({ hasText: '“12元”修改为“15元”' })).toHaveCount(1);
  await expect(page.getByTestId('status')).toHaveText(/^修改 \d+ 处，其中实质性 2 处/);
  await expect(page.getByTestId('key-facts')).toContainText('15元');
  await expect(table.getByRole('columnheader', { name: /修改前/ })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /修改后/ })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /说明/ })).toBeVisible();

  // <del>/<ins> marks inside the cells.
  await expect(table.locator('del', { hasText: '12元' })).toHaveCount(1);
  await expect(table.locator('ins', { hasText: '15元' })).toHaveCount(1);
  await expect(table.locator('ins', { hasText: '申请人应当提供身份证明' })).toHaveCount(1);

  // Renumbered-only articles are listed, then hidden by the substantive filter.
  const renumbered = rows.filter({ hasText: '条文未修改' });
  await expect(renumbered).not.toHaveCount(0);
  await page.screenshot({ path: 'test-results/compare.png', fullPage: true });

  await page.getByLabel('只看实质性修改').check();
  await expect(renumbered).toHaveCount(0);
  await expect(rows).toHaveCount(2);
  await page.screenshot({ path: 'test-results/compare-substantive.png', fullPage: true });

  // Export HTML: a standalone page with the 3-column table.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: /导出 HTML/ }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('新旧对照.html');
  const file = await download.path();
  const html = await readFile(file, 'utf8');
  expect(html).toContain('<meta charset="UTF-8">');
  expect(html).toContain('修改前');
  expect(html).toContain('修改后');
  expect(html).toContain('<del>12元</del>');
  expect(html).toContain('<ins>15元</ins>');
  expect(html).toContain('《某市住房租赁补贴管理办法》新旧对照表');
  expect(html).not.toContain('条文未修改');

  // Copy table: the clipboard gets HTML (a real table for Word/WPS) and tab-separated text.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: /复制表格/ }).click();
  await expect(page.getByTestId('status')).toContainText('已复制表格');
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) => (item ? await (await item.getType(type)).text() : '');
    return { html: await read('text/html'), text: await read('text/plain') };
  });
  expect(copied.html).toContain('border-collapse:collapse');
  expect(copied.html).toContain('12元</del>');
  expect(copied.text.split('\n')[0]).toBe('修改前\t修改后\t说明');
});

test('compare view shows no difference, reads files and rejects unsupported ones', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/compare.html`);

  // .docx through mammoth's browser build, .html through the text extractor.
  const oldPane = page.getByTestId('old-pane');
  const newPane = page.getByTestId('new-pane');
  await oldPane.getByLabel('从文件读入').setInputFiles(path.join(documents, 'case-report.docx'));
  await expect(page.getByLabel('旧版本')).toHaveValue(/关于新增确诊病例的通报/);
  await newPane.getByLabel('从文件读入').setInputFiles(path.join(documents, 'subsidy.html'));
  await expect(page.getByLabel('新版本')).not.toHaveValue('');
  expect(await page.getByLabel('新版本').inputValue()).not.toMatch(/<\w+/);

  // An unsupported or broken file: a clear Chinese error, the text is kept.
  await newPane.getByLabel('从文件读入').setInputFiles({
    name: 'scan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4'),
  });
  await expect(newPane.getByRole('alert')).toContainText('无法读取文件');
  await expect(newPane.getByRole('alert')).toContainText('不支持的文件类型');
  await newPane.getByLabel('从文件读入').setInputFiles(path.join(documents, 'not-a-docx.docx'));
  await expect(newPane.getByRole('alert')).toContainText('不是有效的 .docx 文件');

  // Identical versions.
  const same = '第一条 为了规范管理，制定本办法。\n第二条 本办法自发布之日起施行。';
  await page.getByLabel('旧版本').fill(same);
  await page.getByLabel('新版本').fill(same);
  await page.getByRole('button', { name: /比较/ }).first().click();
  await expect(page.getByTestId('no-difference')).toHaveText('两个版本没有差异');
  await expect(page.getByTestId('status')).toHaveText('修改 0 处，其中实质性 0 处');
});

test('a version kept on this device is masked and can be compared with later', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/compare.html`);
  await page
    .getByLabel('新版本')
    .fill(
      '某市住房租赁补贴管理办法\n第一条 补贴标准为每平方米每月12元。\n第二条 咨询联系人手机13809345678。',
    );
  await page.getByRole('button', { name: /保存新版本到本机/ }).click();
  await expect(page.getByRole('status').filter({ hasText: '已在本机保存' })).toBeVisible();

  await page.reload();
  const kept = page.getByRole('combobox', { name: /本机保存的版本/ });
  await expect(kept.locator('option')).toHaveCount(2);
  const value = await kept.locator('option').nth(1).getAttribute('value');
  await kept.selectOption(value!);
  await expect(page.getByLabel('旧版本')).toHaveValue(/每平方米每月12元/);
  // What is kept never holds the raw mobile number.
  await expect(page.getByLabel('旧版本')).toHaveValue(/138\*\*\*\*5678/);
  expect(await page.getByLabel('旧版本').inputValue()).not.toContain('13809345678');

  await page
    .getByLabel('新版本')
    .fill('某市住房租赁补贴管理办法\n第一条 补贴标准为每平方米每月15元。');
  await expect(page.getByText('“12元”修改为“15元”')).toBeVisible();
  await page.screenshot({ path: 'test-results/compare-kept.png', fullPage: true });
});
