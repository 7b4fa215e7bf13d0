/**
 * `eval`: span-level precision and recall per kind on the labelled corpus in test/fixtures.
 * Usage: npm run eval [-- --json] [-- --verbose] [DIR]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { reviewDraft } from '../lib/engine/review';
import { parseLabelledText, scoreTallies, tallyDocument } from '../lib/eval/labelled-corpus';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    verbose: { type: 'boolean', short: 'v', default: false },
  },
});
const dir = positionals[0] ?? 'test/fixtures/personal-data/corpus';
const now = new Date('2026-11-28T00:00:00Z');

const tallies = new Map();
const misses: string[] = [];
const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
for (const file of files) {
  const doc = parseLabelledText(await readFile(join(dir, file), 'utf8'));
  const result = reviewDraft({ body: { format: 'text', content: doc.text } }, { now });
  const predicted = result.findings
    .filter((f) => f.severity !== 'info' && f.field === 'body' && f.start !== null)
    .map((f) => ({ kind: f.kind, start: f.start!, end: f.end! }));
  tallyDocument(tallies, doc.spans, predicted);
  if (values.verbose) {
    const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
      a.start < b.end && b.start < a.end;
    for (const g of doc.spans) {
      if (!predicted.some((p) => p.kind === g.kind && overlap(p, g)))
        misses.push(`${file}  FN ${g.kind}: ${doc.text.slice(g.start, g.end)}`);
    }
    for (const p of predicted) {
      if (!doc.spans.some((g) => g.kind === p.kind && overlap(p, g))) {
        misses.push(
          `${file}  FP ${p.kind}: ${doc.text.slice(Math.max(0, p.start - 6), p.start)}[${doc.text.slice(p.start, p.end)}]${doc.text.slice(p.end, p.end + 6)}`,
        );
      }
    }
  }
}
const scores = scoreTallies(tallies);
if (values.json) {
  process.stdout.write(`${JSON.stringify({ documents: files.length, kinds: scores }, null, 2)}\n`);
} else {
  const pct = (x: number) => x.toFixed(3);
  process.stdout.write(`${files.length} documents in ${dir}\n`);
  process.stdout.write(
    `${'kind'.padEnd(16)} ${'gold'.padStart(5)} ${'pred'.padStart(5)} ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'F2'.padStart(6)}\n`,
  );
  for (const s of scores) {
    process.stdout.write(
      `${s.kind.padEnd(16)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)} ${pct(s.precision).padStart(6)} ${pct(s.recall).padStart(6)} ${pct(s.f2).padStart(6)}\n`,
    );
  }
  if (values.verbose) process.stdout.write(`\n${misses.join('\n')}\n`);
}
