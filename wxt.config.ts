import { defineConfig } from 'wxt';

// srcDir is the repo root: entrypoints/, components/ and lib/ live at the top level,
// and `@/` resolves to the repo root (e.g. `@/lib/engine/review`).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports only: every file says where `browser`, `defineBackground`, React hooks…
  // come from, so the lib/ and components/ boundaries in eslint.config.js stay meaningful.
  imports: false,
  manifest: ({ browser }) => ({
    name: '公开审查助手',
    description: '政府信息公开发布前审查：在发布前检查草稿中的个人信息等问题。',
    // sidePanel is Chrome-only; Firefox gets the side panel page as a sidebar_action.
    permissions: browser === 'chrome' ? ['storage', 'sidePanel'] : ['storage'],
    // The toolbar button opens the popup (entrypoints/popup): site on/off and the review panel.
    action: { default_title: '公开审查助手' },
    // The in-page review, imported by the content script only where there is an editor.
    web_accessible_resources: [
      { resources: ['in-page.js'], matches: ['http://*/*', 'https://*/*'] },
    ],
  }),
});
