import { defineConfig } from '@playwright/test';

// The extension is loaded into Debian's /usr/bin/chromium (see test/e2e/fixtures.ts);
// Playwright's own browser download is never used (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1).
// Build first: `npm run test:e2e` runs `wxt build && playwright test`.
export default defineConfig({
  testDir: 'test/e2e',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  forbidOnly: !!process.env.CI,
  outputDir: 'test-results',
});
