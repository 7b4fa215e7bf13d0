/**
 * Underlines findings with the CSS Custom Highlight API: no markup goes into the editor, the
 * browser paints the ranges. The registry is per document, so an iframe editor gets its own
 * highlights and its own stylesheet (adopted, so even the iframe's <head> is left alone).
 */
import type { Severity } from '@/lib/engine/schema';
import { HIGHLIGHT_STYLE } from './ui-style';

type HighlightWindow = Window & {
  Highlight?: new (...ranges: Range[]) => unknown;
  CSS?: { highlights?: Map<string, unknown> };
  CSSStyleSheet: typeof CSSStyleSheet;
};

const NAMES: Record<Severity, string> = {
  block: 'disclosure-review-block',
  warn: 'disclosure-review-warn',
  info: 'disclosure-review-info',
};

/** Whether a document can show highlights (Chrome/Edge 105+, Firefox 140+). */
export function supportsHighlights(doc: Document): boolean {
  const win = doc.defaultView as HighlightWindow | null;
  return !!win && typeof win.Highlight === 'function' && !!win.CSS?.highlights;
}

export type RangesBySeverity = Record<Severity, Range[]>;

const styled = new WeakSet<Document>();

function installStyle(doc: Document): void {
  if (styled.has(doc)) return;
  const win = doc.defaultView as HighlightWindow;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_STYLE);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    styled.add(doc);
  } catch {
    // A page that froze adoptedStyleSheets: the underline is lost, the list still works.
  }
}

/** Shows exactly these ranges in each document; documents left out are cleared. */
export class Highlights {
  private docs = new Set<Document>();

  show(byDoc: Map<Document, RangesBySeverity>): void {
    for (const doc of this.docs) {
      if (!byDoc.has(doc)) this.clear(doc);
    }
    this.docs = new Set();
    for (const [doc, ranges] of byDoc) {
      if (!supportsHighlights(doc)) continue;
      installStyle(doc);
      const win = doc.defaultView as HighlightWindow;
      for (const severity of Object.keys(NAMES) as Severity[]) {
        const list = ranges[severity];
        if (list.length === 0) win.CSS!.highlights!.delete(NAMES[severity]);
        else win.CSS!.highlights!.set(NAMES[severity], new win.Highlight!(...list));
      }
      this.docs.add(doc);
    }
  }

  clearAll(): void {
    for (const doc of this.docs) this.clear(doc);
    this.docs.clear();
  }

  private clear(doc: Document): void {
    const win = doc.defaultView as HighlightWindow | null;
    try {
      for (const name of Object.values(NAMES)) win?.CSS?.highlights?.delete(name);
    } catch {
      // The frame is gone.
    }
  }
}
