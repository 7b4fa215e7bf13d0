import { chromium, type BrowserContext, type Download, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { translate, type Locale } from '../../lib/i18n/translate';
import type { MessageKey } from '../../lib/i18n/catalog';
import { CHROMIUM_ARGS, expect, extensionPath, test as base } from './fixtures';

/**
 * The supervisor's review-log page (issue 7) over 100,000 records seeded through the
 * extension's own appendRecords (entrypoints/log-seed.ts). The page follows the browser's UI
 * language: Chinese where Chromium has its zh-CN locale (chromium-l10n), English otherwise, so
 * visible strings are looked up in the same catalogue.
 */

const RECORDS = 100_000;
const SCRATCH = '.scratch';
const REVIEWER = { name: '刘督查', unit: '市政务公开办公室' };
const UNIT = '市卫生健康委员会';

/** The extension in a fresh profile, asked to run in Chinese (used where Chromium can). */
async function launchZh(): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: '/usr/bin/chromium',
    headless: false,
    locale: 'zh-CN',
    acceptDownloads: true,
    env: { ...process.env, LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' },
    args: [
      '--headless=new',
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
    ],
  });
}

async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

const test = base.extend<{ zhContext: BrowserContext }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern here
  zhContext: async ({}, use) => {
    const context = await launchZh();
    await use(context);
    await context.close();
  },
});

/** The page's language, and its strings from the catalogue. */
async function stringsOf(page: Page) {
  const zh = translate('zh_CN', 'log_title');
  const locale: Locale =
    (await page.evaluate(() =>
      (
        globalThis as unknown as { chrome: { i18n: { getMessage(key: string): string } } }
      ).chrome.i18n.getMessage('log_title'),
    )) === zh
      ? 'zh_CN'
      : 'en';
  return (key: MessageKey, ...subs: (string | number)[]) => translate(locale, key, ...subs);
}

/** Counts rows of the raw IndexedDB log (seq order), independently of the page's code. */
async function countInDb(
  page: Page,
  where: { unit?: string; outcome?: string; before?: number },
): Promise<number> {
  return page.evaluate(
    (w) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('disclosure-review-log');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('entries').objectStore('entries');
          const request = w.unit
            ? store.index('unit').openCursor(IDBKeyRange.only(w.unit))
            : store
                .index('time')
                .openCursor(w.before ? IDBKeyRange.upperBound(w.before, true) : null);
          let n = 0;
          request.onsuccess = () => {
            const cursor = request.result;
            if (!cursor) {
              db.close();
              resolve(n);
              return;
            }
            const value = cursor.value as { outcome?: string; time: number };
            if (
              (!w.outcome || value.outcome === w.outcome) &&
              (!w.before || value.time < w.before)
            ) {
              n += 1;
            }
            cursor.continue();
          };
          request.onerror = () => reject(new Error(String(request.error)));
        };
      }),
    where,
  );
}

/** The fields of a stored entry this test reads. */
interface StoredEntry {
  seq: number;
  hash: string;
  content: {
    type: string;
    unit: string;
    title: string;
    documentNumber: string;
    reason?: string;
    findings: Array<{ excerpt: string }>;
    checklist?: Array<{ label: string }>;
  };
}

/** One stored entry by seq, raw. */
async function entryInDb(page: Page, seq: number): Promise<StoredEntry> {
  return page.evaluate(
    (s) =>
      new Promise<StoredEntry>((resolve, reject) => {
        const open = indexedDB.open('disclosure-review-log');
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('entries').objectStore('entries').get(s);
          request.onsuccess = () => {
            db.close();
            resolve(request.result as StoredEntry);
          };
          request.onerror = () => reject(new Error(String(request.error)));
        };
        open.onerror = () => reject(new Error(String(open.error)));
      }),
    seq,
  );
}

async function seed(page: Page, count: number): Promise<number> {
  await page.addScriptTag({ url: '/log-seed.js' });
  const result = await page.evaluate(
    (n) =>
      (
        globalThis as unknown as {
          __disclosureReviewSeed(n: number, o: object): Promise<{ count: number; ms: number }>;
        }
      ).__disclosureReviewSeed(n, { seed: 7 }),
    count,
  );
  return result.ms;
}

