// Prints one closing line, "N passed, N failed", from the vitest and Playwright JSON reports.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync('reports/vitest.json')) {
  const unit = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
  console.log(`vitest: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
}
if (existsSync('reports/playwright.json')) {
  const e2e = JSON.parse(readFileSync('reports/playwright.json', 'utf8')).stats;
  passed += e2e.expected + e2e.flaky;
  failed += e2e.unexpected;
  skipped += e2e.skipped;
  console.log(`playwright: ${e2e.expected + e2e.flaky} passed, ${e2e.unexpected} failed`);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
