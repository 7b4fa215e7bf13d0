/**
 * Reads the CMS form around the editor: 标题, 发文字号, 公开属性 (select, radio or input), 栏目…
 * matched by the label text a person sees, by name/id as a fallback, or by the site profile's
 * selectors when labels are not enough. Also finds the attachments and links listed in the form.
 */
import { matchFieldLabel, matchFieldName, type FieldKey } from '@/lib/page/field-labels';
import type { SiteProfile } from '@/lib/sites/site-profile';
import { OWN_TAGS } from './find-editors';

export type FormFields = Partial<Record<FieldKey, string>> & { attachments?: string };

const MAX_LABEL = 30;
const ATTACHMENT_FILE = /\.(?:docx?|wps|pdf|xlsx?|et|ofd|zip|rar|txt|html?)(?:$|[?#])/i;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function shortText(el: Element | null | undefined): string {
  if (!el) return '';
  const text = clean(el.textContent);
  return text.length <= MAX_LABEL ? text : '';
}

/** The label a person sees next to a control, in the places CMS forms put it. */
function labelFor(control: HTMLElement): string {
  const labels = (control as HTMLInputElement).labels;
  if (labels && labels.length > 0) {
    const text = clean(labels[0]!.textContent);
    // A radio's own label is its option (主动公开), not the field's name.
    if (text && (control as HTMLInputElement).type !== 'radio') return text;
  }
  const aria = control.getAttribute('aria-label');
  if (aria) return clean(aria);
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    const el = control.ownerDocument.getElementById(labelledBy.split(/\s+/)[0]!);
    if (el) return shortText(el);
  }
  // Table forms: <tr><th>发文字号：</th><td><input></td></tr>
  const cell = control.closest('td, dd');
  if (cell) {
    const previous = cell.previousElementSibling;
    if (previous) return shortText(previous);
  }
  const legend = control.closest('fieldset')?.querySelector('legend');
  if (legend && (control as HTMLInputElement).type === 'radio') return shortText(legend);
  // Row forms: <div class="row"><span>标题：</span><input></div>
  for (let node: Element | null = control; node && node !== control.ownerDocument.body;) {
    let sibling = node.previousElementSibling;
    while (
      sibling &&
      sibling.localName === 'input' &&
      (sibling as HTMLInputElement).type === 'radio'
    ) {
      sibling = sibling.previousElementSibling;
    }
    const text = sibling && sibling.localName !== 'input' ? shortText(sibling) : '';
    if (text) return text;
    if (sibling) break;
    node = node.parentElement;
  }
  return clean(control.getAttribute('placeholder') ?? control.getAttribute('title'));
}

/** The value a person sees: an input's text, a select's chosen option, a checked radio's label. */
function valueOf(control: HTMLElement): string {
  if (control.localName === 'select') {
    const select = control as HTMLSelectElement;
    const option = select.selectedOptions[0];
    return option ? clean(option.textContent) || option.value : '';
  }
  if (control.localName === 'textarea') return (control as HTMLTextAreaElement).value;
  const input = control as HTMLInputElement;
  if (input.type === 'radio' || input.type === 'checkbox') {
    if (!input.checked) return '';
    const label = input.labels?.[0];
    return clean(label?.textContent) || input.value;
  }
  if (control.localName === 'input') return input.value;
  return clean(control.textContent);
}

function fieldKeyOf(control: HTMLElement): FieldKey | null {
  const byLabel = matchFieldLabel(labelFor(control));
  if (byLabel) return byLabel;
  return matchFieldName(control.getAttribute('name') ?? '') ?? matchFieldName(control.id);
}

const CONTROLS =
  'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=file]):not([type=password]), select, textarea';

function isOwn(el: Element): boolean {
  return OWN_TAGS.some((tag) => el.closest(tag));
}

/** Reads the form fields in these documents, skipping the draft elements themselves. */
export function readFormFields(
  docs: readonly Document[],
  drafts: readonly Element[],
  profile: SiteProfile | null,
): FormFields {
  const fields: FormFields = {};
  for (const [key, selector] of Object.entries(profile?.fields ?? {})) {
    if (!selector) continue;
    for (const doc of docs) {
      let el: HTMLElement | null = null;
      try {
        el = doc.querySelector<HTMLElement>(selector);
      } catch {
        break;
      }
      if (!el) continue;
      const radios =
        el.localName === 'input'
          ? []
          : Array.from(el.querySelectorAll<HTMLInputElement>('input[type=radio]:checked'));
      fields[key as FieldKey] = radios.length > 0 ? valueOf(radios[0]!) : valueOf(el);
      break;
    }
  }
  for (const doc of docs) {
    for (const control of Array.from(doc.querySelectorAll<HTMLElement>(CONTROLS))) {
      if (drafts.includes(control) || isOwn(control)) continue;
      const key = fieldKeyOf(control);
      if (!key || fields[key] !== undefined) continue;
      const input = control as HTMLInputElement;
      if (input.type === 'radio' || input.type === 'checkbox') {
        if (!input.checked) continue;
      }
      const value = valueOf(control);
      if (value || (input.type !== 'radio' && input.type !== 'checkbox')) fields[key] = value;
    }
  }
  const attachments = readAttachments(docs, drafts);
  if (attachments) fields.attachments = attachments;
  return fields;
}

/** Names of the files and links the form lists outside the editor (附件, 相关链接). */
function readAttachments(docs: readonly Document[], drafts: readonly Element[]): string {
  const names: string[] = [];
  for (const doc of docs) {
    for (const link of Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
      if (drafts.some((d) => d.contains(link)) || isOwn(link)) continue;
      const href = link.getAttribute('href') ?? '';
      const text = clean(link.textContent);
      if (!text || text.length > 80) continue;
      if (ATTACHMENT_FILE.test(href) || /附件|解读/.test(text)) names.push(text);
      if (names.length >= 20) break;
    }
  }
  return names.join('；');
}