async function waitLoaded(page: Page): Promise<number> {
  const loaded = page.getByTestId('load-time');
  await expect(loaded).toBeVisible({ timeout: 60_000 });
  return Number(await loaded.getAttribute('data-ms'));
}

async function pick(page: Page, menu: string, option: string) {
  const details = page.getByTestId(menu);
  await details.locator('summary').click();
  await details.getByRole('checkbox', { name: option, exact: true }).check();
  await details.locator('summary').click();
}

async function saveDownload(download: Download, file: string): Promise<Buffer> {
  await download.saveAs(file);
  return readFile(file);
}

test('a supervisor filters, opens, exports, imports and prunes 100,000 records', async ({
  zhContext: context,
}, testInfo) => {
  // Seeding 100,000 records dominates (about a minute on an idle machine).
  test.setTimeout(480_000);
  const timings: Record<string, number> = {};
  const testStart = Date.now();
  const step = (name: string) =>
    console.log(`[log page] ${name} at ${Date.now() - testStart} ms ${JSON.stringify(timings)}`);
  const extensionId = await extensionIdOf(context);
  const logUrl = `chrome-extension://${extensionId}/log.html`;
  const page = await context.newPage();
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(logUrl);
  const L = await stringsOf(page);
  await page.evaluate(
    (r) =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { set(items: object): Promise<void> } } };
        }
      ).chrome.storage.local.set({ 'reviewer.v1': r }),
    REVIEWER,
  );

  step('seeding');
  // Seed through the extension's own appendRecords, then open the page afresh.
  timings.seed = await seed(page, RECORDS);
  await page.reload();
  timings.load = await waitLoaded(page);
  const count = page.getByTestId('filtered-count');
  await expect(count).toContainText(L('log_count', RECORDS));
  await expect(page.getByTestId('chain-status')).toContainText(L('log_chain_ok', RECORDS), {
    timeout: 90_000,
  });

  step('loaded');
  // Virtualised: a few dozen rows in the DOM; the end of the list is the oldest record (seq 1).
  const rows = page.getByTestId('log-row');
  expect(await rows.count()).toBeLessThan(200);
  await expect(rows.first()).toHaveAttribute('data-key', `own:${RECORDS}`);
  await rows.first().focus();
  await page.keyboard.press('End');
  await expect(page.locator('[data-testid=log-row][data-key="own:1"]')).toBeFocused();
  expect(await rows.count()).toBeLessThan(200);
  await page.keyboard.press('Home');
  await page.screenshot({ path: `${SCRATCH}/log-page-overview.png`, fullPage: true });

  step('filters');
  // Filters narrow the count to what the database itself holds.
  const unitCount = await countInDb(page, { unit: UNIT });
  let started = Date.now();
  await pick(page, 'filter-unit', UNIT);
  await expect(count).toContainText(L('log_count', unitCount));
  timings.filterUnit = Date.now() - started;
  const anywayCount = await countInDb(page, { unit: UNIT, outcome: 'publish-anyway' });
  started = Date.now();
  await pick(page, 'filter-outcome', L('log_outcome_publish_anyway'));
  await expect(count).toContainText(L('log_count', anywayCount));
  timings.filterOutcome = Date.now() - started;
  expect(anywayCount).toBeGreaterThan(0);
  expect(anywayCount).toBeLessThan(unitCount);
  await page.screenshot({ path: `${SCRATCH}/log-page-filters.png`, fullPage: true });

  // A gate decision opened with the keyboard shows the decision, its reason and findings.
  const gateRow = rows.first();
  const gateSeq = Number((await gateRow.getAttribute('data-key'))!.split(':')[1]);
  const gate = await entryInDb(page, gateSeq);
  await gateRow.focus();
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('record-detail');
  await expect(detail.getByTestId('detail-gate')).toContainText(L('log_outcome_publish_anyway'));
  await expect(detail.getByTestId('detail-gate')).toContainText(gate.content.reason ?? '');
  await expect(detail.getByTestId('detail-findings')).toContainText(
    gate.content.findings[0]!.excerpt,
  );
  await expect(detail).toContainText(gate.hash);
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  await page.getByRole('button', { name: L('log_clear_filters') }).click();
  await expect(count).toContainText(L('log_count', RECORDS));

  // Search by 文号 finds the one sign-off; opening it shows findings, dispositions, checklist.
  // A recent record, so it is inside the 近30天 export below.
  let seq = RECORDS - 4242;
  let signOff = await entryInDb(page, seq);
  while (
    signOff.content.type !== 'sign-off' ||
    signOff.content.unit !== UNIT ||
    !signOff.content.documentNumber ||
    signOff.content.findings.length === 0
  ) {
    signOff = await entryInDb(page, ++seq);
  }
  started = Date.now();
  await page.getByRole('searchbox', { name: L('log_search') }).fill(signOff.content.documentNumber);
  await expect(count).toContainText(L('log_count', 1));
  timings.search = Date.now() - started;
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(signOff.content.title);
  await rows.first().click();
  await expect(detail.getByTestId('detail-outcome')).toBeVisible();
  for (const finding of signOff.content.findings) {
    await expect(detail.getByTestId('detail-findings')).toContainText(finding.excerpt);
  }
  for (const item of signOff.content.checklist ?? []) {
    await expect(detail.getByTestId('detail-checklist')).toContainText(item.label);
  }
  await page.screenshot({ path: `${SCRATCH}/log-page-detail.png` });
  await detail.getByRole('button', { name: L('log_close') }).click();
  await page.getByRole('button', { name: L('log_clear_filters') }).click();
  await expect(count).toContainText(L('log_count', RECORDS));

  step('export cancel');
  // An export of everything can be cancelled while it streams: no file, and the page says so.
  let downloads = 0;
  const countDownload = () => {
    downloads += 1;
  };
  page.on('download', countDownload);
  await page.getByRole('button', { name: L('log_export_xlsx') }).click();
  await page.getByRole('button', { name: L('log_cancel') }).click();
  await expect(page.getByText(L('log_export_cancelled'))).toBeVisible();
  await page.waitForTimeout(1000);
  page.off('download', countDownload);
  expect(downloads).toBe(0);

  step('csv export');
  // CSV of everything: UTF-8 BOM, a header and one line per record.
  started = Date.now();
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: L('log_export_csv') }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(/^disclosure-review-log-\d{8}-\d{4}\.csv$/);
  const csv = await saveDownload(csvDownload, testInfo.outputPath('log-export.csv'));
  timings.exportCsv = Date.now() - started;
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv
    .toString('utf8')
    .split(/\r?\n/)
    .filter((line) => line.length > 0);
  expect(lines).toHaveLength(RECORDS + 1);
  await expect(page.getByTestId('export-status')).toContainText(String(RECORDS));

  step('json export');
  // JSON of one unit's records of the last 30 days.
  await pick(page, 'filter-unit', UNIT);
  await page.getByRole('button', { name: L('log_preset_30d') }).click();
  await expect(count).not.toContainText(L('log_count', unitCount));
  const exportedCount = Number(/\d+/.exec((await count.textContent()) ?? '')?.[0]);
  expect(exportedCount).toBeGreaterThan(1000);
  expect(exportedCount).toBeLessThan(unitCount);
  started = Date.now();
  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: L('log_export_json') }).click(),
  ]);
  const json = (await saveDownload(jsonDownload, testInfo.outputPath('log-export.json'))).toString(
    'utf8',
  );
  timings.exportJson = Date.now() - started;
  // The same records as a spreadsheet and as a printable summary with the page's charts.
  const [xlsxDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: L('log_export_xlsx') }).click(),
  ]);
  const xlsx = await saveDownload(xlsxDownload, testInfo.outputPath('log-export.xlsx'));
  expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
  const [htmlDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: L('log_export_html') }).click(),
  ]);
  const html = (await saveDownload(htmlDownload, testInfo.outputPath('log-summary.html'))).toString(
    'utf8',
  );
  expect(html.match(/<img[^>]+src="data:image\/png;base64,/g)).toHaveLength(4);
  expect(html).toContain(L('log_chart_publish_anyway'));
  const summary = await context.newPage();
  await summary.goto(`file://${testInfo.outputPath('log-summary.html')}`);
  await summary.screenshot({ path: `${SCRATCH}/log-page-summary.png`, fullPage: true });
  await summary.close();

  // 文号 are unique in the seed, so this changes exactly the one record.
  const number = signOff.content.documentNumber;
  expect(json.split(number)).toHaveLength(2);
  const tampered = json.replace(number, number.replace('号', '0号'));
  expect(tampered).not.toBe(json);
  await writeFile(testInfo.outputPath('log-export-tampered.json'), tampered);

  step('retention');
  // Retention: the confirmation names the count; the deletion is itself a record; chain verifies.
  const keepDays = 150;
  await page.getByRole('button', { name: L('log_retention'), exact: true }).click();
  await page.getByLabel(L('log_retention_days')).fill(String(keepDays));
  await page.getByRole('button', { name: L('log_retention_save') }).click();
  const expiredBefore = await countInDb(page, { before: Date.now() - keepDays * 86_400_000 });
  await page.getByRole('button', { name: L('log_retention_purge') }).click();
  const dialog = page.getByTestId('retention-dialog');
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  // Records are minutes apart, so the count the dialog names is the database's at that moment.
  const shown = Number(/\d+/.exec((await dialog.locator('p').first().textContent()) ?? '')?.[0]);
  const expired = await countInDb(page, { before: Date.now() - keepDays * 86_400_000 });
  expect(shown).toBeGreaterThanOrEqual(expiredBefore);
  expect(shown).toBeLessThanOrEqual(expired);
  expect(expired).toBeGreaterThan(10_000);
  await expect(dialog).toContainText(L('log_retention_confirm_text', shown, keepDays, 1, shown));
  await dialog.getByLabel(L('log_retention_reason')).fill('按本单位档案管理规定保留150天');
  await page.screenshot({ path: `${SCRATCH}/log-page-retention.png` });
  await dialog.getByRole('button', { name: L('log_retention_confirm') }).click();
  await expect(page.getByTestId('retention-message')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: L('log_clear_filters') }).click();
  const left = RECORDS - shown + 1;
  await expect(count).toContainText(L('log_count', left), { timeout: 90_000 });
  await expect(rows.first()).toContainText(L('log_type_retention_delete'));
  await expect(page.getByTestId('chain-status')).toContainText(L('log_chain_ok', left), {
    timeout: 90_000,
  });

  step('import');
  // Another supervisor imports the JSON: a tampered copy is reported and not merged.
  const other = await launchZh();
  try {
    const otherId = await extensionIdOf(other);
    const importer = await other.newPage();
    await importer.setViewportSize({ width: 1440, height: 1000 });
    await importer.goto(`chrome-extension://${otherId}/log.html`);
    await waitLoaded(importer);
    const otherCount = importer.getByTestId('filtered-count');
    await expect(otherCount).toContainText(L('log_count', 0));
    await importer.getByRole('button', { name: L('log_import'), exact: true }).click();
    await importer
      .getByTestId('import-input')
      .setInputFiles(testInfo.outputPath('log-export-tampered.json'));
    const report = importer.getByTestId('import-report');
    await expect(report.first()).toHaveAttribute('data-status', 'held');
    await expect(report.first()).toContainText(String(signOff.seq));
    await importer.screenshot({ path: `${SCRATCH}/log-page-import.png`, fullPage: true });
    await report
      .first()
      .getByRole('button', { name: L('log_import_discard') })
      .click();
    await expect(report.first()).toHaveAttribute('data-status', 'discarded');
    await expect(otherCount).toContainText(L('log_count', 0));

    // The genuine export merges; rows name their source and the source filter lists it.
    await importer
      .getByTestId('import-input')
      .setInputFiles(testInfo.outputPath('log-export.json'));
    await expect(report.nth(1)).toHaveAttribute('data-status', 'merged', { timeout: 60_000 });
    await expect(otherCount).toContainText(L('log_count', exportedCount), { timeout: 60_000 });
    await expect(importer.getByTestId('log-row').first()).toContainText('log-export.json');
    await expect(importer.getByTestId('filter-source')).toBeVisible();
    await importer.screenshot({ path: `${SCRATCH}/log-page-imported.png`, fullPage: true });
  } finally {
    await other.close();
  }

  console.log(
    `log page timings (ms): ${Object.entries(timings)
      .map(([k, v]) => `${k}=${Math.round(v)}`)
      .join(', ')}`,
  );
});
