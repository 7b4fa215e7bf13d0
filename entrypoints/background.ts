import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Chrome: clicking the toolbar icon opens the side panel. Firefox has no `sidePanel` API
  // (it uses sidebar_action), hence the optional chaining.
  if (import.meta.env.CHROME || import.meta.env.EDGE) {
    browser.sidePanel
      ?.setPanelBehavior({ openPanelOnActionClick: true })
      .catch((error: unknown) => console.error('setPanelBehavior failed', error));
  }
});
