import { expect, test } from './fixtures';
import { TEST_SITE, serveTestPages } from './pages';
import { shadowClick, shadowTexts, waitForShadow } from './shadow';

// The page (test/e2e/pages/hostile.html) posts fake messages of every shape, fires WXT's
// "new script started" event, styles custom elements away and rewrites our element's
// attributes every 50 ms.
test('a hostile page can neither fake findings nor hide or break the UI', async ({
  context,
  extensionId,
}) => {
  await serveTestPages(context);
  const page = await context.newPage();
  await page.goto(`${TEST_SITE}hostile.html`);
  await page.evaluate((id) => {
    (window as unknown as { extensionIdGuess: string }).extensionIdGuess = id;
  }, extensionId);
  await page.click('#body');
  await page.keyboard.type('病例李某，手机号13912345678，身份证号320102198506123411。');
  await page.waitForTimeout(2500);

  // Sampled many times while the page keeps tampering: always our values.
  for (let i = 0; i < 10; i++) {
    const state = await page.evaluate(() => {
      const els = document.querySelectorAll('disclosure-review');
      const el = els[0];
      const box = el?.getBoundingClientRect();
      return {
        count: els.length,
        status: el?.getAttribute('data-status'),
        findings: Number(el?.getAttribute('data-findings')),
        display: el ? getComputedStyle(el).display : null,
        visible: !!box && box.width > 0 && box.height > 0,
      };
    });
    expect(state).toEqual({
      count: 1,
      status: 'block',
      findings: 2,
      display: 'block',
      visible: true,
    });
    await page.waitForTimeout(60);
  }

  // The UI inside still works: the badge opens the list with both real findings.
  await shadowClick(page, 'button.badge');
  await waitForShadow(page, '.item');
  const items = await shadowTexts(page, '.item .msg');
  expect(items).toHaveLength(2);
  expect(items.join('')).not.toContain('13912345678');
});
