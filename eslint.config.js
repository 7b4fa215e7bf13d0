// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * THE lib/ BOUNDARY. lib/ is the pure engine: it runs unchanged in the extension, in the CLI
 * (scripts/) and in unit tests under Node. It takes its inputs as parameters and returns data;
 * the extension pages (entrypoints/) own every browser API and every live database.
 * test/lint/boundary.test.ts checks that these rules keep firing.
 */
export const LIB_IMPURE_MESSAGE =
  'lib/ is pure: take what you need as a parameter (a Document/Element/string, a storage or ' +
  'clock interface) and let entrypoints/ pass the real browser object in.';

const libRestrictedImports = {
  paths: [
    { name: 'wxt', message: `${LIB_IMPURE_MESSAGE} (no WXT in lib/)` },
    { name: '#imports', message: `${LIB_IMPURE_MESSAGE} (no WXT auto-imports in lib/)` },
    {
      name: 'webextension-polyfill',
      message: `${LIB_IMPURE_MESSAGE} (no extension APIs in lib/)`,
    },
    {
      name: 'dexie',
      allowTypeImports: true,
      message:
        `${LIB_IMPURE_MESSAGE} A live database belongs to extension pages; lib/ may only use ` +
        "`import type` from 'dexie' and receive the Table/Dexie instance as a parameter.",
    },
  ],
  patterns: [
    { group: ['wxt/*'], message: `${LIB_IMPURE_MESSAGE} (no WXT in lib/)` },
    { group: ['@wxt-dev/*'], message: `${LIB_IMPURE_MESSAGE} (no WXT modules in lib/)` },
    {
      group: ['@/entrypoints/*', '@/components/*', '**/entrypoints/*', '**/components/*'],
      message:
        'lib/ must not depend on the extension UI: entrypoints/ and components/ import lib/, never the reverse.',
    },
  ],
};

const libRestrictedGlobals = [
  {
    name: 'document',
    message: `${LIB_IMPURE_MESSAGE} Instead of the global document, take a Document/Element/string parameter.`,
  },
  {
    name: 'window',
    message: `${LIB_IMPURE_MESSAGE} Instead of the global window, take what you need as a parameter.`,
  },
  {
    name: 'browser',
    message: `${LIB_IMPURE_MESSAGE} Instead of the extension \`browser\` API, let the entrypoint call it and pass the result in.`,
  },
  {
    name: 'chrome',
    message: `${LIB_IMPURE_MESSAGE} Instead of the extension \`chrome\` API, let the entrypoint call it and pass the result in.`,
  },
  {
    name: 'localStorage',
    message: `${LIB_IMPURE_MESSAGE} Instead of localStorage, accept a storage interface parameter.`,
  },
  {
    name: 'indexedDB',
    message: `${LIB_IMPURE_MESSAGE} Instead of indexedDB, accept a database/table parameter (tests use fake-indexeddb).`,
  },
];

const COMPONENTS_MESSAGE =
  'components/ are presentational: take data and callbacks as props; the entrypoint calls the extension APIs.';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.out-*/**',
      'test-results-*/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      'bench-results/**',
      'dist/**',
      'test/fixtures/**',
      // Local scratch files (screenshots, experiments), ignored by git and prettier as well.
      '.scratch/**',
      'demo-screenshots/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['entrypoints/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
  },
  {
    files: ['lib/**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-imports': ['error', libRestrictedImports],
      'no-restricted-globals': ['error', ...libRestrictedGlobals],
      'no-restricted-properties': [
        'error',
        ...['document', 'window', 'browser', 'chrome', 'localStorage', 'indexedDB'].flatMap(
          (property) =>
            ['globalThis', 'self'].map((object) => ({
              object,
              property,
              message: `${LIB_IMPURE_MESSAGE} (${object}.${property} is the same global)`,
            })),
        ),
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'wxt/browser', message: COMPONENTS_MESSAGE },
            { name: '#imports', message: COMPONENTS_MESSAGE },
            { name: 'webextension-polyfill', message: COMPONENTS_MESSAGE },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: COMPONENTS_MESSAGE },
        { name: 'chrome', message: COMPONENTS_MESSAGE },
      ],
    },
  },
  prettier,
);
