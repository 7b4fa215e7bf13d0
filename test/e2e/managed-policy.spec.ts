/**
 * The administrator's policy, end to end: a real policy file in Chromium's managed-policy folder
 * on Linux, the browser started with the extension, and the policy in effect in the page and in
 * the options page; then the file rewritten while the browser runs.
 *
 * The test loads a copy of the build whose manifest `key` is a key made for this run, and
 * writes the policy for that copy's id only: every Chromium on this machine reads the folder
 * (and re-reads it when it changes), so a policy for the real id would also switch rules off
 * in other test runs, or in a real install, for as long as the file is there.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { editorPage, openEditor, publishedCount, typeText } from './editors';
import { CHROMIUM_ARGS, expect, extensionPath, test } from './fixtures';
import { shadowClick, shadowQueryAll, shadowTexts, waitForShadow } from './shadow';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'disclosure-review-e2e.json');

/** A Chromium extension id from the public key (DER): SHA-256, first 16 bytes, 0–f as a–p. */
function extensionIdOf(publicKeyDer: Buffer): string {
  return [...createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32)]
    .map((digit) => String.fromCharCode('a'.charCodeAt(0) + parseInt(digit, 16)))
    .join('');
}

/** A copy of the built extension with a key of its own; returns its folder and id. */
function copyWithOwnKey(): { dir: string; id: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'dr-policy-ext-'));
  cpSync(extensionPath, dir, { recursive: true });
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.key = der.toString('base64');
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, id: extensionIdOf(der) };
}

function writePolicy(id: string, policy: Record<string, unknown>): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  // Written beside and renamed, so Chromium never reads half a file.
  const temporary = `${POLICY_FILE}.tmp`;
  writeFileSync(temporary, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  rmSync(POLICY_FILE, { force: true });
  cpSync(temporary, POLICY_FILE);
  rmSync(temporary, { force: true });
}

function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
  rmSync(`${POLICY_FILE}.tmp`, { force: true });
}

async function launch(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: '/usr/bin/chromium',
    headless: false,
    // Chinese UI, as in fixtures.ts: Linux Chromium takes it from LANGUAGE.
    env: { ...process.env, LANGUAGE: 'zh_CN' },
    args: [
      '--headless=new',
      '--lang=zh-CN',
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });
}

const editor = editorPage('textarea');
const MARKING = '仅限本委使用';
const LATER_MARKING = '内部资料勿外传';
const MOBILE = '13812345678';
const CLEAN_TITLE = '关于做好春节期间安全生产工作的通知';

/** Policy as first installed; gateMode is invalid and must be reported, the rest applies. */
function firstPolicy(allowedOrigin: string): Record<string, unknown> {
  return {
    unitName: '庆阳市示例局',
    unitCode: 'QY-001',
    allowedOrigins: [allowedOrigin],
    ruleOverrides: { 'personal-data/phone': 'off' },
    extraInternalMarkings: [MARKING],
    publicOfficialNames: ['王建国'],
    manualChecklistItems: [
      { id: 'unit-secrecy', group: 'confidentiality', label: '已经本局保密办审核' },
      { id: 'unit-leader', group: 'disclosure', label: '分管领导已签批' },
    ],
    gateMode: 'sometimes',
    logRetentionDays: 30,
  };
}

interface ReviewState {
  status: string | null;
  findings: number;
}

function reviewState(page: Page): Promise<ReviewState | null> {
  return page.evaluate(() => {
    const el = document.querySelector('disclosure-review');
    return el
      ? {
          status: el.getAttribute('data-status'),
          findings: Number(el.getAttribute('data-findings')),
        }
      : null;
  });
}

/** Opens the demo textarea form at `baseUrl` and types `text` into it. */
async function typeDraft(context: BrowserContext, baseUrl: string, text: string): Promise<Page> {
  const page = await context.newPage();
  await openEditor(page, baseUrl, editor);
  await editor.focus(page);
  await typeText(page, editor, text);
  return page;
}

