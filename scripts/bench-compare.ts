/**
 * `bench-compare`: speed of the version comparison, printed as JSON.
 * Builds two ~100k-character versions by repeating a fixture pair (an article inserted, an
 * amount and a modal verb changed) and editing a few copies further, then times
 * compareVersions (median of 7) against jsdiff's plain diffChars and diffWords over the whole
 * pair, each with a timeout. Goal: 2×100k in ≤ 300 ms.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffChars, diffWords } from 'diff';
import { compareVersions } from '../lib/compare/compare-versions';

const FIXTURE = 'test/fixtures/compare/024-insert-and-edit';
const SIZE = 100_000;
const RUNS = 7;
/** Timeout for the whole-text jsdiff baselines, ms. */
const BASELINE_TIMEOUT = 5_000;

function repeatTo(text: string, size: number): string {
  return text.repeat(Math.ceil(size / text.length));
}

/** Further edits in some copies, so that not every repetition differs the same way. */
function editCopies(text: string): string {
  let copy = 0;
  return text.replace(/第十二条 补贴资格有效期为2年/g, (m) =>
    copy++ % 3 === 0 ? '第十二条 补贴资格有效期为3年' : m,
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(runs: number, fn: () => unknown): { ms: number; result: unknown } {
  let result = fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), result };
}

/** One timed run of a whole-text baseline; "timed out" when jsdiff gives up. */
function baseline(fn: () => unknown): number | 'timed out' {
  const t0 = performance.now();
  const result = fn();
  const ms = performance.now() - t0;
  return result === undefined ? 'timed out' : Math.round(ms * 10) / 10;
}

const oldText = repeatTo(readFileSync(join(FIXTURE, 'old.txt'), 'utf8'), SIZE);
const newText = editCopies(repeatTo(readFileSync(join(FIXTURE, 'new.txt'), 'utf8'), SIZE));

const compared = time(RUNS, () => compareVersions(oldText, newText));
const comparison = compared.result as ReturnType<typeof compareVersions>;
const diffCharsMs = baseline(() => diffChars(oldText, newText, { timeout: BASELINE_TIMEOUT }));
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
// The segmenter is given only the first 20k characters: whole-document segmentation can exhaust memory.
const diffWordsMs = baseline(() =>
  diffWords(oldText.slice(0, 20_000), newText.slice(0, 20_000), {
    timeout: BASELINE_TIMEOUT,
    intlSegmenter: segmenter,
  }),
);
const ratio = (b: number | 'timed out') =>
  typeof b === 'number' ? Math.round((compared.ms / b) * 1000) / 1000 : null;

console.log(
  JSON.stringify(
    {
      oldChars: oldText.length,
      newChars: newText.length,
      compareMs: Math.round(compared.ms * 10) / 10,
      diffCharsMs,
      diffWordsMs,
      diffWordsNote:
        'whole-pair word segmentation runs out of memory in Node 20; diffWords timed over the first 20k characters',
      ratioToDiffChars: ratio(diffCharsMs),
      ratioToDiffWords: ratio(diffWordsMs),
      changes: comparison.changes.length,
      keyFacts: comparison.keyFacts.length,
      aborted: comparison.aborted,
      goalMs: 300,
    },
    null,
    2,
  ),
);
