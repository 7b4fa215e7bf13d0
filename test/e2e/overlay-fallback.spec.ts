import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { serveTestPages, TEST_SITE } from './pages';

/**
 * Firefox ESR 128 has no CSS Custom Highlight API (Firefox 140 has), so the in-page review draws
 * its underlines in an overlay there. Chromium cannot switch the API off (no Blink flag), and
 * the extension ships no switch for tests, so this runs the content script's ReviewSession in
 * an ordinary page whose `Highlight` was removed, with the real engine answering its review
 * requests in place of the background.
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const MOBILE = '13812345678';

async function sessionBundle(): Promise<string> {
  const result = await build({
    stdin: {
      // The background's part: the engine answers review requests.
      contents: `import { ReviewSession } from './entrypoints/content/session';
        import { reviewDraft } from './lib/engine/review';
        const send = async (message) => {
          if (message.type !== 'content→bg:review') return null;
          const result = reviewDraft({ ...message.draft, target: 'public-website' });
          const { profile, documentClass, findings } = result;
          return { ok: true, profile, documentClass, findings };
        };
        new ReviewSession(window, null, { send }).start();`,
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    alias: { '@': repoRoot },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

interface CdpNode {
  nodeId: number;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findNode(node: CdpNode, localName: string): CdpNode | null {
  if (node.localName === localName) return node;
  for (const child of node.children ?? []) {
    const found = findNode(child, localName);
    if (found) return found;
  }
  return null;
}

/** Viewport rectangles of the overlay's block boxes (inside its closed shadow root, via CDP). */
async function markRects(page: Page): Promise<DOMRect[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: CdpNode;
    };
    const shadow = findNode(root, 'disclosure-review-marks')?.shadowRoots?.[0];
    if (!shadow) return [];
    // Read every box in one call inside the page, so a redraw between steps cannot leave us
    // holding nodes that are gone.
    const { object } = (await session.send('DOM.resolveNode', { nodeId: shadow.nodeId })) as {
      object: { objectId: string };
    };
    const { result } = (await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration:
        "function () { return [...this.querySelectorAll('.mark.block')].map((m) => m.getBoundingClientRect().toJSON()); }",
      returnByValue: true,
    })) as { result: { value: DOMRect[] } };
    return result.value;
  } finally {
    await session.detach();
  }
}

/** Where the mobile number is drawn in the editor. */
async function numberRect(page: Page): Promise<DOMRect> {
  return page.evaluate((mobile) => {
    const text = document.querySelector('#body p')!.firstChild as Text;
    const range = document.createRange();
    const start = text.data.indexOf(mobile);
    range.setStart(text, start);
    range.setEnd(text, start + mobile.length);
    return range.getBoundingClientRect().toJSON() as DOMRect;
  }, MOBILE);
}

async function openWithSession(page: Page, withoutHighlightApi: boolean): Promise<void> {
  await serveTestPages(page.context());
  if (withoutHighlightApi) {
    await page.addInitScript(() => {
      delete (window as { Highlight?: unknown }).Highlight;
    });
  }
  await page.goto(`${TEST_SITE}plain-editor.html`);
  await page.addScriptTag({ content: await sessionBundle() });
  await page.waitForFunction(
    () => document.querySelector('disclosure-review')?.getAttribute('data-status') === 'block',
  );
}

test('without the highlight API the overlay underlines the finding in place', async ({
  plainContext,
}) => {
  const page = await plainContext.newPage();
  await openWithSession(page, true);
  expect(await page.evaluate(() => typeof (window as { Highlight?: unknown }).Highlight)).toBe(
    'undefined',
  );
  await expect.poll(async () => (await markRects(page)).length).toBeGreaterThan(0);
  const number = await numberRect(page);
  // One of the boxes covers the number: same line, same horizontal extent (±2 px).
  const boxes = await markRects(page);
  const covering = boxes.filter(
    (box) =>
      Math.abs(box.left - number.left) <= 2 &&
      Math.abs(box.right - number.right) <= 2 &&
      Math.abs(box.top - number.top) <= 4,
  );
  expect(covering).toHaveLength(1);
  // Nothing was written into the editor.
  expect((await page.locator('#body').innerHTML()).trim()).toBe(
    `<p>病例张某某，联系电话：${MOBILE}，现住某某小区。</p>`,
  );
  await page.screenshot({ path: path.join(repoRoot, '.scratch/overlay-fallback.png') });

  // The overlay follows the text when the layout moves it.
  await page.evaluate(() => {
    document.body.style.paddingTop = '40px';
  });
  await page.evaluate(() => window.dispatchEvent(new Event('resize')));
  await expect
    .poll(async () => {
      const moved = await numberRect(page);
      return (await markRects(page)).some((box) => Math.abs(box.top - moved.top) <= 4);
    })
    .toBe(true);
});

test('with the highlight API the editor is underlined by the browser, not the overlay', async ({
  plainContext,
}) => {
  const page = await plainContext.newPage();
  await openWithSession(page, false);
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
  expect(await markRects(page)).toHaveLength(0);
});
