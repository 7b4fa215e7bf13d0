/**
 * The gate before publishing: a click on the CMS's publish button (发布, 提交, 签发…, or the site
 * profile's selector) while block findings exist opens a dialog. Back to editing, or publish
 * anyway with a reason; then the CMS's own handler runs exactly as it would have.
 */
import { isPublishLabel } from '@/lib/page/field-labels';
import type { Finding } from '@/lib/engine/schema';
import { GATE_STYLE } from './ui-style';

export type GateChoice =
  { decision: 'back-to-edit' } | { decision: 'publish-anyway'; reason: string };

const CLICKABLE =
  'button, input[type=submit], input[type=button], input[type=image], a, [role=button]';

/** The visible name of a clickable control. */
export function controlLabel(el: Element): string {
  const input = el as HTMLInputElement;
  const text =
    el.localName === 'input'
      ? input.value || input.getAttribute('alt') || ''
      : (el.textContent ?? '');
  const name =
    text.replace(/\s+/g, '').trim() ||
    el.getAttribute('aria-label') ||
    el.getAttribute('title') ||
    '';
  return name.slice(0, 40);
}

/** The publish control an event targets, or null. */
export function publishControl(
  target: EventTarget | null,
  selectors: readonly string[],
): Element | null {
  if (!target || !(target as Node).nodeType) return null;
  const node = target as Node;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return null;
  for (const selector of selectors) {
    try {
      const hit = el.closest(selector);
      if (hit) return hit;
    } catch {
      // A bad selector in a profile is reported when it is saved; here it just does not match.
    }
  }
  const control = el.closest(CLICKABLE);
  if (!control) return null;
  return isPublishLabel(controlLabel(control)) ? control : null;
}

const SEVERITY_LABEL = { block: '阻断', warn: '警告', info: '提示' } as const;

/** Opens the gate dialog in `doc` and resolves with the user's choice. Esc goes back to editing. */
export function openGateDialog(
  doc: Document,
  findings: ReadonlyArray<Pick<Finding, 'severity' | 'message' | 'excerpt'>>,
  requireReason: boolean,
): Promise<GateChoice> {
  return new Promise((resolve) => {
    const host = doc.createElement('disclosure-review-gate');
    const shadow = host.attachShadow({ mode: 'closed' });
    const make = <K extends keyof HTMLElementTagNameMap>(
      tag: K,
      cls = '',
      text = '',
    ): HTMLElementTagNameMap[K] => {
      const el = doc.createElement(tag);
      if (cls) el.className = cls;
      if (text) el.textContent = text;
      return el;
    };
    const style = make('style');
    style.textContent = GATE_STYLE;
    const dialog = make('div', 'dialog');
    dialog.setAttribute('role', 'alertdialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-labelledby', 'gate-title');
    const title = make('h2', '', '发布前审查：发现需要处理的问题');
    title.id = 'gate-title';
    title.append(make('span', 'en', ' Blocking findings before publishing'));
    const intro = make(
      'p',
      '',
      `草稿中有 ${findings.length} 项阻断级问题。建议返回修改；确需发布的，请说明理由，该决定将记入审查日志。`,
    );
    const header = make('header');
    header.append(title, intro);
    const list = make('ul');
    for (const finding of findings.slice(0, 50)) {
      const li = make('li', '', `【${SEVERITY_LABEL[finding.severity]}】${finding.message}`);
      li.append(make('span', 'excerpt', finding.excerpt));
      list.append(li);
    }
    if (findings.length > 50) list.append(make('li', '', `……另有 ${findings.length - 50} 项`));
    const label = make('label', '', '仍然发布的理由 Reason for publishing anyway');
    label.htmlFor = 'gate-reason';
    const reason = make('textarea');
    reason.id = 'gate-reason';
    reason.placeholder = '例如：身份证号为单位统一社会信用代码的误报，已核实。';
    const hint = make('div', 'hint');
    hint.setAttribute('aria-live', 'polite');
    const back = make('button', 'back', '返回修改 Back to editing');
    back.type = 'button';
    const anyway = make('button', 'anyway', '仍然发布 Publish anyway');
    anyway.type = 'button';
    const footer = make('footer');
    footer.append(anyway, back);
    dialog.append(header, list, label, reason, hint, footer);
    const backdrop = make('div', 'backdrop');
    backdrop.append(dialog);
    shadow.append(style, backdrop);

    const previousFocus = doc.activeElement as HTMLElement | null;
    const finish = (choice: GateChoice): void => {
      host.remove();
      if (choice.decision === 'back-to-edit') previousFocus?.focus?.();
      resolve(choice);
    };
    back.addEventListener('click', () => finish({ decision: 'back-to-edit' }));
    anyway.addEventListener('click', () => {
      const text = reason.value.trim();
      if (requireReason && text.length < 4) {
        hint.textContent = '请填写至少 4 个字的理由。Please give a reason (4+ characters).';
        reason.focus();
        return;
      }
      finish({ decision: 'publish-anyway', reason: text });
    });
    shadow.addEventListener('keydown', (event) => {
      const key = (event as KeyboardEvent).key;
      if (key === 'Escape') {
        event.preventDefault();
        finish({ decision: 'back-to-edit' });
      } else if (key === 'Tab') {
        // Keep focus inside the dialog.
        const focusables = [reason, anyway, back];
        const index = focusables.indexOf(shadow.activeElement as never);
        const next = (event as KeyboardEvent).shiftKey ? index - 1 : index + 1;
        event.preventDefault();
        focusables[(next + focusables.length) % focusables.length]!.focus();
      }
      event.stopPropagation();
    });
    // Keystrokes inside the dialog must not reach the CMS page's shortcuts.
    shadow.addEventListener('keyup', (event) => event.stopPropagation());
    shadow.addEventListener('keypress', (event) => event.stopPropagation());
    doc.documentElement.append(host);
    back.focus();
  });
}
