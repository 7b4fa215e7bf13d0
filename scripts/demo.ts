/**
 * `npm run demo`: builds the extension, serves the demo CMS (demo/) and opens it in Debian's
 * Chromium with the extension loaded.
 *
 *   npm run demo                 with a display: opens the demo index; ends when the browser closes
 *   npm run demo -- --headless   (or no $DISPLAY): types a sample draft into every editor page,
 *                                waits up to 5 s for <disclosure-review data-status>, saves
 *                                demo-screenshots/<page>.png and prints what the extension reported
 *   --no-build                   skip `wxt build` (use the existing .output/chrome-mv3)
 *
 * $PORT picks the demo server's port (default: 5173 with a display, a free port headless).
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EDITOR_PAGES, openEditor, typeText, type EditorPage } from '../test/e2e/editors';
import { startDemoServer } from './demo-server';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const extensionPath = path.join(repoRoot, '.output', 'chrome-mv3');
const screenshotDir = path.join(repoRoot, 'demo-screenshots');
const CHROMIUM = '/usr/bin/chromium';
const REPORT_TIMEOUT_MS = 5_000;
const SETTLE_MS = 1_500;
const SETTLE_MAX_MS = 5_000;

/** The sample draft: a 流调-style notice with a (fake) ID number and mobile number. */
export const SAMPLE_TITLE = '关于某某区新增一例确诊病例的情况通报';
export const SAMPLE_PARAGRAPHS = [
  '2024年3月2日，我区新增一例确诊病例，现将有关情况通报如下：',
  // 110101199003071233: a made-up ID number whose GB 11643 check digit (3) is valid.
  '患者张某某，男，34岁，身份证号110101199003071233，联系电话13812345678，现住某某街道幸福小区3栋2单元501室。',
  '经流行病学调查，患者3月1日14时至15时到过某某超市（人民路店），其间乘坐过12路公交车。',
  '请与上述时间、地点有交集的人员立即向所在社区报告，并配合做好健康监测。',
  '某某区疫情防控指挥部　2024年3月2日',
];

interface Row {
  page: string;
  status: string;
  findings: string;
}

function fail(message: string): never {
  console.error(`\n✗ ${message}`);
  process.exit(1);
}

function build(): void {
  console.log('==> npx wxt build');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.error) fail(`无法运行 npx wxt build / could not run it: ${result.error.message}`);
  if (result.status !== 0) {
    fail(`wxt build 失败（退出码 ${result.status ?? result.signal}）/ the extension build failed`);
  }
  if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
    fail(`构建后没有 ${extensionPath}/manifest.json / no built extension`);
  }
}

async function launch(headless: boolean): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) {
    fail(
      `未找到 ${CHROMIUM} / Chromium is not installed.\n` +
        '  请安装 / install it: sudo apt-get install -y chromium fonts-noto-cjk',
    );
  }
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    // Extensions need Chromium's "new" headless mode, which Playwright's `headless` option does
    // not select: pass it as an argument instead (as test/e2e/fixtures.ts does).
    headless: false,
    viewport: headless ? { width: 1280, height: 900 } : null,
    args: [
      ...(headless ? ['--headless=new'] : ['--start-maximized']),
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
}

interface Report {
  status: string;
  findings: string;
  busy: boolean;
}

/** Reads <disclosure-review data-status> from whichever frame has it (open shadow roots too). */
async function readReport(page: Page): Promise<Report | null> {
  for (const frame of page.frames()) {
    if (frame.isDetached()) continue;
    const element = frame.locator('disclosure-review[data-status]').first();
    if ((await element.count().catch(() => 0)) === 0) continue;
    const attribute = (name: string): Promise<string> =>
      element
        .getAttribute(name, { timeout: 1_000 })
        .then((value) => value ?? '')
        .catch(() => '');
    return {
      status: await attribute('data-status'),
      findings: await attribute('data-findings'),
      busy: (await attribute('aria-busy')) === 'true',
    };
  }
  return null;
}

/**
 * Waits up to 5 s for <disclosure-review> to get a data-status, then (the check may still be
 * running on the text just typed) until its status and findings have not changed for
 * SETTLE_MS, or aria-busy="true" has gone, at most SETTLE_MAX_MS more.
 */
