/**
 * The gate before publishing: a click on the CMS's publish button (发布, 提交, 签发…, or the site
 * profile's selector) while block findings exist opens a dialog. Back to editing, or publish
 * anyway (with a reason, unless the administrator's policy says otherwise); then the CMS's own
 * handler runs exactly as it would have. The policy's gateMode decides how strict it is.
 */
import { browser } from 'wxt/browser';
import { t } from '@/components/i18n';
import { isPublishLabel } from '@/lib/page/field-labels';
import type { Finding } from '@/lib/engine/schema';
import { DEFAULT_GATE_MODE, gateModeFrom, type GateMode } from '@/lib/policy/gate-mode';
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

const SEVERITY_KEY = {
  block: 'gate_severity_block',
  warn: 'gate_severity_warn',
  info: 'gate_severity_info',
} as const;

/** The gate's strictness from the administrator's policy (reason-required without one). */
export async function readGateMode(): Promise<GateMode> {
  try {
    const { gateMode } = await browser.storage.managed.get('gateMode');
    return gateModeFrom(gateMode);
  } catch {
    // No managed storage (Firefox without policies.json, or the extension was reloaded).
    return DEFAULT_GATE_MODE;
  }
}

/**
 * Opens the gate dialog in `doc` and resolves with the user's choice. Esc goes back to editing.
 * `mode` defaults to the policy's gateMode (read when the dialog opens, so a changed policy
 * applies at once); `true` is the same as leaving it out.
 */
export async function openGateDialog(
  doc: Document,
  findings: ReadonlyArray<Pick<Finding, 'severity' | 'message' | 'excerpt'>>,
  mode?: GateMode | true,
): Promise<GateChoice> {
  const gateMode = mode === undefined || mode === true ? await readGateMode() : mode;
  return showGateDialog(doc, findings, gateMode);
}

function showGateDialog(
  doc: Document,
  findings: ReadonlyArray<Pick<Finding, 'severity' | 'message' | 'excerpt'>>,
  gateMode: GateMode,
): Promise<GateChoice> {
  const requireReason = gateMode === 'reason-required';
  const canPublish = gateMode !== 'no-publish-with-block';
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
    dialog.dataset.gateMode = gateMode;
    dialog.setAttribute('role', 'alertdialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-labelledby', 'gate-title');
    const title = make('h2', '', t('gate_title'));
    title.id = 'gate-title';
    const introKey =
      gateMode === 'warn-only'
        ? 'gate_intro_warn'
        : gateMode === 'no-publish-with-block'
          ? 'gate_intro_blocked'
          : 'gate_intro_reason';
    const intro = make('p', 'intro', t(introKey, findings.length));
    const header = make('header');
    header.append(title, intro);
    const list = make('ul');
    for (const finding of findings.slice(0, 50)) {
      const li = make('li', '', `【${t(SEVERITY_KEY[finding.severity])}】${finding.message}`);
      li.append(make('span', 'excerpt', finding.excerpt));
      list.append(li);
    }
    if (findings.length > 50) list.append(make('li', '', t('gate_more', findings.length - 50)));
    const label = make(
      'label',
      '',
      t(requireReason ? 'gate_reason_label' : 'gate_reason_optional_label'),
    );
    label.htmlFor = 'gate-reason';
    const reason = make('textarea');
    reason.id = 'gate-reason';
    reason.placeholder = t('gate_reason_placeholder');
    const hint = make('div', 'hint');
    hint.setAttribute('aria-live', 'polite');
    const back = make('button', 'back', t('gate_back'));
    back.type = 'button';
    const anyway = make('button', 'anyway', t('gate_publish_anyway'));
    anyway.type = 'button';
    const footer = make('footer');
    // Under no-publish-with-block the dialog offers only 返回修改: no reason, no way round.
    if (canPublish) footer.append(anyway);
    footer.append(back);
    dialog.append(header, list, ...(canPublish ? [label, reason, hint] : []), footer);
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
      if (!canPublish) return;
      const text = reason.value.trim();
      if (requireReason && text.length < 4) {
        hint.textContent = t('gate_reason_missing');
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
        const focusables = canPublish ? [reason, anyway, back] : [back];
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
