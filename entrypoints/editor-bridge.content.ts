import { defineContentScript } from 'wxt/utils/define-content-script';

/**
 * The main-world bridge: editors keep their undo history in their own models, which only the
 * page's main world can reach (tinymce, CKEDITOR, KindEditor, `trix-editor.editor`,
 * `el.ckeditorInstance`, Quill.find). When the user clicks 脱敏 on a finding, the isolated content script
 * selects the span and dispatches MASK_EVENT at the editor (its iframe element for iframe
 * editors); this bridge replaces the selection through the editor's own API as one undo step
 * and cancels the event to say it did. It only ever replaces the current selection, and only
 * when the selection holds exactly the text the user was shown; a page could do that itself, so
 * the bridge gives a page nothing it did not have.
 */
const MASK_EVENT = 'disclosure-review:mask';

interface MaskRequest {
  masked: string;
  expected: string;
}

type Api = Record<string, unknown>;
type Fn = (...args: unknown[]) => unknown;

function get(object: unknown, ...path: string[]): unknown {
  let value: unknown = object;
  for (const key of path) {
    if (value === null || value === undefined) return undefined;
    value = (value as Api)[key];
  }
  return value;
}

function call(object: unknown, method: string, ...args: unknown[]): unknown {
  const fn = get(object, method);
  return typeof fn === 'function' ? (fn as Fn).apply(object, args) : undefined;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The document an editor target stands for: an iframe's content, or the element's own. */
function editorDocument(target: Element): Document | null {
  if (target.localName === 'iframe') {
    try {
      return (target as HTMLIFrameElement).contentDocument;
    } catch {
      return null;
    }
  }
  return target.ownerDocument;
}

function selectedText(doc: Document | null): string {
  return doc?.getSelection()?.toString() ?? '';
}

function maskTinyMce(target: Element, request: MaskRequest): boolean {
  const tinymce = get(window, 'tinymce');
  const editors = (call(tinymce, 'get') as unknown[] | undefined) ?? [];
  const body = target.localName === 'iframe' ? editorDocument(target)?.body : target;
  const editor = editors.find((ed) => call(ed, 'getBody') === body);
  if (!editor) return false;
  if (selectedText(editorDocument(target)) !== request.expected) return false;
  call(get(editor, 'undoManager'), 'transact', () =>
    call(get(editor, 'selection'), 'setContent', escapeHtml(request.masked)),
  );
  return true;
}

function maskCkEditor4(target: Element, request: MaskRequest): boolean {
  const instances = get(window, 'CKEDITOR', 'instances') as Api | undefined;
  if (!instances) return false;
  const doc = editorDocument(target);
  const editor = Object.values(instances).find((ed) => {
    const editable = call(ed, 'editable');
    return get(editable, '$') === (target.localName === 'iframe' ? doc?.body : target);
  });
  if (!editor) return false;
  if (selectedText(doc) !== request.expected) return false;
  call(editor, 'fire', 'saveSnapshot');
  call(editor, 'insertText', request.masked);
  call(editor, 'fire', 'saveSnapshot');
  return true;
}

function maskKindEditor(target: Element, request: MaskRequest): boolean {
  const instances = (get(window, 'KindEditor', 'instances') as unknown[] | undefined) ?? [];
  const doc = editorDocument(target);
  const editor = instances.find((ed) => get(ed, 'edit', 'doc') === doc);
  if (!editor) return false;
  if (selectedText(doc) !== request.expected) return false;
  // KindEditor keeps its own copy of the range, refreshed on its key and mouse events.
  call(get(editor, 'cmd'), 'selection');
  // exec('inserthtml') records an undo bookmark before and after (KindEditor's own path).
  call(editor, 'insertHtml', escapeHtml(request.masked));
  return true;
}

function maskTrix(target: Element, request: MaskRequest): boolean {
  const editor = target.localName === 'trix-editor' ? get(target, 'editor') : undefined;
  if (!editor) return false;
  const range = call(editor, 'getSelectedRange') as [number, number] | undefined;
  const text = String(call(call(editor, 'getDocument'), 'toString') ?? '');
  if (!range || text.slice(range[0], range[1]) !== request.expected) return false;
  call(editor, 'recordUndoEntry', '脱敏'); // i18n-allow: undo entry name
  call(editor, 'insertString', request.masked);
  return true;
}

function maskCkEditor5(target: Element, request: MaskRequest): boolean {
  const editor = get(target, 'ckeditorInstance');
  if (!editor) return false;
  if (selectedText(target.ownerDocument) !== request.expected) return false;
  const model = get(editor, 'model');
  // A model.change() of its own is a batch of its own: one undo step, not merged with typing.
  call(model, 'change', (writer: unknown) => {
    const selection = get(model, 'document', 'selection');
    call(model, 'insertContent', call(writer, 'createText', request.masked), selection);
  });
  return true;
}

function maskQuill(target: Element, request: MaskRequest): boolean {
  // Quill's editable is `.ql-editor` inside the container Quill was made on: Quill 2 finds the
  // instance with the global Quill.find, Quill 1 also keeps it on the container.
  const container = target.classList.contains('ql-editor') ? target.parentElement : null;
  if (!container) return false;
  const quill =
    (call(get(window, 'Quill'), 'find', container) as Api | null | undefined) ??
    (get(container, '__quill') as Api | undefined);
  if (!quill || typeof quill.getSelection !== 'function') return false;
  const range = call(quill, 'getSelection') as { index: number; length: number } | null;
  if (!range) return false;
  if (call(quill, 'getText', range.index, range.length) !== request.expected) return false;
  const formats = call(quill, 'getFormat', range.index, range.length) ?? {};
  // Quill merges changes made within a second of each other into one undo step; cutting the
  // history on both sides keeps the mask a step of its own, however fast the user clicked.
  const history = get(quill, 'history');
  call(history, 'cutoff');
  call(quill, 'deleteText', range.index, range.length, 'user');
  call(quill, 'insertText', range.index, request.masked, formats, 'user');
  call(history, 'cutoff');
  call(quill, 'setSelection', range.index + request.masked.length, 0, 'user');
  return true;
}

const HANDLERS = [maskTinyMce, maskCkEditor4, maskKindEditor, maskTrix, maskCkEditor5, maskQuill];

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  world: 'MAIN',
  main() {
    document.addEventListener(
      MASK_EVENT,
      (event) => {
        const detail = (event as CustomEvent<unknown>).detail;
        if (typeof detail !== 'string' || !(event.target instanceof Element)) return;
        let request: MaskRequest;
        try {
          request = JSON.parse(detail) as MaskRequest;
        } catch {
          return;
        }
        if (typeof request.masked !== 'string' || typeof request.expected !== 'string') return;
        for (const handler of HANDLERS) {
          try {
            if (handler(event.target, request)) {
              event.preventDefault();
              return;
            }
          } catch {
            // An editor version with another API: the isolated script falls back to insertText.
          }
        }
      },
      true,
    );
  },
});
