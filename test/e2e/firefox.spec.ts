import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { expect, test } from './fixtures';
import {
  launchFirefox,
  openExtensionPage,
  packXpi,
  type FirefoxRun,
  type TabsApi,
} from './firefox';

/**
 * The Firefox build in Firefox ESR (Debian's firefox-esr, the browser many units install):
 * the content script reviews drafts in real editors, the overlay draws the underlines where the
 * highlight API is missing (ESR 128), and the sidebar page shows the checklist, in Chinese.
 */
/** Where a screenshot goes: the test's output folder (puppeteer does not create folders). */
function screenshotPath(name: string): string {
  const file = test.info().outputPath(name);
  mkdirSync(path.dirname(file), { recursive: true });
  return file;
}
const ID_NUMBER = '320102198506123411';
const MOBILE = '13812345678';
const PII_DRAFT = `病例张某某，男，身份证号：${ID_NUMBER}，联系电话：${MOBILE}，现住某某小区。`;
const CLEAN_DRAFT = '各单位要加强值班值守，确保节日期间安全稳定。';

type DemoWindow = Window & { __demo?: { ready: boolean; getText(): string } };

interface Editor {
  name: string;
  path: string;
  /** Where a user clicks to start typing (an iframe editor's frame element, clicked inside). */
  editable: string;
}

const EDITORS: Editor[] = [
  { name: 'textarea', path: 'textarea.html', editable: 'textarea#content' },
  { name: 'tinymce', path: 'tinymce.html', editable: 'iframe.tox-edit-area__iframe' },
  {
    name: 'ckeditor5',
    path: 'ckeditor5.html',
    editable: '.ck-editor__editable[contenteditable="true"]',
  },
];

async function openDemo(run: FirefoxRun, url: string, editor: Editor): Promise<Page> {
  const page = await run.browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window as DemoWindow).__demo?.ready === true);
  const target = (await page.waitForSelector(editor.editable)) as ElementHandle<Element>;
  await target.click();
  return page;
}

async function reviewState(page: Page): Promise<{ status: string | null; findings: number }> {
  return page.evaluate(() => {
    const el = document.querySelector('disclosure-review');
    return {
      status: el?.getAttribute('data-status') ?? null,
      findings: Number(el?.getAttribute('data-findings') ?? -1),
    };
  });
}

async function waitForStatus(page: Page, status: string): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      document.querySelector('disclosure-review')?.getAttribute('data-status') === expected,
    { timeout: 10_000 },
    status,
  );
}

async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => (window as DemoWindow).__demo!.getText().trim());
}

