/**
 * The `<disclosure-review>` element: one per top-level page, a closed shadow root holding a
 * compact badge with counts that opens the list of findings. Its `data-status` (clean, warn,
 * block) and `data-findings` attributes are a public contract for automation (README). The page
 * can neither style its insides (closed shadow, `!important` host rules) nor keep our attributes
 * changed (they are put back at once).
 */
import { findingMessage } from '@/components/finding-message';
import { t, uiLanguageTag } from '@/components/i18n';
import { severityLabel } from '@/components/severity';
import type { Severity } from '@/lib/engine/schema';
import type { ReportedFinding } from '@/lib/page/messages';
import { HOST_STYLE } from './ui-style';

export type PageStatus = 'clean' | 'warn' | 'block';

/** A finding as the badge lists it; frameId is set for findings reported by another frame. */
export interface BadgeFinding extends ReportedFinding {
  frameId?: number;
}

export interface BadgeActions {
  reveal(finding: BadgeFinding): void;
  mask(finding: BadgeFinding): void;
  pickSiteProfile(): void;
  disableSite(): void;
}

const SEVERITY_ORDER: Record<Severity, number> = { block: 0, warn: 1, info: 2 };
/** Findings listed at most: a list of thousands helps nobody and costs the page a long task. */
const MAX_LISTED = 200;

function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value !== undefined) el.setAttribute(key, value);
  }
  el.append(...children);
  return el;
}

/** Status of a set of findings: any block finding blocks; warnings warn; info alone is clean. */
export function statusOf(findings: ReadonlyArray<{ severity: Severity }>): PageStatus {
  if (findings.some((f) => f.severity === 'block')) return 'block';
  if (findings.some((f) => f.severity === 'warn')) return 'warn';
  return 'clean';
}

export class Badge {
  readonly host: HTMLElement;
  private shadow: ShadowRoot;
  private button: HTMLButtonElement;
  private panel: HTMLElement;
  private list: HTMLUListElement;
  private statusLine: HTMLElement;
  private findings: BadgeFinding[] = [];
  private pending = true;
  private attrs: Record<string, string> = {};
  private guard: MutationObserver;

