/**
 * `bench`: speed of the review engine, printed as JSON.
 * Reviews drafts of 10k, 100k and 1M characters built from the labelled corpus and compares
 * each with one pass of a single combined regex over the same text (the floor any regex
 * checker pays). Goal: 100k characters in ≤ 30 ms, growing linearly.
 */
import { reviewDraft } from '../lib/engine/review';
import { buildText } from './bench-text';

const SIZES = [10_000, 100_000, 1_000_000];

/** One combined pattern: ID, mobile, bank card, plate and name cue, as a naive checker would write it. */
const COMBINED =
  /\d{17}[\dXx]|1[3-9]\d{9}|62\d{14,17}|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][A-Z0-9]{5,6}|(?:患者|病例|姓名)[\u4e00-\u9fff]{2,3}|[\w.]+@[\w.]+\.[a-z]{2,}/g;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(runs: number, fn: () => unknown): number {
  fn(); // warm-up: JIT and the regex caches
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const now = new Date('2026-11-28T00:00:00Z');
const results = SIZES.map((size) => {
  const text = buildText(size);
  const runs = size >= 1_000_000 ? 5 : 15;
  let findings = 0;
  const reviewMs = time(runs, () => {
    findings = reviewDraft({ body: { format: 'text', content: text } }, { now }).findings.length;
  });
  const regexMs = time(runs, () => text.match(COMBINED)?.length ?? 0);
  return {
    characters: size,
    reviewMs: Number(reviewMs.toFixed(2)),
    combinedRegexMs: Number(regexMs.toFixed(2)),
    ratioToCombinedRegex: Number((reviewMs / regexMs).toFixed(1)),
    msPer100k: Number(((reviewMs / size) * 100_000).toFixed(2)),
    findings,
  };
});
const at100k = results.find((r) => r.characters === 100_000)!;
process.stdout.write(
  `${JSON.stringify(
    {
      benchmark: 'review',
      node: process.version,
      goal: { characters: 100_000, maxMs: 30 },
      met: at100k.reviewMs <= 30,
      results,
    },
    null,
    2,
  )}\n`,
);
