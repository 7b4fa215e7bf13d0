import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// Guards the lib/ and components/ boundaries in eslint.config.js so they cannot silently rot.
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

async function lint(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error('ESLint returned no result');
  return result.messages;
}

describe('lib/ boundary', () => {
  it('reports the global document', async () => {
    const messages = await lint(
      'export function bodyText(): string {\n  return document.body.textContent ?? "";\n}\n',
      'lib/x.ts',
    );
    expect(messages).toContainEqual(
      expect.objectContaining({
        ruleId: 'no-restricted-globals',
        message: expect.stringContaining('lib/ is pure'),
      }),
    );
    expect(messages.some((m) => m.message.includes('global document'))).toBe(true);
  });

  it("reports an import of 'wxt/browser'", async () => {
    const messages = await lint(
      "import { browser } from 'wxt/browser';\nexport const id = browser.runtime.id;\n",
      'lib/x.ts',
    );
    expect(messages).toContainEqual(
      expect.objectContaining({
        ruleId: 'no-restricted-imports',
        message: expect.stringContaining('lib/ is pure'),
      }),
    );
  });

  it("reports a value import of 'dexie' but allows `import type`", async () => {
    const value = await lint(
      "import Dexie from 'dexie';\nexport const db = new Dexie('x');\n",
      'lib/x.ts',
    );
    expect(value.map((m) => m.ruleId)).toContain('no-restricted-imports');

    const typeOnly = await lint(
      "import type { Table } from 'dexie';\nexport type Rows = Table<{ id: number }, number>;\n",
      'lib/x.ts',
    );
    expect(typeOnly).toEqual([]);
  });

  it('does not report a pure snippet', async () => {
    const messages = await lint(
      'export function countDigits(text: string): number {\n' +
        '  return [...text].filter((c) => c >= "0" && c <= "9").length;\n' +
        '}\n' +
        'export function bodyText(doc: Document): string {\n' +
        '  return doc.body.textContent ?? "";\n' +
        '}\n',
      'lib/x.ts',
    );
    expect(messages).toEqual([]);
  });

  it('leaves extension pages free to use document and wxt/browser', async () => {
    const messages = await lint(
      "import { browser } from 'wxt/browser';\nexport const id = browser.runtime.id + document.title;\n",
      'entrypoints/x.ts',
    );
    expect(messages).toEqual([]);
  });
});

describe('components/ boundary', () => {
  it('reports the browser global and an import of wxt/browser', async () => {
    const global = await lint('export const id = () => browser.runtime.id;\n', 'components/X.tsx');
    expect(global).toContainEqual(
      expect.objectContaining({
        ruleId: 'no-restricted-globals',
        message: expect.stringContaining('components/ are presentational'),
      }),
    );

    const imported = await lint(
      "import { browser } from 'wxt/browser';\nexport const id = () => browser.runtime.id;\n",
      'components/X.tsx',
    );
    expect(imported).toContainEqual(
      expect.objectContaining({
        ruleId: 'no-restricted-imports',
        message: expect.stringContaining('components/ are presentational'),
      }),
    );
  });
});