async function waitForReport(page: Page): Promise<Report | null> {
  const started = Date.now();
  let last: Report | null = null;
  let lastKey = '';
  let since = started;
  for (;;) {
    const report = await readReport(page);
    const key = report ? `${report.status}|${report.findings}|${report.busy}` : '';
    if (key !== lastKey) {
      lastKey = key;
      last = report;
      since = Date.now();
    }
    const now = Date.now();
    if (!last) {
      if (now - started > REPORT_TIMEOUT_MS) return null;
    } else if (
      (!last.busy && now - since >= SETTLE_MS) ||
      now - started > REPORT_TIMEOUT_MS + SETTLE_MAX_MS
    ) {
      return last;
    }
    await page.waitForTimeout(200);
  }
}

async function typeSample(page: Page, editor: EditorPage, baseUrl: string): Promise<void> {
  const frame = await openEditor(page, baseUrl, editor);
  await frame.getByLabel('标题', { exact: true }).fill(SAMPLE_TITLE);
  await editor.focus(page);
  await typeText(page, editor, SAMPLE_PARAGRAPHS.join('\n'));
}

/** Display width: CJK and full-width characters take two columns. */
function width(text: string): number {
  let columns = 0;
  for (const char of text) {
    columns +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        char,
      )
        ? 2
        : 1;
  }
  return columns;
}

function printTable(rows: Row[]): void {
  const header: Row = { page: 'page', status: 'data-status', findings: 'data-findings' };
  const all = [header, ...rows];
  const widths = (['page', 'status', 'findings'] as const).map((key) =>
    Math.max(...all.map((row) => width(row[key]))),
  );
  const line = (row: Row): string =>
    [row.page, row.status, row.findings]
      .map((cell, index) => cell + ' '.repeat((widths[index] ?? 0) - width(cell)))
      .join(' | ')
      .trimEnd();
  console.log('');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(row));
}

export async function runHeadless(context: BrowserContext, baseUrl: string): Promise<number> {
  await mkdir(screenshotDir, { recursive: true });
  const rows: Row[] = [];
  let broken = 0;
  for (const editor of EDITOR_PAGES) {
    const page = await context.newPage();
    const screenshot = path.join(screenshotDir, `${editor.name}.png`);
    try {
      await typeSample(page, editor, baseUrl);
      const report = await waitForReport(page);
      await page.screenshot({ path: screenshot, fullPage: true });
      rows.push({
        page: editor.name,
        status: report ? report.status || '（空）' : '未检测到',
        findings: report ? report.findings || '（空）' : '',
      });
    } catch (error) {
      broken += 1;
      await page.screenshot({ path: screenshot, fullPage: true }).catch(() => undefined);
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      rows.push({ page: editor.name, status: '错误 / error', findings: message ?? '' });
    } finally {
      await page.close();
    }
    console.log(`  ${editor.name} → ${path.relative(repoRoot, screenshot)}`);
  }
  printTable(rows);
  if (broken > 0) {
    console.error(`\n✗ ${broken} 个演示页面没有跑通 / demo page(s) failed`);
    return 1;
  }
  console.log(`\n截图 / screenshots: ${path.relative(repoRoot, screenshotDir)}/`);
  return 0;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const unknown = argv.filter((arg) => !['--headless', '--no-build'].includes(arg));
  if (unknown.length > 0) fail(`未知参数 / unknown argument: ${unknown.join(' ')}`);
  const headless = argv.includes('--headless') || !process.env.DISPLAY;

  if (!argv.includes('--no-build')) build();

  const port = process.env.PORT ? Number(process.env.PORT) : headless ? 0 : 5173;
  const server = await startDemoServer({ port });
  console.log(
    `\n演示 CMS / demo CMS: ${server.url}（跨源 / cross-origin: ${server.crossOriginUrl}）`,
  );

  const context = await launch(headless);
  const shutdown = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    await server.close();
  };
  process.once('SIGINT', () => {
    void shutdown().then(() => process.exit(130));
  });

  try {
    if (headless) {
      console.log('无显示器，无头模式运行 / headless run:');
      return await runHeadless(context, server.url);
    }
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    console.log('已打开浏览器；关闭浏览器即结束 / close the browser to finish.');
    await new Promise<void>((resolve) => context.once('close', () => resolve()));
    return 0;
  } finally {
    await shutdown();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
