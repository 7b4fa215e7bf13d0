/**
 * Making a site profile by pointing: the user clicks the body, the title, the 文号, the 公开属性
 * control and the publish button in turn; each gets a unique CSS selector (@medv/finder). Clicks
 * while picking are swallowed, so pointing at the publish button does not publish.
 */
import { finder } from '@medv/finder';
import { t } from '@/components/i18n';
import type { MessageKey } from '@/lib/i18n/catalog';
import { SiteProfileSchema, type SiteProfile } from '@/lib/sites/site-profile';
import { frameOffset } from './marks';
import { GATE_STYLE } from './ui-style';

type Step = 'body' | 'title' | 'documentNumber' | 'disclosureAttribute' | 'publishButton';

const STEPS: ReadonlyArray<{ step: Step; prompt: MessageKey }> = [
  { step: 'body', prompt: 'content_pick_body' },
  { step: 'title', prompt: 'content_pick_title' },
  { step: 'documentNumber', prompt: 'content_pick_number' },
  { step: 'disclosureAttribute', prompt: 'content_pick_disclosure' },
  { step: 'publishButton', prompt: 'content_pick_publish' },
];

const PICKER_STYLE = `${GATE_STYLE}
:host { pointer-events: none !important; }
.bar { pointer-events: auto; position: fixed; top: 12px; left: 50%; transform: translateX(-50%);
  width: min(600px, calc(100vw - 32px)); background: #202124; color: #fff; border-radius: 8px; padding: 10px 14px;
  font: 14px/1.5 "Noto Sans CJK SC", "Microsoft YaHei", system-ui, sans-serif; display: flex; gap: 8px; align-items: center; flex-wrap: wrap;
  box-shadow: 0 6px 24px rgba(0,0,0,.3); }
.bar .text { flex: 1; min-width: 220px; }
.bar button { background: transparent; color: #8ab4f8; border: 1px solid #8ab4f8; padding: 2px 10px; }
.outline { position: fixed; pointer-events: none; border: 2px solid #1a73e8; background: rgba(26,115,232,.1); display: none; }
`;

function selectorFor(el: Element): string | null {
  const body = el.ownerDocument.body;
  if (!body) return null;
  try {
    return finder(el, {
      root: body,
      timeoutMs: 500,
      // CMS ids like f_title or txtWenhao are stable; generated ones (ext-gen1234, ueditor_0…) carry long numbers.
      idName: (name) => !/\d{3,}/.test(name) && !/^(?:ext-|ember|react|ueditor_|ke-)/i.test(name),
      attr: (name, value) =>
        ['name', 'for', 'aria-label', 'data-field'].includes(name) && value.length < 60,
    });
  } catch {
    return null;
  }
}

/** What the user meant by clicking there, for this step. */
function pickTarget(el: Element, step: Step): Element | null {
  if (step === 'body') {
    const doc = el.ownerDocument;
    const frame = doc.defaultView?.frameElement;
    // Inside an iframe editor (TinyMCE, UEditor…): the frame element is what the profile names.
    if (frame && (doc.designMode === 'on' || doc.body?.isContentEditable)) return frame;
    let node: HTMLElement | null = el as HTMLElement;
    while (node?.parentElement?.isContentEditable) node = node.parentElement;
    return node?.closest('textarea') ?? node;
  }
  if (step === 'publishButton') {
    return el.closest('button, input[type=submit], input[type=button], a, [role=button]') ?? el;
  }
  const control = el.closest('input, select, textarea');
  if (!control) return el;
  if ((control as HTMLInputElement).type === 'radio') {
    return (
      control.closest('fieldset, td, dd, .form-group, .row') ?? control.parentElement ?? control
    );
  }
  return control;
}

/** Starts pointing mode over these documents; calls `save` with the finished profile. */
export function startPicker(
  root: Document,
  docs: readonly Document[],
  current: SiteProfile | null,
  save: (profile: SiteProfile) => void,
): void {
  const host = root.createElement('disclosure-review-picker');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = root.createElement('style');
  style.textContent = PICKER_STYLE;
  const bar = root.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'dialog');
  bar.setAttribute('aria-label', t('content_picker'));
  const text = root.createElement('span');
  text.className = 'text';
  text.setAttribute('aria-live', 'polite');
  const skip = root.createElement('button');
  skip.textContent = t('content_pick_skip');
  const cancel = root.createElement('button');
  cancel.textContent = t('content_pick_cancel');
  bar.append(text, skip, cancel);
  const outline = root.createElement('div');
  outline.className = 'outline';
  shadow.append(style, outline, bar);
  root.documentElement.append(host);

  const abort = new AbortController();
  const picked: Partial<Record<Step, string>> = {};
  let index = 0;
  const show = (): void => {
    text.textContent = `(${index + 1}/${STEPS.length}) ${t(STEPS[index]!.prompt)}`;
  };
  const finish = (saveIt: boolean): void => {
    abort.abort();
    host.remove();
    if (!saveIt) return;
    const candidate = {
      origin: root.defaultView!.location.origin,
      ...(current?.pathPrefix ? { pathPrefix: current.pathPrefix } : {}),
      name: root.title.slice(0, 100) || undefined,
      body: picked.body ?? current?.body,
      fields: {
        ...(current?.fields ?? {}),
        ...(picked.title ? { title: picked.title } : {}),
        ...(picked.documentNumber ? { documentNumber: picked.documentNumber } : {}),
        ...(picked.disclosureAttribute ? { disclosureAttribute: picked.disclosureAttribute } : {}),
      },
      publishButtons: picked.publishButton ? [picked.publishButton] : current?.publishButtons,
      updatedAt: new Date().toISOString(),
    };
    const parsed = SiteProfileSchema.safeParse(JSON.parse(JSON.stringify(candidate)));
    if (parsed.success) save(parsed.data);
    else root.defaultView?.alert(t('content_pick_failed', parsed.error.issues[0]?.message ?? ''));
  };
  const next = (): void => {
    index += 1;
    if (index >= STEPS.length) finish(true);
    else show();
  };
  skip.addEventListener('click', next);
  cancel.addEventListener('click', () => finish(false));
  show();
  skip.focus();

  for (const doc of docs) {
    const options = { capture: true, signal: abort.signal };
    doc.addEventListener(
      'mousemove',
      (event) => {
        const target = event.target as Element | null;
        if (!target || target === host) return;
        const el = pickTarget(target, STEPS[index]!.step);
        const offset = el && frameOffset(el.ownerDocument, root);
        if (!el || !offset) return;
        const rect = el.getBoundingClientRect();
        Object.assign(outline.style, {
          display: 'block',
          left: `${rect.left + offset.x}px`,
          top: `${rect.top + offset.y}px`,
          width: `${rect.width}px`,
          height: `${rect.height}px`,
        });
      },
      options,
    );
    const swallow = (event: Event): void => {
      if (event.target === host) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    doc.addEventListener('mousedown', swallow, options);
    doc.addEventListener('mouseup', swallow, options);
    doc.addEventListener(
      'click',
      (event) => {
        if (event.target === host) return;
        swallow(event);
        const el = pickTarget(event.target as Element, STEPS[index]!.step);
        const selector = el && selectorFor(el);
        if (selector) {
          picked[STEPS[index]!.step] = selector;
          next();
        }
      },
      options,
    );
    doc.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          finish(false);
        }
      },
      options,
    );
  }
}
