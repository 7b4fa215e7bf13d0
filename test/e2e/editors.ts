/**
 * Harness for the demo CMS (demo/, served by scripts/demo-server.ts): one EditorPage per form.
 *
 * Every demo form page defines `window.__demo` in its main world (see demo/cms.js):
 *   { editor, ready, published, drafts, lastPublished, getText(), getHtml(), undo() }
 * getText() reads the editor through its own API; readText() here normalises that text so that
 * all editors compare alike (one `\n` per paragraph break, trimmed).
 *
 * Typical use:
 *   const editor = editorPage('tinymce');
 *   await page.goto(new URL(editor.path, server.url).href);
 *   await editor.focus(page);            // waits for the editor, clicks into it, caret at end
 *   await page.keyboard.type('第一段');
 *   expect(await readText(page, editor)).toBe('第一段');
 *   await (await editor.publishButton(page)).click();
 */
import type { Frame, Locator, Page } from '@playwright/test';

/** What window.__demo holds in the editor frame. */
export interface DemoApi {
  editor: string;
  ready: boolean;
  published: number;
  drafts: number;
  lastPublished: { title: string; text: string; at: string } | null;
  getText(): string;
  getHtml(): string;
  undo(): void;
}

/** The publish control, as Playwright's role locators see it. */
export interface PublishControl {
  role: 'button' | 'link';
  name: string;
}

export interface EditorPage {
  /** Short id, e.g. 'tinymce'; also the screenshot name in `npm run demo`. */
  name: string;
  /** Path relative to the demo server root, e.g. 'tinymce.html'. */
  path: string;
  /** The value of window.__demo.editor on that page. */
  editor: string;
  /** The publish control (button, input[type=button] or a link styled as a button). */
  publish: PublishControl;
  /** Whether 公开属性 is a radio group (true) or a <select> (false). */
  disclosureRadios: boolean;
  /** The frame holding window.__demo (the page's main frame unless the form is framed). */
  frame(page: Page): Promise<Frame>;
  /** Click into the editor body so the caret is there (at the end), ready for keyboard.type. */
  focus(page: Page): Promise<void>;
  /** The publish control, in the editor frame. */
  publishButton(page: Page): Promise<Locator>;
  /** The element the user types into (inside the editor's own iframe where it has one). */
  editable(page: Page): Promise<Locator>;
}

const DEFAULT_TIMEOUT = 15_000;

type DemoWindow = Window & { __demo?: DemoApi };

/** Finds the frame whose window has __demo (polling: framed forms load late). */
export async function findDemoFrame(page: Page, timeout = DEFAULT_TIMEOUT): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames()) {
      if (frame.isDetached()) continue;
      const has = await frame
        .evaluate(() => typeof (window as DemoWindow).__demo === 'object')
        .catch(() => false);
      if (has) return frame;
    }
    if (Date.now() > deadline) {
      throw new Error(`no frame with window.__demo on ${page.url()} after ${timeout} ms`);
    }
    await page.waitForTimeout(50);
  }
}

/** Waits until the page's editor is initialised (window.__demo.ready) and returns its frame. */
export async function waitReady(
  page: Page,
  editor: EditorPage,
  timeout = DEFAULT_TIMEOUT,
): Promise<Frame> {
  const started = Date.now();
  const frame = await editor.frame(page);
  await frame.waitForFunction(() => (window as DemoWindow).__demo?.ready === true, undefined, {
    timeout: Math.max(1, timeout - (Date.now() - started)),
  });
  return frame;
}

/**
 * Normalises editor text so that every editor compares alike: CRLF → LF, NBSP → space,
 * zero-width characters (Slate, Trix, TinyMCE caret markers) removed, trailing spaces on each
 * line removed, every run of line breaks collapsed to one `\n` (several editors report a
 * paragraph break as a blank line), and the whole trimmed. Blank lines are therefore lost.
 */
export function normalizeEditorText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** `__demo.getText()` exactly as the editor's API returned it. */
export async function readRawText(page: Page, editor: EditorPage): Promise<string> {
  const frame = await editor.frame(page);
  return frame.evaluate(() => (window as DemoWindow).__demo?.getText() ?? '');
}

