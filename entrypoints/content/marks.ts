/**
 * The overlay: boxes drawn in a fixed layer above the page, for what the highlight API cannot
 * reach (a textarea's text is not in the DOM) or where it is missing (older Firefox ESR).
 * A textarea's text positions are measured on a mirror element with the textarea's styles.
 */
import type { Severity } from '@/lib/engine/schema';
import { MARKS_STYLE } from './ui-style';

export interface MarkBox {
  severity: Severity;
  rect: { left: number; top: number; width: number; height: number };
}

/** Offset of a document's viewport inside the root document's viewport, and its visible clip. */
export function frameOffset(
  doc: Document,
  root: Document,
): { x: number; y: number; clip: DOMRect | null } | null {
  let x = 0;
  let y = 0;
  let clip: DOMRect | null = null;
  for (let current = doc; current !== root;) {
    const frame = current.defaultView?.frameElement as HTMLElement | null | undefined;
    if (!frame) return null;
    const rect = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    const padLeft = parseFloat(style?.paddingLeft ?? '0') || 0;
    const padTop = parseFloat(style?.paddingTop ?? '0') || 0;
    x += rect.left + frame.clientLeft + padLeft;
    y += rect.top + frame.clientTop + padTop;
    clip = clip ?? rect;
    current = frame.ownerDocument;
  }
  return { x, y, clip };
}

function toRoot(
  rects: Iterable<DOMRect>,
  doc: Document,
  root: Document,
  severity: Severity,
  out: MarkBox[],
  clipTo?: DOMRect,
): void {
  const offset = frameOffset(doc, root);
  if (!offset) return;
  for (const r of rects) {
    if (r.width === 0 && r.height === 0) continue;
    if (
      clipTo &&
      (r.bottom < clipTo.top ||
        r.top > clipTo.bottom ||
        r.right < clipTo.left ||
        r.left > clipTo.right)
    ) {
      continue;
    }
    out.push({
      severity,
      rect: { left: r.left + offset.x, top: r.top + offset.y, width: r.width, height: r.height },
    });
  }
}

/** Boxes for DOM ranges (the fallback where the highlight API is missing). */
export function rangeBoxes(
  ranges: ReadonlyArray<{ range: Range; severity: Severity }>,
  root: Document,
  out: MarkBox[],
): void {
  for (const { range, severity } of ranges) {
    const doc = range.startContainer.ownerDocument;
    if (!doc) continue;
    toRoot(Array.from(range.getClientRects()), doc, root, severity, out);
  }
}

const MIRRORED = [
  'direction',
  'boxSizing',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'fontSize',
  'fontSizeAdjust',
  'lineHeight',
  'fontFamily',
  'textAlign',
  'textTransform',
  'textIndent',
  'letterSpacing',
  'wordSpacing',
  'tabSize',
  'wordBreak',
  'overflowWrap',
  'whiteSpace',
] as const;

/** The fixed overlay layer of one root document. */
export class MarksLayer {
  private host: HTMLElement;
  private shadow: ShadowRoot;
  private layer: HTMLElement;
  private mirror: HTMLElement;

  constructor(private doc: Document) {
    this.host = doc.createElement('disclosure-review-marks');
    this.shadow = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = MARKS_STYLE;
    this.layer = doc.createElement('div');
    this.mirror = doc.createElement('div');
    this.mirror.className = 'mirror';
    this.shadow.append(style, this.layer, this.mirror);
  }

  private attach(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
  }

  /** Boxes for spans of a textarea's value, measured on a mirror with the textarea's styles. */
  textareaBoxes(
    area: HTMLTextAreaElement,
    spans: ReadonlyArray<{ start: number; end: number; severity: Severity }>,
    out: MarkBox[],
  ): void {
    if (spans.length === 0) return;
    this.attach();
    const win = area.ownerDocument.defaultView;
    const style = win?.getComputedStyle(area);
    if (!style) return;
    const mirror = this.mirror;
    for (const prop of MIRRORED) mirror.style[prop] = style[prop];
    mirror.style.whiteSpace = 'pre-wrap';
    mirror.style.boxSizing = 'content-box';
    const padX = (parseFloat(style.paddingLeft) || 0) + (parseFloat(style.paddingRight) || 0);
    mirror.style.width = `${area.clientWidth - padX}px`;
    mirror.style.height = 'auto';
    mirror.style.borderStyle = 'solid';
    mirror.style.borderColor = 'transparent';
    const value = area.value;
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    const parts: Node[] = [];
    const marks: Array<{ el: HTMLElement; severity: Severity }> = [];
    let at = 0;
    for (const span of sorted) {
      if (span.start < at || span.end > value.length) continue;
      parts.push(this.doc.createTextNode(value.slice(at, span.start)));
      const el = this.doc.createElement('span');
      el.textContent = value.slice(span.start, span.end);
      parts.push(el);
      marks.push({ el, severity: span.severity });
      at = span.end;
    }
    parts.push(this.doc.createTextNode(value.slice(at) + '\u200b'));
    mirror.replaceChildren(...parts);
    const mirrorRect = mirror.getBoundingClientRect();
    const areaRect = area.getBoundingClientRect();
    const shift = new DOMRect(
      areaRect.left - mirrorRect.left - area.scrollLeft,
      areaRect.top - mirrorRect.top - area.scrollTop,
    );
    // Only what shows inside the textarea's own box (its text scrolls under the overlay).
    const visible = new DOMRect(
      areaRect.left + area.clientLeft,
      areaRect.top + area.clientTop,
      area.clientWidth,
      area.clientHeight,
    );
    for (const { el, severity } of marks) {
      const rects = Array.from(el.getClientRects()).map(
        (r) => new DOMRect(r.left + shift.x, r.top + shift.y, r.width, r.height),
      );
      const inside = rects
        .map((r) => {
          const left = Math.max(r.left, visible.left);
          const right = Math.min(r.right, visible.right);
          const top = Math.max(r.top, visible.top);
          const bottom = Math.min(r.bottom, visible.bottom);
          return right > left && bottom > top
            ? new DOMRect(left, top, right - left, bottom - top)
            : null;
        })
        .filter((r): r is DOMRect => r !== null);
      toRoot(inside, area.ownerDocument, this.doc, severity, out);
    }
    mirror.replaceChildren();
  }

  draw(boxes: readonly MarkBox[]): void {
    if (boxes.length === 0 && !this.host.isConnected) return;
    this.attach();
    const nodes = boxes.map((box) => {
      const el = this.doc.createElement('div');
      el.className = `mark ${box.severity}`;
      el.style.left = `${box.rect.left}px`;
      el.style.top = `${box.rect.top}px`;
      el.style.width = `${box.rect.width}px`;
      el.style.height = `${box.rect.height}px`;
      return el;
    });
    this.layer.replaceChildren(...nodes);
  }

  remove(): void {
    this.host.remove();
  }
}