test.describe('managed policy', () => {
  let copy: { dir: string; id: string } | null = null;

  test.beforeAll(() => {
    // A file left by a crashed run must not leak into this one.
    removePolicy();
    copy = copyWithOwnKey();
  });

  test.afterAll(() => {
    removePolicy();
    if (copy) rmSync(copy.dir, { recursive: true, force: true });
  });

  test('a policy file limits the sites, switches a rule off, adds a marking, shows read-only in options and changes without a restart', async ({
    demo,
  }, testInfo) => {
    test.setTimeout(180_000);
    const { dir, id } = copy!;
    const allowed = new URL(demo.url).origin;
    writePolicy(id, firstPolicy(allowed));
    const context = await launch(dir);
    try {
      // ── The page: allowed origin checked, with the policy's rules ──────────────────
      // A mobile number alone: the phone rule is off, so nothing is found.
      const page = await typeDraft(context, demo.url, `${CLEAN_TITLE}\n联系电话：${MOBILE}。`);
      await page.waitForFunction(
        () => document.querySelector('disclosure-review')?.getAttribute('aria-busy') === 'false',
        null,
        { timeout: 15_000 },
      );
      await page.waitForTimeout(1500);
      expect(await reviewState(page)).toEqual({ status: 'clean', findings: 0 });

      // The unit's own marking is a block finding.
      await page.keyboard.press('Control+Home');
      await typeText(page, editor, `${MARKING}\n`);
      await expect
        .poll(() => reviewState(page), { timeout: 10_000 })
        .toEqual({ status: 'block', findings: 1 });
      await shadowClick(page, 'button.badge');
      const texts = (await shadowTexts(page, '.item')).join('\n');
      expect(texts).toContain(MARKING);
      expect(texts).not.toContain('电话');
      // Close the list again, so it covers nothing on the form.
      await shadowClick(page, 'button.badge');

      // ── Another origin, outside allowedOrigins: not checked at all ─────────────────
      const outside = await typeDraft(
        context,
        demo.crossOriginUrl,
        `${MARKING}\n${CLEAN_TITLE}\n联系电话：${MOBILE}。`,
      );
      await outside.waitForTimeout(3000);
      expect(await reviewState(outside)).toBeNull();
      await outside.close();

      // ── Options: every policy value read-only, the invalid one listed ──────────────
      const options = await context.newPage();
      await options.setViewportSize({ width: 900, height: 1400 });
      await options.goto(`chrome-extension://${id}/options.html`);
      const issues = options.getByTestId('policy-issues');
      await expect(issues).toContainText('gateMode');
      await expect(issues).toContainText('warn-only');
      await expect(issues.locator('li')).toHaveCount(1);
      const unit = options.locator('[data-policy-key=unitName]');
      await expect(unit.locator('input')).toHaveValue('庆阳市示例局');
      await expect(unit.locator('input')).toBeDisabled();
      await expect(unit).toContainText('由管理员设置');
      await expect(options.locator('[data-policy-key=unitCode] input')).toHaveValue('QY-001');
      const markings = options.locator('[data-policy-key=extraInternalMarkings]');
      await expect(markings.locator('textarea')).toHaveValue(MARKING);
      await expect(markings.locator('textarea')).toBeDisabled();
      await expect(markings).toContainText('由管理员设置');
      const checklist = options.locator('[data-policy-key=manualChecklistItems]');
      await expect(checklist.getByTestId('manual-item-row')).toHaveCount(2);
      await expect(checklist.locator('input').first()).toBeDisabled();
      await expect(checklist).toContainText('由管理员设置');
      await expect(
        options.locator('[data-policy-key=ruleOverrides] [data-rule-id="personal-data/phone"]'),
      ).toContainText('停用');
      await expect(options.locator('[data-policy-key=allowedOrigins]')).toHaveText(allowed);
      await expect(options.locator('[data-policy-key=logRetentionDays] input')).toHaveValue('30');
      // The supervisor's log page keeps records as long as the policy says, read-only there too.
      const log = await context.newPage();
      await log.goto(`chrome-extension://${id}/log.html`);
      await log.getByRole('button', { name: '保留期限', exact: true }).click();
      const keepFor = log.getByTestId('retention-panel');
      await expect(keepFor.getByLabel('保留天数')).toHaveValue('30');
      await expect(keepFor.getByLabel('保留天数')).toHaveAttribute('readonly', '');
      await expect(keepFor).toContainText('由管理员设置');
      await expect(keepFor.getByRole('button', { name: '保存' })).toHaveCount(0);
      await log.close();
      // The invalid gateMode is ignored: the default is shown, not marked as set by the admin.
      await expect(options.locator('[data-policy-key=gateMode]')).toHaveCount(0);
      await options.screenshot({
        path: testInfo.outputPath('options-with-policy.png'),
        fullPage: true,
      });
      // The gate under the default mode (the invalid value ignored): a reason is asked for.
      // (A tab in the background gets no animation frames: bring the form back to the front.)
      await page.bringToFront();
      const gateHost = 'disclosure-review-gate';
      await (await editor.publishButton(page)).click();
      await waitForShadow(page, '.dialog', gateHost);
      expect(await shadowQueryAll(page, 'button.anyway', gateHost)).toHaveLength(1);
      await shadowClick(page, 'button.back', 0, gateHost);
      await expect.poll(() => shadowQueryAll(page, '.dialog', gateHost)).toHaveLength(0);
      // ── The policy changes while the browser runs ──────────────────────────────────
      writePolicy(id, {
        ...firstPolicy(allowed),
        gateMode: 'no-publish-with-block',
        extraInternalMarkings: [MARKING, LATER_MARKING],
      });
      // Chromium notices the changed folder by itself (it waits until the file has settled).
      await expect(options.locator('[data-policy-key=gateMode]')).toContainText('由管理员设置', {
        timeout: 60_000,
      });
      await expect(options.getByTestId('policy-issues')).toHaveCount(0);
      await expect(options.locator('[data-policy-key=extraInternalMarkings] textarea')).toHaveValue(
        `${MARKING}\n${LATER_MARKING}`,
      );
      await options.screenshot({
        path: testInfo.outputPath('options-after-change.png'),
        fullPage: true,
      });
      // The page uses the new policy on its next review: the new marking is found…
      await page.bringToFront();
      await editor.focus(page);
      await typeText(page, editor, `\n${LATER_MARKING}`);
      await expect
        .poll(() => reviewState(page), { timeout: 10_000 })
        .toEqual({ status: 'block', findings: 2 });
      // …and the gate offers only 返回修改.
      await (await editor.publishButton(page)).click();
      await waitForShadow(page, '.dialog', gateHost);
      expect(await shadowQueryAll(page, 'button.anyway', gateHost)).toHaveLength(0);
      expect(await shadowQueryAll(page, 'textarea', gateHost)).toHaveLength(0);
      expect((await shadowTexts(page, 'button.back', gateHost))[0]).toContain('返回修改');
      await page.screenshot({ path: testInfo.outputPath('gate-no-publish.png') });
      await page.keyboard.press('Escape');
      await expect.poll(() => shadowQueryAll(page, '.dialog', gateHost)).toHaveLength(0);
      expect(await publishedCount(page, editor)).toBe(0);

      // ── warn-only: the dialog informs, and publishing needs no reason ──────────────
      writePolicy(id, { ...firstPolicy(allowed), gateMode: 'warn-only' });
      await expect(options.locator('[data-policy-key=gateMode] select')).toHaveValue('warn-only', {
        timeout: 60_000,
      });
      await page.bringToFront();
      await (await editor.publishButton(page)).click();
      await waitForShadow(page, '.dialog', gateHost);
      await shadowClick(page, 'button.anyway', 0, gateHost);
      await expect.poll(() => publishedCount(page, editor)).toBe(1);
    } finally {
      await context.close();
      removePolicy();
    }
  });
});