/** The editor's text through its own API, normalised (see normalizeEditorText). */
export async function readText(page: Page, editor: EditorPage): Promise<string> {
  return normalizeEditorText(await readRawText(page, editor));
}

/** `__demo.getHtml()`: the editor's content as HTML (the textarea's value for textareas). */
export async function readHtml(page: Page, editor: EditorPage): Promise<string> {
  const frame = await editor.frame(page);
  return frame.evaluate(() => (window as DemoWindow).__demo?.getHtml() ?? '');
}

/** How many times the CMS's own publish handler ran. */
export async function publishedCount(page: Page, editor: EditorPage): Promise<number> {
  const frame = await editor.frame(page);
  return frame.evaluate(() => (window as DemoWindow).__demo?.published ?? 0);
}

/** `__demo.undo()`: undo through the editor's API. */
export async function undo(page: Page, editor: EditorPage): Promise<void> {
  const frame = await editor.frame(page);
  await frame.evaluate(() => (window as DemoWindow).__demo?.undo());
}

/**
 * Types `text` into the focused editor as a user would, each `\n` being an Enter key press.
 * After every Enter it waits two animation frames in the editor's frame: Trix re-renders on the
 * next frame, and text typed before that lands at a stale caret position (with plain
 * page.keyboard.type + press('Enter') + type, Trix sometimes puts the first character of the
 * new paragraph before the line break, e.g. "…。\n\n请\n与上述…").
 */
export async function typeText(page: Page, editor: EditorPage, text: string): Promise<void> {
  const frame = await editor.frame(page);
  for (const [index, line] of text.split('\n').entries()) {
    if (index > 0) {
      await page.keyboard.press('Enter');
      await frame.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
    }
    if (line !== '') await page.keyboard.type(line);
  }
}

/** Navigates to the editor page and waits until the editor is ready; returns its frame. */
export async function openEditor(page: Page, baseUrl: string, editor: EditorPage): Promise<Frame> {
  await page.goto(new URL(editor.path, baseUrl).href);
  return waitReady(page, editor);
}

type Target = (frame: Frame) => Locator;

/** The body of an editor's own iframe. */
const inIframe =
  (selector: string): Target =>
  (frame) =>
    frame.frameLocator(selector).locator('body');

interface Definition {
  name: string;
  path: string;
  editor: string;
  publish: PublishControl;
  disclosureRadios?: boolean;
  target: Target;
}

function define(definition: Definition): EditorPage {
  const { target } = definition;
  const page: EditorPage = {
    name: definition.name,
    path: definition.path,
    editor: definition.editor,
    publish: definition.publish,
    disclosureRadios: definition.disclosureRadios ?? false,
    frame: (p) => findDemoFrame(p),
    async editable(p) {
      return target(await page.frame(p));
    },
    async focus(p) {
      const frame = await waitReady(p, page);
      await target(frame).click();
      // Put the caret at the end of the content (the body is empty on a fresh page).
      await p.keyboard.press('Control+End');
    },
    async publishButton(p) {
      const frame = await page.frame(p);
      return frame.getByRole(definition.publish.role, {
        name: definition.publish.name,
        exact: true,
      });
    },
  };
  return page;
}

const SUBMIT: PublishControl = { role: 'button', name: '提交' };
const PUBLISH: PublishControl = { role: 'button', name: '发布' };
const SAVE_AND_PUBLISH: PublishControl = { role: 'button', name: '保存并发布' };
const SIGN: PublishControl = { role: 'link', name: '签发' };

/**
 * Every demo form, in the order `npm run demo` visits them.
 *
 * What `__demo.getText()` returns raw for "第一段文字，测试。⏎第二段" (readText normalises all of
 * these to "第一段文字，测试。\n第二段"):
 * - textarea, ckeditor5, ckeditor4, wangeditor, kindeditor: "…\n第二段" (the CKEditors and
 *   KindEditor through getData()/html() converted by demo/cms.js htmlToText);
 * - tinymce (getContent text), jodit (editor.text = innerText), ueditor-style (innerText):
 *   "…\n\n第二段", a paragraph break is a blank line;
 * - quill (getText), trix (toString): "…\n第二段\n", always a trailing newline; in Trix, Enter
 *   is a <br> inside the same block, not a new paragraph;
 * - kindeditor: html() turns U+3000 (ideographic space) into &emsp; (U+2003) and pretty-prints
 *   the HTML; its editor.text() runs paragraphs together and leaves entities undecoded.
 */
