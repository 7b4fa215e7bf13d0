/**
 * Reads the text of a contenteditable editor the way a reader sees it (paragraphs on their own
 * lines) and keeps, for every character, the text node it came from, so that a finding's
 * offsets become a DOM Range for highlighting, scrolling and masking. Read only: the editor's
 * DOM is never modified.
 */

/** Elements whose content starts on a new line. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
/** Elements whose text is not part of the document. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'OBJECT']);

interface Segment {
  node: Text;
  /** Offset of the node's first character in the extracted text. */
  start: number;
}

/** An editor's text with its map back to text nodes. */
export interface DomText {
  text: string;
  segments: Segment[];
}

/** Extracts an editable root's text: text nodes in order, blocks and <br> as line breaks. */
export function readDomText(root: Element): DomText {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let lastChar = '\n';
  const push = (value: string): void => {
    if (!value) return;
    parts.push(value);
    length += value.length;
    lastChar = value[value.length - 1]!;
  };
  const newline = (): void => {
    if (lastChar !== '\n' && length > 0) push('\n');
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child as Text;
        if (!text.data) continue;
        segments.push({ node: text, start: length });
        push(text.data);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (SKIPPED_TAGS.has(tag)) continue;
        if (tag === 'BR') {
          push('\n');
          continue;
        }
        const block = BLOCK_TAGS.has(tag);
        if (block) newline();
        walk(el);
        if (block) newline();
      }
    }
  };
  walk(root);
  return { text: parts.join(''), segments };
}

/** The segment holding offset `at`; `preferEnd` picks the earlier node at a boundary (for range ends). */
function segmentAt(dom: DomText, at: number, preferEnd: boolean): Segment | null {
  const { segments } = dom;
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid]!;
    if (preferEnd ? seg.start < at : seg.start <= at) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0) return null;
  const seg = segments[found]!;
  const inside = preferEnd
    ? at <= seg.start + seg.node.data.length
    : at < seg.start + seg.node.data.length;
  if (inside) return seg;
  // The offset is a virtual line break between nodes: snap to the next node's start.
  const next = segments[found + 1];
  return !preferEnd && next ? next : preferEnd ? seg : null;
}

/**
 * A live DOM Range over [start, end) of the extracted text, or null when the text changed so
 * much that the offsets no longer land in the same nodes.
 */
export function rangeForOffsets(dom: DomText, start: number, end: number): Range | null {
  const first = segmentAt(dom, start, false);
  const last = segmentAt(dom, end, true);
  if (!first || !last) return null;
  const doc = first.node.ownerDocument;
  if (!first.node.isConnected || !last.node.isConnected) return null;
  const startOffset = Math.max(0, Math.min(start - first.start, first.node.data.length));
  const endOffset = Math.max(0, Math.min(end - last.start, last.node.data.length));
  const range = doc.createRange();
  try {
    range.setStart(first.node, startOffset);
    range.setEnd(last.node, endOffset);
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}
