import { defineConfig } from 'wxt';
import { LOCALES, toLocaleMessages } from './lib/i18n/translate';
import { EXTENSION_PUBLIC_KEY, FIREFOX_ADDON_ID } from './lib/manifest/extension-id';

// srcDir is the repo root: entrypoints/, components/ and lib/ live at the top level,
// and `@/` resolves to the repo root (e.g. `@/lib/engine/review`).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports only: every file says where `browser`, `defineBackground`, React hooks…
  // come from, so the lib/ and components/ boundaries in eslint.config.js stay meaningful.
  imports: false,
  // DR_OUT_DIR: a separate build folder, so two builds (e.g. parallel test runs) do not clash.
  outDir: process.env.DR_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    // Names and every visible string come from _locales (generated from lib/i18n below).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // A fixed id (see lib/manifest/extension-id.ts) so managed policies can name the extension.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_ADDON_ID,
              strict_min_version: '128.0',
              // Nothing leaves the browser unless the user exports it.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { key: EXTENSION_PUBLIC_KEY }),
    // sidePanel is Chrome-only; Firefox gets the side panel page as a sidebar_action.
    permissions: browser === 'chrome' ? ['storage', 'sidePanel'] : ['storage'],
    // The toolbar button opens the popup (entrypoints/popup): site on/off and the review panel.
    action: { default_title: '__MSG_extName__' },
    // What an administrator may set (lib/policy); read through browser.storage.managed.
    storage: { managed_schema: 'managed_schema.json' },
    // The in-page review, imported by the content script only where there is an editor.
    web_accessible_resources: [
      { resources: ['in-page.js'], matches: ['http://*/*', 'https://*/*'] },
    ],
  }),
  // The sources zip (for Firefox's review) holds the code, not local test and bench output.
  zip: {
    // log-seed.js fills the review log with sample records for the log-page test and the demo;
    // it is built with the rest (the tests run on the production build) but never shipped.
    exclude: ['log-seed.js'],
    excludeSources: [
      'reports/**',
      'test-results*/**',
      'demo-screenshots/**',
      'bench-results/**',
      '.out-*/**',
      '.scratch/**',
    ],
  },
  hooks: {
    // _locales/<locale>/messages.json, generated from the typed catalogue in lib/i18n.
    'build:publicAssets': (_wxt, files) => {
      for (const locale of LOCALES) {
        files.push({
          relativeDest: `_locales/${locale}/messages.json`,
          contents: JSON.stringify(toLocaleMessages(locale), null, 2),
        });
      }
    },
  },
});
