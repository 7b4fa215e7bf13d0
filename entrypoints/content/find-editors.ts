/**
 * Finds the drafts on a page: textareas, contenteditable editors and iframe/designMode editors,
 * in this document and in every same-origin frame below it (UEditor's `javascript:` frame and
 * TinyMCE's srcdoc frame included: they are reached through `contentDocument`, since a manifest
 * content script may not run in them).
 */
import type { SiteProfile } from '@/lib/sites/site-profile';

export type DraftTarget =
  | { kind: 'textarea'; doc: Document; el: HTMLTextAreaElement }
  | { kind: 'editable'; doc: Document; el: HTMLElement };

/** Tag names of our own elements, never read as drafts. */
export const OWN_TAGS = [
  'disclosure-review',
  'disclosure-review-marks',
  'disclosure-review-gate',
  'disclosure-review-picker',
];
const MAX_FRAME_DEPTH = 8;

/** The document of a frame element when the same-origin policy lets us in, else null. */
export function frameDocument(frame: Element): Document | null {
  try {
    const doc = (frame as HTMLIFrameElement).contentDocument;
    return doc && doc.documentElement ? doc : null;
  } catch {
    return null;
  }
}

/** This document and every same-origin frame document below it, parents first. */
export function accessibleDocuments(root: Document): Document[] {
  const docs: Document[] = [];
  const visit = (doc: Document, depth: number): void => {
    docs.push(doc);
    if (depth >= MAX_FRAME_DEPTH) return;
    for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
      const child = frameDocument(frame);
      if (child && !docs.includes(child)) visit(child, depth + 1);
    }
  };
  visit(root, 0);
  return docs;
}

function isOwn(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (OWN_TAGS.includes(node.localName)) return true;
  }
  return false;
}

/** Rendered and big enough to be where a document is written (not a one-line search box). */
function isDraftSized(el: Element, minHeight: number): boolean {
  const rect = el.getBoundingClientRect();
  if (rect.width < 80 || rect.height < minHeight) return false;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !style || (style.visibility !== 'hidden' && style.display !== 'none');
}

function isEditableRoot(el: HTMLElement): boolean {
  if (!el.isContentEditable) return false;
  const parent = el.parentElement;
  return !parent || !parent.isContentEditable;
}

/** The body of a designMode or contenteditable-body document (TinyMCE, CKEditor 4, KindEditor, UEditor). */
function frameEditorBody(doc: Document): HTMLElement | null {
  const body = doc.body;
  if (!body) return null;
  return doc.designMode === 'on' || body.isContentEditable ? body : null;
}

function targetFor(el: Element): DraftTarget | null {
  const doc = el.ownerDocument;
  if (el.localName === 'iframe' || el.localName === 'frame') {
    const inner = frameDocument(el);
    const body = inner && frameEditorBody(inner);
    return body ? { kind: 'editable', doc: inner, el: body } : null;
  }
  if (el.localName === 'textarea') return { kind: 'textarea', doc, el: el as HTMLTextAreaElement };
  const html = el as HTMLElement;
  return html.isContentEditable ? { kind: 'editable', doc, el: html } : null;
}

/** Drafts in one document (frames are separate documents, see accessibleDocuments). */
function findInDocument(doc: Document, bodySelector: string | undefined): DraftTarget[] {
  if (bodySelector) {
    let matches: Element[] = [];
    try {
      matches = Array.from(doc.querySelectorAll(bodySelector));
    } catch {
      return [];
    }
    return matches.map(targetFor).filter((t): t is DraftTarget => t !== null);
  }
  const frameBody = frameEditorBody(doc);
  // An editor frame's whole body is the draft; the frame element itself was size-checked by its parent.
  if (frameBody && doc.defaultView !== doc.defaultView?.top) {
    const frame = doc.defaultView?.frameElement;
    if (!frame || isDraftSized(frame, 40)) return [{ kind: 'editable', doc, el: frameBody }];
    return [];
  }
  const found: DraftTarget[] = [];
  for (const el of Array.from(
    doc.querySelectorAll<HTMLElement>('textarea, [contenteditable], trix-editor'),
  )) {
    if (isOwn(el)) continue;
    if (el.localName === 'textarea') {
      const area = el as HTMLTextAreaElement;
      if (area.readOnly || area.disabled || !isDraftSized(area, 60)) continue;
      found.push({ kind: 'textarea', doc, el: area });
    } else if (isEditableRoot(el) && isDraftSized(el, 30)) {
      found.push({ kind: 'editable', doc, el });
    }
  }
  return found;
}

/** Every draft on the page below `root`, in document order, frames included. */
export function findDrafts(root: Document, profile: SiteProfile | null): DraftTarget[] {
  const drafts: DraftTarget[] = [];
  for (const doc of accessibleDocuments(root)) {
    for (const target of findInDocument(doc, profile?.body)) {
      if (!drafts.some((d) => d.el === target.el)) drafts.push(target);
    }
  }
  return drafts;
}

/** Whether this frame's script is in charge: the top frame, or a frame its parent cannot reach. */
export function isRootFrame(win: Window): boolean {
  if (win === win.top) return true;
  try {
    // Throws (or gives null) when the parent is cross-origin: then nobody above can reach us.
    return !win.parent.document;
  } catch {
    return true;
  }
}