export const EDITOR_PAGES: EditorPage[] = [
  define({
    name: 'textarea',
    path: 'textarea.html',
    editor: 'textarea',
    publish: SUBMIT,
    target: (frame) => frame.locator('textarea#content'),
  }),
  define({
    name: 'tinymce',
    path: 'tinymce.html',
    editor: 'tinymce',
    publish: PUBLISH,
    target: inIframe('iframe.tox-edit-area__iframe'),
  }),
  define({
    name: 'ckeditor5',
    path: 'ckeditor5.html',
    editor: 'ckeditor5',
    publish: SAVE_AND_PUBLISH,
    disclosureRadios: true,
    target: (frame) => frame.locator('.ck-editor__editable[contenteditable="true"]'),
  }),
  define({
    name: 'ckeditor4',
    path: 'ckeditor4.html',
    editor: 'ckeditor4',
    publish: SIGN,
    target: inIframe('iframe.cke_wysiwyg_frame'),
  }),
  define({
    name: 'quill',
    path: 'quill.html',
    editor: 'quill',
    publish: SUBMIT,
    target: (frame) => frame.locator('.ql-editor'),
  }),
  define({
    name: 'wangeditor',
    path: 'wangeditor.html',
    editor: 'wangeditor',
    publish: PUBLISH,
    target: (frame) => frame.locator('[data-slate-editor]'),
  }),
  define({
    name: 'kindeditor',
    path: 'kindeditor.html',
    editor: 'kindeditor',
    publish: SAVE_AND_PUBLISH,
    disclosureRadios: true,
    target: inIframe('iframe.ke-edit-iframe'),
  }),
  define({
    name: 'jodit',
    path: 'jodit.html',
    editor: 'jodit',
    publish: SIGN,
    target: (frame) => frame.locator('.jodit-wysiwyg'),
  }),
  define({
    name: 'trix',
    path: 'trix.html',
    editor: 'trix',
    publish: PUBLISH,
    target: (frame) => frame.locator('trix-editor'),
  }),
  define({
    name: 'ueditor-style',
    path: 'ueditor-style.html',
    editor: 'ueditor',
    publish: SAVE_AND_PUBLISH,
    target: inIframe('iframe#ueditor_0'),
  }),
  define({
    // Header + nav frame + main frame (shell-main.html) → late-loaded frame → tinymce.html,
    // whose editor is TinyMCE's own iframe: the body is four documents deep.
    name: 'admin-shell',
    path: 'admin-shell.html',
    editor: 'tinymce',
    publish: PUBLISH,
    target: inIframe('iframe.tox-edit-area__iframe'),
  }),
  define({
    // ProseMirror, the core of Tiptap: contenteditable .ProseMirror, model-driven.
    name: 'prosemirror',
    path: 'prosemirror.html',
    editor: 'prosemirror',
    publish: SUBMIT,
    target: (frame) => frame.locator('#editor .ProseMirror'),
  }),
  define({
    // Lexical: contenteditable [data-lexical-editor], handles beforeinput itself.
    name: 'lexical',
    path: 'lexical.html',
    editor: 'lexical',
    publish: SUBMIT,
    target: (frame) => frame.locator('#editor'),
  }),
  define({
    // A page on localhost framing textarea.html from 127.0.0.1 (same port): a cross-origin frame.
    name: 'cross-origin',
    path: 'cross-origin.html',
    editor: 'textarea',
    publish: SUBMIT,
    target: (frame) => frame.locator('textarea#content'),
  }),
];

/** The EditorPage with this name (throws when there is none). */
export function editorPage(name: string): EditorPage {
  const found = EDITOR_PAGES.find((editor) => editor.name === name);
  if (!found) throw new Error(`no demo editor page named ${name}`);
  return found;
}
