// Lexical (plain text with history), bundled by scripts/demo-server.ts at /bundles/lexical.js.
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import { $getRoot, UNDO_COMMAND, createEditor } from 'lexical';

declare const CMS: { createDemo(name: string): Record<string, unknown>; publish(): void };

const demo = CMS.createDemo('lexical');
const editor = createEditor({ namespace: 'cms', onError: (error) => console.error(error) });
editor.setRootElement(document.querySelector<HTMLElement>('#editor'));
registerPlainText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
demo.getText = () => editor.getEditorState().read(() => $getRoot().getTextContent());
demo.getHtml = () => document.querySelector('#editor')!.innerHTML;
demo.undo = () => editor.dispatchCommand(UNDO_COMMAND, undefined);
demo.ready = true;
document.getElementById('article-form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  CMS.publish();
});
