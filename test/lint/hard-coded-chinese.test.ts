import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

/**
 * Every visible string goes through the browser's i18n (lib/i18n/messages, `t()`), so an English
 * browser shows no Chinese UI text. This finds Chinese in the UI code's JSX text and string
 * literals. Chinese that is data, not UI text (what the review log keeps, a Chinese document's
 * title), carries an `i18n-allow` comment on its line or the line above, and a file of such data
 * (e.g. sample records) an `i18n-allow-file` comment; console output is for developers and is not
 * checked. Comments are never checked.
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const SCANNED = ['entrypoints', 'components'];
const HAN = /\p{Script=Han}/u;
const ALLOW = 'i18n-allow';
const ALLOW_FILE = 'i18n-allow-file';

/** .ts and .tsx files under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.relative(repoRoot, path.join(e.parentPath, e.name)));
}

function isConsoleArgument(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isCallExpression(at)) {
      const callee = at.expression;
      if (
        ts.isPropertyAccessExpression(callee) &&
        ts.isIdentifier(callee.expression) &&
        callee.expression.text === 'console'
      ) {
        return true;
      }
    }
    if (ts.isBlock(at) || ts.isSourceFile(at)) return false;
  }
  return false;
}

/** `file:line: text` for each piece of Chinese UI text in a source file. */
export function hardCodedChinese(fileName: string, code: string): string[] {
  if (code.includes(ALLOW_FILE)) return [];
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const lines = code.split('\n');
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const text =
      ts.isJsxText(node) ||
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
        ? node.text
        : null;
    if (text !== null && HAN.test(text) && !isConsoleArgument(node)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const allowed = [lines[line], lines[line - 1]].some((l) => l?.includes(ALLOW));
      if (!allowed) found.push(`${fileName}:${line + 1}: ${text.trim()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('UI code has no hard-coded Chinese', () => {
  const files = SCANNED.flatMap(sourceFiles);

  test('the scan covers the UI code', () => {
    expect(files).toContain(path.join('entrypoints', 'popup', 'App.tsx'));
    expect(files).toContain(path.join('entrypoints', 'content', 'badge.ts'));
    expect(files).toContain(path.join('components', 'ChecklistView.tsx'));
  });

  test.each(files)('%s', (file) => {
    expect(hardCodedChinese(file, readFileSync(path.join(repoRoot, file), 'utf8'))).toEqual([]);
  });

  test('finds Chinese JSX text, attributes and template text, but not comments or console', () => {
    const code = [
      '// 注释',
      'export const a = <p title="标题">审查清单</p>;',
      'export const b = `共 ${n} 项`;',
      "console.warn('[公开审查助手] 失败');",
      "export const c = '新旧对照.html'; // i18n-allow: document data",
      '// i18n-allow: logged data',
      "export const d = '（自动检查）';",
      "export const e = t('panel_title');",
    ].join('\n');
    expect(hardCodedChinese('x.tsx', code)).toEqual([
      'x.tsx:2: 标题',
      'x.tsx:2: 审查清单',
      'x.tsx:3: 共',
      'x.tsx:3: 项',
    ]);
    expect(
      hardCodedChinese('y.ts', `// ${'i18n-allow-file'}: sample data\nconst a = '张三';`),
    ).toEqual([]);
  });
});