  constructor(
    private doc: Document,
    private actions: BadgeActions,
  ) {
    this.host = doc.createElement('disclosure-review');
    this.shadow = this.host.attachShadow({ mode: 'closed' });
    const style = h(doc, 'style', {}, HOST_STYLE);
    this.button = h(doc, 'button', {
      class: 'badge',
      type: 'button',
      'aria-expanded': 'false',
      'aria-haspopup': 'dialog',
      title: t('extName'),
    });
    this.list = h(doc, 'ul', { class: 'list', role: 'list' });
    this.statusLine = h(doc, 'div', {
      class: 'status-line',
      role: 'status',
      'aria-live': 'polite',
    });
    const close = h(
      doc,
      'button',
      { class: 'close', type: 'button', 'aria-label': t('content_close') },
      '×',
    );
    const pick = h(doc, 'button', { type: 'button' }, t('content_pick_fields'));
    const disable = h(doc, 'button', { type: 'button' }, t('content_disable_site'));
    this.panel = h(
      doc,
      'section',
      { class: 'panel', role: 'dialog', 'aria-label': t('content_findings'), hidden: '' },
      h(doc, 'header', {}, h(doc, 'h2', {}, t('extName')), close),
      this.statusLine,
      this.list,
      h(doc, 'footer', {}, pick, disable),
    );
    // The page's language may differ from the UI's: say which one this text is in.
    const root = h(doc, 'div', { class: 'root', lang: uiLanguageTag() }, this.panel, this.button);
    this.shadow.append(style, root);

    this.button.addEventListener('click', () => this.toggle());
    close.addEventListener('click', () => this.toggle(false));
    pick.addEventListener('click', () => {
      this.toggle(false);
      this.actions.pickSiteProfile();
    });
    disable.addEventListener('click', () => {
      if (doc.defaultView?.confirm(t('content_disable_confirm'))) {
        this.actions.disableSite();
      }
    });
    this.shadow.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape' && !this.panel.hidden) {
        event.stopPropagation();
        this.toggle(false);
      }
    });
    // Put back what a page script changes on our element.
    this.guard = new MutationObserver(() => this.restore());
    this.render(true);
  }

  /** Shows the current findings; `pending` while a review is on its way. */
  update(findings: BadgeFinding[], pending: boolean): void {
    this.findings = [...findings].sort(
      (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
    );
    this.render(pending);
  }

  /** Marks a review as pending or done without rebuilding the list (called on every keystroke). */
  setPending(pending: boolean): void {
    if (this.pending === pending) return;
    this.pending = pending;
    this.setAttrs({ ...this.attrs, 'aria-busy': String(pending) });
    this.button.dataset.status = pending ? 'pending' : statusOf(this.findings);
    this.statusLine.textContent = this.statusText(pending);
  }

  private statusText(pending: boolean): string {
    return pending ? t('content_checking') : t('content_count', this.findings.length);
  }

  /** Keeps the element in the page and its attributes ours. */
  mount(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    this.guard.disconnect();
    this.guard.observe(this.host, { attributes: true });
    this.guard.observe(this.doc.documentElement, { childList: true });
  }

  remove(): void {
    this.guard.disconnect();
    this.host.remove();
  }

  private restore(): void {
    if (!this.host.isConnected) {
      this.doc.documentElement.append(this.host);
    }
    for (const name of this.host.getAttributeNames()) {
      if (!(name in this.attrs)) this.host.removeAttribute(name);
    }
    for (const [name, value] of Object.entries(this.attrs)) {
      if (this.host.getAttribute(name) !== value) this.host.setAttribute(name, value);
    }
  }

  private setAttrs(attrs: Record<string, string>): void {
    this.attrs = attrs;
    this.guard.disconnect();
    this.restore();
    if (this.host.isConnected) {
      this.guard.observe(this.host, { attributes: true });
      this.guard.observe(this.doc.documentElement, { childList: true });
    }
  }

  private toggle(open = this.panel.hidden): void {
    this.panel.hidden = !open;
    this.button.setAttribute('aria-expanded', String(open));
    if (open) (this.list.querySelector('button') ?? this.panel.querySelector('button'))?.focus();
    else this.button.focus();
  }

  private render(pending: boolean): void {
    this.pending = pending;
    const doc = this.doc;
    const status = statusOf(this.findings);
    this.setAttrs({
      'data-status': status,
      'data-findings': String(this.findings.length),
      // While a review is on its way the attributes still describe the last finished one.
      'aria-busy': String(pending),
      'aria-label': t('extName'),
    });
    const blocks = this.findings.filter((f) => f.severity === 'block').length;
    const warns = this.findings.filter((f) => f.severity === 'warn').length;
    this.button.dataset.status = pending ? 'pending' : status;
    const counts: Array<Node | string> = [];
    if (blocks) {
      counts.push(h(doc, 'span', { class: 'count-block' }, `${severityLabel('block')} ${blocks}`));
    }
    if (warns)
      counts.push(h(doc, 'span', { class: 'count-warn' }, `${severityLabel('warn')} ${warns}`));
    const infos = this.findings.length - blocks - warns;
    if (infos) counts.push(h(doc, 'span', {}, `${severityLabel('info')} ${infos}`));
    if (counts.length === 0) counts.push(pending ? t('content_checking') : t('content_clean'));
    this.button.replaceChildren(
      h(doc, 'span', { class: 'dot', 'aria-hidden': 'true' }),
      t('content_badge'),
      ...counts,
    );
    this.statusLine.textContent = this.statusText(pending);
    if (this.findings.length === 0) {
      this.list.replaceChildren(h(doc, 'li', { class: 'empty' }, t('content_none')));
      return;
    }
    const shown = this.findings.slice(0, MAX_LISTED);
    const more = this.findings.length - shown.length;
    this.list.replaceChildren(
      ...shown.map((finding) => {
        const main = h(
          doc,
          'button',
          {
            class: 'main',
            type: 'button',
            title: finding.canReveal ? t('content_reveal') : '',
          },
          h(doc, 'span', { class: 'msg' }, findingMessage(finding)),
          h(doc, 'span', { class: 'excerpt' }, finding.excerpt),
        );
        main.addEventListener('click', () => this.actions.reveal(finding));
        const item = h(
          doc,
          'li',
          { class: 'item' },
          h(doc, 'span', { class: `sev sev-${finding.severity}` }, severityLabel(finding.severity)),
          main,
        );
        if (finding.canMask) {
          const mask = h(
            doc,
            'button',
            {
              class: 'mask',
              type: 'button',
              title: t('content_mask_title'),
            },
            t('content_mask'),
          );
          mask.addEventListener('click', () => this.actions.mask(finding));
          item.append(mask);
        }
        return item;
      }),
      ...(more > 0 ? [h(doc, 'li', { class: 'empty' }, t('content_more', more))] : []),
    );
  }
}
