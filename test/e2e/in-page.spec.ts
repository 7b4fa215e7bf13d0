import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  EDITOR_PAGES,
  editorPage,
  normalizeEditorText,
  openEditor,
  publishedCount,
  readRawText,
  readText,
  typeText,
  undo,
  type EditorPage,
} from './editors';
import { readLogEntries } from './review-log';
import { shadowClick, shadowQueryAll, shadowTexts, waitForShadow } from './shadow';

/** A fictitious resident ID number with a valid GB 11643 check digit, and a mobile number. */
const ID_NUMBER = '320102198506123411';
const MOBILE = '13812345678';
const PII_DRAFT = `关于一例确诊病例的情况通报\n病例张某某，男，身份证号：${ID_NUMBER}，联系电话：${MOBILE}，现住某某小区。`;
const CLEAN_DRAFT =
  '关于做好春节期间安全生产工作的通知\n各单位要加强值班值守，确保节日期间安全稳定。';

interface ReviewState {
  status: string | null;
  findings: number;
}

async function reviewState(page: Page): Promise<ReviewState | null> {
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

async function waitForStatus(page: Page, status: string): Promise<ReviewState> {
  await page.waitForFunction(
    (expected) =>
      document.querySelector('disclosure-review')?.getAttribute('data-status') === expected,
    status,
    { timeout: 10_000 },
  );
  return (await reviewState(page))!;
}

/** The caret as a character offset in the editor's text (-1 when there is no caret). */
async function caretOffset(page: Page, editor: EditorPage): Promise<number> {
  const editable = await editor.editable(page);
  return editable.evaluate((el) => {
    if (el instanceof HTMLTextAreaElement) return el.selectionEnd;
    const selection = el.ownerDocument.getSelection();
    if (!selection || selection.rangeCount === 0 || !selection.focusNode) return -1;
    const range = el.ownerDocument.createRange();
    range.selectNodeContents(el);
    range.setEnd(selection.focusNode, selection.focusOffset);
    return range.toString().length;
  });
}

for (const editor of EDITOR_PAGES) {
  test.describe(`in-page review: ${editor.name}`, () => {
    test('a draft with an ID number and a mobile number blocks, and the editor holds exactly what was typed', async ({
      context,
      plainContext,
      demo,
    }) => {
      // The same typing, then one more insertion after a pause and its undo, with and without
      // the extension. (Editors group typing into undo steps by timing, so the undo is checked on
      // a single insertion made after the review has run.)
      const runs: Array<{ raw: string; caret: number; afterUndo: string }> = [];
      let state: ReviewState | null = null;
      for (const ctx of [plainContext, context]) {
        const page = await ctx.newPage();
        await openEditor(page, demo.url, editor);
        await editor.focus(page);
        await typeText(page, editor, PII_DRAFT);
        // The same pause in both browsers: editors close an undo step by time (Trix groups
        // typing into fixed 5-second windows of the clock, so it needs a pause longer than that).
        await page.waitForTimeout(editor.name === 'trix' ? 5500 : 1500);
        if (ctx === context) state = await waitForStatus(page, 'block');
        const raw = await readRawText(page, editor);
        const caret = await caretOffset(page, editor);
        await page.keyboard.insertText('（另附说明）');
        await page.waitForTimeout(1500);
        await undo(page, editor);
        runs.push({ raw, caret, afterUndo: await readRawText(page, editor) });
        await page.close();
      }
      expect(state!.findings).toBeGreaterThanOrEqual(2);
      expect(normalizeEditorText(runs[1]!.raw)).toBe(normalizeEditorText(PII_DRAFT));
      expect(runs[1]).toEqual(runs[0]);
    });

    test('a clean draft is clean', async ({ context, demo }) => {
      const page = await context.newPage();
      await openEditor(page, demo.url, editor);
      await editor.focus(page);
      await typeText(page, editor, CLEAN_DRAFT);
      const state = await waitForStatus(page, 'clean');
      expect(state.findings).toBe(0);
      expect(await readText(page, editor)).toBe(normalizeEditorText(CLEAN_DRAFT));
    });

    test('the mask action replaces the mobile number through the editor, and undo brings it back', async ({
      context,
      demo,
    }) => {
      const page = await context.newPage();
      await openEditor(page, demo.url, editor);
      await editor.focus(page);
      await typeText(page, editor, PII_DRAFT);
      await waitForStatus(page, 'block');
      await shadowClick(page, 'button.badge');
      await waitForShadow(page, '.item');
      // The mask buttons belong to the items that have one; find the phone finding's.
      const items = await shadowTexts(page, '.item');
      const maskable = items.filter((text) => text.endsWith('脱敏'));
      const index = maskable.findIndex((text) => text.includes('电话号码'));
      expect(index).toBeGreaterThanOrEqual(0);
      await shadowClick(page, '.item .mask', index);
      const masked = normalizeEditorText(PII_DRAFT.replace(MOBILE, '138****5678'));
      await expect.poll(() => readText(page, editor)).toBe(masked);
      // The review follows: one finding fewer.
      await expect
        .poll(async () => (await shadowTexts(page, '.item')).some((t) => t.includes('电话号码')))
        .toBe(false);
      await undo(page, editor);
      await expect.poll(() => readText(page, editor)).toBe(normalizeEditorText(PII_DRAFT));
    });
  });
}

test.describe('finding list', () => {
  for (const name of ['textarea', 'tinymce', 'ckeditor5']) {
    test(`clicking a finding selects its span in the ${name} draft`, async ({ context, demo }) => {
      const editor = editorPage(name);
      const page = await context.newPage();
      await openEditor(page, demo.url, editor);
      await editor.focus(page);
      await typeText(page, editor, PII_DRAFT);
      await waitForStatus(page, 'block');
      await shadowClick(page, 'button.badge');
      await waitForShadow(page, '.item');
      const items = await shadowTexts(page, '.item .main');
      await shadowClick(
        page,
        '.item .main',
        items.findIndex((t) => t.includes('电话号码')),
      );
      const editable = await editor.editable(page);
      const selected = await editable.evaluate((el) =>
        el instanceof HTMLTextAreaElement
          ? el.value.slice(el.selectionStart, el.selectionEnd)
          : (el.ownerDocument.getSelection()?.toString() ?? ''),
      );
      expect(selected).toBe(MOBILE);
    });
  }
});

/** Gate pages: every kind of publish control (button, input, link, submit) and the framed forms. */
const GATE_PAGES = ['textarea', 'tinymce', 'ckeditor4', 'jodit', 'admin-shell', 'cross-origin'];

test.describe('publish gate', () => {
  for (const name of GATE_PAGES) {
    test(`${name}: block findings stop 「${editorPage(name).publish.name}」 until the user publishes anyway with a reason`, async ({
      context,
      demo,
      extensionId,
    }) => {
      const editor = editorPage(name);
      const page = await context.newPage();
      await openEditor(page, demo.url, editor);
      await editor.focus(page);
      await typeText(page, editor, PII_DRAFT);
      // Straight to publishing, before the debounced review: the gate reviews first.
      const inTop = name !== 'cross-origin';
      const gateHost = 'disclosure-review-gate';
      await (await editor.publishButton(page)).click();
      const dialogPage = page;
      if (inTop) {
        await waitForShadow(dialogPage, '.dialog', gateHost);
        expect(await publishedCount(page, editor)).toBe(0);
        await shadowClick(page, 'button.back', 0, gateHost);
        await expect.poll(() => shadowQueryAll(page, '.dialog', gateHost)).toHaveLength(0);
        expect(await publishedCount(page, editor)).toBe(0);

        await (await editor.publishButton(page)).click();
        await waitForShadow(page, '.dialog', gateHost);
        await shadowClick(page, 'button.anyway', 0, gateHost);
        // No reason given: the dialog stays and says why.
        expect((await shadowTexts(page, '.hint', gateHost))[0]).toContain('理由');
        expect(await publishedCount(page, editor)).toBe(0);
        await page.keyboard.type('已核实：示例数据');
        await shadowClick(page, 'button.anyway', 0, gateHost);
        await expect.poll(() => publishedCount(page, editor)).toBe(1);
      } else {
        // A cross-origin frame shows its dialog in its own document.
        const frame = await editor.frame(page);
        await frame.waitForFunction(() => !!document.querySelector('disclosure-review-gate'));
        expect(await publishedCount(page, editor)).toBe(0);
        await page.keyboard.press('Escape');
        await frame.waitForFunction(() => !document.querySelector('disclosure-review-gate'));
        expect(await publishedCount(page, editor)).toBe(0);
      }

      // The decisions are in the review log, masked.
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await expect.poll(async () => (await readLogEntries(panel)).length).toBe(inTop ? 2 : 1);
      const entries = await readLogEntries(panel);
      const stored = JSON.stringify(entries);
      const decisions = entries.map(
        (e) => e.content as { type: string; decision: string; reason: string },
      );
      expect(decisions.map((d) => [d.type, d.decision])).toEqual(
        inTop
          ? [
              ['gate-decision', 'back-to-edit'],
              ['gate-decision', 'publish-anyway'],
            ]
          : [['gate-decision', 'back-to-edit']],
      );
      if (inTop) expect(decisions[1]!.reason).toBe('已核实：示例数据');
      expect(stored).not.toContain(MOBILE);
      expect(stored).not.toContain(ID_NUMBER);
    });
  }

  test('with no block finding the CMS publishes at the first click, even straight after typing', async ({
    context,
    demo,
  }) => {
    const editor = editorPage('tinymce');
    const page = await context.newPage();
    await openEditor(page, demo.url, editor);
    await editor.focus(page);
    await typeText(page, editor, CLEAN_DRAFT);
    await (await editor.publishButton(page)).click();
    await expect.poll(() => publishedCount(page, editor)).toBe(1);
    expect(await shadowQueryAll(page, '.dialog', 'disclosure-review-gate')).toHaveLength(0);
  });
});

test.describe('CMS form fields', () => {
  for (const name of ['textarea', 'ckeditor5']) {
    const editor = editorPage(name);
    const control = editor.disclosureRadios ? 'radio group' : 'select';
    test(`${name}: choosing 不予公开 in the 公开属性 ${control} for a public website blocks, and the title is checked too`, async ({
      context,
      demo,
    }) => {
      const page = await context.newPage();
      const frame = await openEditor(page, demo.url, editor);
      await editor.focus(page);
      await typeText(page, editor, CLEAN_DRAFT);
      await waitForStatus(page, 'clean');
      if (editor.disclosureRadios) await frame.getByRole('radio', { name: '不予公开' }).check();
      else await frame.getByLabel('公开属性').selectOption({ label: '不予公开' });
      await waitForStatus(page, 'block');
      await shadowClick(page, 'button.badge');
      await waitForShadow(page, '.item');
      expect((await shadowTexts(page, '.item .msg')).join('\n')).toContain('不予公开');

      if (editor.disclosureRadios) await frame.getByRole('radio', { name: '主动公开' }).check();
      else await frame.getByLabel('公开属性').selectOption({ label: '主动公开' });
      await waitForStatus(page, 'clean');
      await frame.getByLabel('标题', { exact: true }).fill(`关于联系人（电话${MOBILE}）的通知`);
      await waitForStatus(page, 'block');
    });
  }
});
