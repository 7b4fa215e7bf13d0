import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main() {
    // Intentionally empty and cheap: this runs in every frame of every page.
    // The in-page review (reading the CMS editor, highlighting findings) arrives with issue 5.
  },
});
