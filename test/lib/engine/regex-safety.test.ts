import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const LIB = join(ROOT, 'lib');

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

/** Every regex literal written in lib/, found through the TypeScript parser. */
function regexLiterals(): Array<{ where: string; source: string; flags: string }> {
  const found: Array<{ where: string; source: string; flags: string }> = [];
  for (const file of sourceFiles(LIB)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const end = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        found.push({
          where: `${relative(ROOT, file)}:${line}`,
          source: text.slice(1, end),
          flags: text.slice(end + 1),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/** Regexes lib/ builds with `new RegExp(…)`, recorded while its modules load. */
async function constructedRegexes(): Promise<
  Array<{ where: string; source: string; flags: string }>
> {
  const recorded: Array<{ where: string; source: string; flags: string }> = [];
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const re = new target(...args);
      const caller = new Error().stack?.split('\n').find((l) => l.includes('/lib/')) ?? '';
      if (caller) recorded.push({ where: caller.trim(), source: re.source, flags: re.flags });
      return re;
    },
  });
  try {
    for (const file of sourceFiles(LIB)) await import(file);
  } finally {
    globalThis.RegExp = Original;
  }
  return recorded;
}

describe('no pattern in lib/ can backtrack catastrophically', () => {
  test('every regex literal and constructed regex is judged safe by recheck', async () => {
    const all = [...regexLiterals(), ...(await constructedRegexes())];
    expect(all.length).toBeGreaterThan(40);
    const unsafe = all
      .map((r) => {
        const flags = r.flags.replace(/[gy]/g, '');
        // The automaton checker is exact where it applies; the fuzzer covers what it cannot decide.
        const exact = checkSync(r.source, flags, { checker: 'automaton', timeout: 10_000 });
        if (exact.status !== 'unknown') return { ...r, result: exact };
        // The fuzzer is randomised and time-bound: a busy machine may leave it undecided once.
        const fuzz = checkSync(r.source, flags, { timeout: 20_000 });
        const result =
          fuzz.status === 'unknown' ? checkSync(r.source, flags, { timeout: 40_000 }) : fuzz;
        return { ...r, result };
      })
      .filter((r) => r.result.status !== 'safe')
      .map((r) => `${r.where} /${r.source}/ → ${r.result.status}`);
    expect(unsafe).toEqual([]);
  }, 300_000);
});
