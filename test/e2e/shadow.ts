import type { CDPSession, Page } from '@playwright/test';

/**
 * Our in-page UI lives in closed shadow roots, which page scripts (and Playwright's selectors)
 * cannot enter. DevTools can: these helpers use the Chrome DevTools Protocol to find elements
 * inside them and click where a user would click.
 */

interface CdpNode {
  nodeId: number;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

const sessions = new WeakMap<Page, CDPSession>();

async function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

function findHost(node: CdpNode, hostTag: string): CdpNode | null {
  if (node.localName === hostTag) return node;
  for (const child of node.children ?? []) {
    const found = findHost(child, hostTag);
    if (found) return found;
  }
  return null;
}

/** Node ids of the elements matching `selector` inside the shadow root of `<hostTag>` in the top document. */
export async function shadowQueryAll(
  page: Page,
  selector: string,
  hostTag = 'disclosure-review',
): Promise<number[]> {
  const session = await cdp(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: CdpNode;
  };
  const host = findHost(root, hostTag);
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) return [];
  const { nodeIds } = (await session.send('DOM.querySelectorAll', {
    nodeId: shadow.nodeId,
    selector,
  })) as {
    nodeIds: number[];
  };
  return nodeIds;
}

/** The text content of each element matching `selector` in our shadow UI. */
export async function shadowTexts(
  page: Page,
  selector: string,
  hostTag = 'disclosure-review',
): Promise<string[]> {
  const session = await cdp(page);
  const ids = await shadowQueryAll(page, selector, hostTag);
  const texts: string[] = [];
  for (const nodeId of ids) {
    const { object } = (await session.send('DOM.resolveNode', { nodeId })) as {
      object: { objectId: string };
    };
    const { result } = (await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { return this.textContent; }',
      returnByValue: true,
    })) as { result: { value: string } };
    texts.push(result.value);
  }
  return texts;
}

/** Clicks the nth element matching `selector` in our shadow UI, with the mouse, like a user. */
export async function shadowClick(
  page: Page,
  selector: string,
  nth = 0,
  hostTag = 'disclosure-review',
): Promise<void> {
  const session = await cdp(page);
  const ids = await shadowQueryAll(page, selector, hostTag);
  const nodeId = ids[nth];
  if (nodeId === undefined)
    throw new Error(`no ${selector} (#${nth}) in <${hostTag}>'s shadow root`);
  await session.send('DOM.scrollIntoViewIfNeeded', { nodeId });
  const { model } = (await session.send('DOM.getBoxModel', { nodeId })) as {
    model: { border: number[] };
  };
  const [x1, y1, x2, , , y3] = model.border;
  await page.mouse.click((x1! + x2!) / 2, (y1! + y3!) / 2);
}

/** Waits until `selector` matches in our shadow UI. */
export async function waitForShadow(
  page: Page,
  selector: string,
  hostTag = 'disclosure-review',
  timeout = 5000,
): Promise<void> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if ((await shadowQueryAll(page, selector, hostTag)).length > 0) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`timed out waiting for ${selector} in <${hostTag}>`);
}
