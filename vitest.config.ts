import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  // Same aliases (`@/`), env and fake `browser` as the extension build.
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**', '.output/**'],
    environment: 'node',
    // The JSON report feeds the one-line total that .ci/run prints last.
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
