// ProseMirror (the core under Tiptap), bundled by scripts/demo-server.ts at /bundles/prosemirror.js.
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';

declare const CMS: { createDemo(name: string): Record<string, unknown>; publish(): void };

const demo = CMS.createDemo('prosemirror');
const view = new EditorView(document.querySelector('#editor')!, {
  state: EditorState.create({
    schema,
    plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo }), keymap(baseKeymap)],
  }),
});
demo.getText = () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n');
demo.getHtml = () => (view.dom as HTMLElement).innerHTML;
demo.undo = () => undo(view.state, view.dispatch);
demo.ready = true;
document.getElementById('article-form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  CMS.publish();
});