test.describe('Firefox ESR', () => {
  let run: FirefoxRun;
  test.beforeAll(async () => {
    run = await launchFirefox();
  });
  test.afterAll(async () => {
    await run?.close();
  });

  for (const editor of EDITORS) {
    test(`${editor.name}: a draft with an ID number and a mobile number blocks, and the editor holds what was typed`, async ({
      demo,
    }) => {
      const page = await openDemo(run, new URL(editor.path, demo.url).href, editor);
      await page.keyboard.type(PII_DRAFT);
      await waitForStatus(page, 'block');
      expect((await reviewState(page)).findings).toBeGreaterThanOrEqual(2);
      expect(await editorText(page)).toBe(PII_DRAFT);
      await page.close();
    });
  }

  test('a clean draft is clean', async ({ demo }) => {
    const page = await openDemo(run, new URL('textarea.html', demo.url).href, EDITORS[0]!);
    await page.keyboard.type(CLEAN_DRAFT);
    await waitForStatus(page, 'clean');
    expect((await reviewState(page)).findings).toBe(0);
    await page.close();
  });

  test('the sidebar page shows the CMS draft’s checklist in Chinese', async ({ demo }) => {
    const page = await openDemo(run, new URL('textarea.html', demo.url).href, EDITORS[0]!);
    await page.keyboard.type(PII_DRAFT);
    await waitForStatus(page, 'block');
    // The sidebar follows the active tab; in a test it is told which tab, as in Chromium. (The
    // extension has no "tabs" permission, so it sees tab ids but not their addresses.)
    await page.bringToFront();
    const tabId = await run.extensionPage.evaluate(async () => {
      const api = (globalThis as unknown as { browser: TabsApi }).browser;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    expect(tabId).toBeGreaterThanOrEqual(0);
    const panel = await openExtensionPage(run, `sidepanel.html?tabId=${tabId}`);
    await panel.waitForFunction(() => document.body.innerText.includes('个人信息保护'), {
      timeout: 15_000,
    });
    const text = await panel.evaluate(() => document.body.innerText);
    expect(text).toContain('审查清单');
    expect(text).toContain('身份证号');
    expect(text).not.toContain(ID_NUMBER);
    await panel.setViewport({ width: 420, height: 900 });
    await panel.screenshot({ path: screenshotPath('firefox-sidebar.png') });
    await panel.close();
    await page.close();
  });
});

test.describe('Firefox ESR review log', () => {
  test('a decision at the publish gate goes to the review log, whose page verifies the chain in a worker', async ({
    demo,
  }) => {
    const run = await launchFirefox();
    try {
      const page = await openDemo(run, new URL('textarea.html', demo.url).href, EDITORS[0]!);
      await page.keyboard.type(PII_DRAFT);
      await waitForStatus(page, 'block');
      // 提交 with block findings opens the gate; Escape there means 返回修改 (back to edit).
      await page.click('button[type=submit]');
      await new Promise((resolve) => setTimeout(resolve, 500));
      await page.keyboard.press('Escape');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(
        await page.evaluate(
          () => (window as Window & { __demo?: { published: number } }).__demo!.published,
        ),
      ).toBe(0);

      const log = await openExtensionPage(run, 'log.html');
      await log.waitForFunction(
        () => document.querySelector('[data-testid=chain-status].chain--ok') !== null,
        { timeout: 20_000 },
      );
      const text = await log.evaluate(() => document.body.innerText);
      expect(text).toContain('链校验通过（1 条）');
      expect(
        await log.$eval('[data-testid=filtered-count]', (el) => (el as HTMLElement).innerText),
      ).toContain('共 1 条');
      // The record keeps the masked mobile number, never the raw one.
      expect(text).not.toContain(MOBILE);
      // No unit is set in this browser: the chart names it （无）, with a 0% bar (back to edit).
      expect(
        await log.$eval(
          '[data-testid=chart-publish-anyway] .chart__data li',
          (el) => el.textContent ?? '',
        ),
      ).toBe('（无） 0.0% (0/1)');
      await log.setViewport({ width: 1280, height: 900 });
      await log.screenshot({ path: screenshotPath('firefox-log.png') });
    } finally {
      await run.close();
    }
  });
});

test.describe('Firefox ESR overlay', () => {
  /**
   * A textarea's text is not in the DOM, so the highlight API cannot reach it and the overlay
   * underlines it, in every browser. The same overlay underlines every editor in Firefox ESR
   * 128, which has no highlight API (Firefox 140 added it, and ESR 153 has no switch to remove
   * it again); here it is checked in a real Firefox, by the pixels a user sees.
   */
  test('the overlay underlines the ID number and the mobile number in a textarea', async ({
    demo,
  }) => {
    const run = await launchFirefox();
    try {
      const editor = EDITORS[0]!;
      const page = await openDemo(run, new URL(editor.path, demo.url).href, editor);
      await page.setViewport({ width: 1400, height: 900 });
      /** Columns of the block colour (#d93025) inside the textarea, and the identifiers' width. */
      const underline = async (): Promise<{ red: number; expected: number }> => {
        const image = await page.screenshot({ encoding: 'base64' });
        return page.evaluate(
          async (png, selector, identifiers) => {
            const area = document.querySelector(selector) as HTMLTextAreaElement;
            const box = area.getBoundingClientRect();
            const measure = document.createElement('canvas').getContext('2d')!;
            measure.font = getComputedStyle(area).font;
            const expected = identifiers.reduce(
              (sum, id) => sum + measure.measureText(id).width,
              0,
            );
            const img = new Image();
            img.src = `data:image/png;base64,${png}`;
            await img.decode();
            const canvas = document.createElement('canvas');
            canvas.width = img.width;
            canvas.height = img.height;
            const context = canvas.getContext('2d')!;
            context.drawImage(img, 0, 0);
            const { data, width } = context.getImageData(
              Math.round(box.left),
              Math.round(box.top),
              Math.round(box.width),
              Math.round(box.height),
            );
            const columns = new Set<number>();
            for (let i = 0; i < data.length; i += 4) {
              const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
              if (Math.abs(r - 217) < 25 && Math.abs(g - 48) < 25 && Math.abs(b - 37) < 25) {
                columns.add((i / 4) % width);
              }
            }
            return { red: columns.size, expected };
          },
          image,
          editor.editable,
          [ID_NUMBER, MOBILE],
        );
      };
      await page.keyboard.type(CLEAN_DRAFT);
      await waitForStatus(page, 'clean');
      expect((await underline()).red).toBe(0);
      await page.keyboard.type(PII_DRAFT);
      await waitForStatus(page, 'block');
      // Red under both identifiers, and under little else (their width, give or take).
      await expect
        .poll(
          async () => {
            const { red, expected } = await underline();
            return red >= expected * 0.9 && red <= expected * 1.2;
          },
          { timeout: 10_000 },
        )
        .toBe(true);
      await page.screenshot({ path: screenshotPath('firefox-overlay.png') });
      expect(await editorText(page)).toBe(CLEAN_DRAFT + PII_DRAFT);
    } finally {
      await run.close();
    }
  });
});

/**
 * The admin guide's Firefox deployment, end to end: a policies.json in /etc/firefox/policies
 * (where Debian's firefox-esr and Mozilla's Linux builds look) force-installs the package from
 * a file URL and gives it the unit's policy through `3rdparty`. Firefox reads the file at
 * start-up, for every Firefox on the machine, so the test uses an add-on id of its own and puts
 * back whatever file was there before.
 */
test.describe('Firefox ESR with a policies.json', () => {
  const POLICY_FILE = '/etc/firefox/policies/policies.json';
  const MARKING = '仅限本委使用';
  const addonId = `dr-e2e-${process.pid}-${Date.now()}@gov-tools.cn`;
  const xpi = path.join(tmpdir(), `${addonId}.xpi`);
  let previous: string | null = null;

  test.beforeAll(() => {
    previous = existsSync(POLICY_FILE) ? readFileSync(POLICY_FILE, 'utf8') : null;
    packXpi(xpi, addonId);
  });
  test.afterAll(() => {
    if (previous === null) rmSync(POLICY_FILE, { force: true });
    else writeFileSync(POLICY_FILE, previous);
    rmSync(xpi, { force: true });
  });

  test('force-installs the extension, limits the sites, switches a rule off, adds a marking, stops publishing and shows the policy read-only', async ({
    demo,
  }) => {
    test.setTimeout(120_000);
    mkdirSync(path.dirname(POLICY_FILE), { recursive: true });
    writeFileSync(
      POLICY_FILE,
      JSON.stringify({
        policies: {
          ExtensionSettings: {
            [addonId]: { installation_mode: 'force_installed', install_url: `file://${xpi}` },
          },
          '3rdparty': {
            Extensions: {
              [addonId]: {
                unitName: '庆阳市示例局',
                allowedOrigins: [new URL(demo.url).origin],
                ruleOverrides: { 'personal-data/phone': 'off' },
                extraInternalMarkings: [MARKING],
                gateMode: 'no-publish-with-block',
              },
            },
          },
        },
      }),
    );
    const run = await launchFirefox({ addonId, install: 'policy', startPage: 'options.html' });
    try {
      // Options: the unit set by the administrator, read-only.
      const options = run.extensionPage;
      await options.waitForFunction(() => document.body.innerText.includes('由管理员设置'));
      expect(
        await options.$eval('[data-policy-key=unitName] input', (input) => ({
          value: (input as HTMLInputElement).value,
          disabled: (input as HTMLInputElement).disabled,
        })),
      ).toEqual({ value: '庆阳市示例局', disabled: true });

      // The allowed origin: a mobile number alone is clean (the phone rule is off)…
      const textarea = EDITORS[0]!;
      const page = await openDemo(run, new URL(textarea.path, demo.url).href, textarea);
      await page.keyboard.type(`联系电话：${MOBILE}。`);
      await page.waitForFunction(
        () => document.querySelector('disclosure-review')?.getAttribute('aria-busy') === 'false',
        { timeout: 15_000 },
      );
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await reviewState(page)).toEqual({ status: 'clean', findings: 0 });
      // …and the unit's own marking blocks.
      await page.keyboard.type(MARKING);
      await waitForStatus(page, 'block');
      expect((await reviewState(page)).findings).toBe(1);
      // no-publish-with-block: the CMS's publish handler does not run.
      await page.click('button[type=submit]');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(
        await page.evaluate(
          () => (window as Window & { __demo?: { published: number } }).__demo!.published,
        ),
      ).toBe(0);

      // Another origin, outside allowedOrigins: not checked at all.
      const outside = await openDemo(
        run,
        new URL(textarea.path, demo.crossOriginUrl).href,
        textarea,
      );
      await outside.keyboard.type(`${MARKING}联系电话：${MOBILE}。`);
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(await outside.$('disclosure-review')).toBeNull();
    } finally {
      await run.close();
    }
  });
});
