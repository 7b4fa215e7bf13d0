/**
 * `eval`: accuracy on the labelled corpora.
 * - personal data: span-level precision, recall and F2 per kind (test/fixtures/personal-data/corpus*);
 * - confidentiality, disclosure, interpretation: per document and category, whether the set of block
 *   and warn kinds equals the expected set, spurious blocks, and precision/recall per rule
 *   (test/fixtures/review-corpus and review-corpus-b; --review DIR to choose).
 * Usage: npm run eval [-- --json] [-- -v] [DIR...]
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { reviewDraft } from '../lib/engine/review';
import { compareVersions } from '../lib/compare/compare-versions';
import {
  CompareExpectationSchema,
  scoreComparePairs,
  type ComparePairScore,
} from '../lib/eval/compare-corpus';
import { draftFromCase } from '../lib/eval/load-review-case';
import {
  predictedKinds,
  ReviewExpectationSchema,
  scoreReviewCorpus,
  type CaseOutcome,
  type ReviewCorpusScore,
} from '../lib/eval/review-corpus';
import {
  parseLabelledText,
  scoreTallies,
  tallyDocument,
  type KindScore,
} from '../lib/eval/labelled-corpus';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    verbose: { type: 'boolean', short: 'v', default: false },
    compare: {
      type: 'string',
      multiple: true,
      default: ['test/fixtures/compare', 'test/fixtures/compare-b'],
    },
    review: {
      type: 'string',
      multiple: true,
      default: ['test/fixtures/review-corpus', 'test/fixtures/review-corpus-b'],
    },
  },
});
const dirs =
  positionals.length > 0
    ? positionals
    : ['test/fixtures/personal-data/corpus', 'test/fixtures/personal-data/corpus-b'];
const now = new Date('2026-11-28T00:00:00Z');
const oneLine = (s: string) => s.replace(/\s+/g, ' ');
type Span = { start: number; end: number };
const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

interface CorpusScore {
  corpus: string;
  documents: number;
  kinds: KindScore[];
  misses: string[];
}

async function evaluate(dirs: string[], name: string): Promise<CorpusScore> {
  const tallies = new Map();
  const misses: string[] = [];
  let documents = 0;
  for (const dir of dirs) {
    for (const file of (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort()) {
      documents++;
      const doc = parseLabelledText(await readFile(join(dir, file), 'utf8'));
      const predicted = reviewDraft({ body: { format: 'text', content: doc.text } }, { now })
        .findings.filter(
          (f) => f.category === 'personal-data' && f.severity !== 'info' && f.start !== null,
        )
        .map((f) => ({ kind: f.kind, start: f.start!, end: f.end! }));
      tallyDocument(tallies, doc.spans, predicted);
      for (const g of doc.spans) {
        if (!predicted.some((p) => p.kind === g.kind && overlap(p, g))) {
          misses.push(`${file}  FN ${g.kind}: ${oneLine(doc.text.slice(g.start, g.end))}`);
        }
      }
      for (const p of predicted) {
        if (doc.spans.some((g) => g.kind === p.kind && overlap(p, g))) continue;
        const context = `${doc.text.slice(Math.max(0, p.start - 8), p.start)}[${doc.text.slice(p.start, p.end)}]${doc.text.slice(p.end, p.end + 8)}`;
        misses.push(`${file}  FP ${p.kind}: ${oneLine(context)}`);
      }
    }
  }
  return { corpus: name, documents, kinds: scoreTallies(tallies), misses };
}

async function evaluateReview(dir: string): Promise<ReviewCorpusScore> {
  const outcomes: CaseOutcome[] = [];
  for (const name of (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    const read = async (file: string) => {
      const path = join(dir, name, file);
      return existsSync(path) ? readFile(path, 'utf8') : undefined;
    };
    const draft = (await read('draft.txt')) ?? '';
    const related = await read('related.txt');
    const fields = await read('fields.json');
    const expected = ReviewExpectationSchema.parse(
      JSON.parse((await read('expected.json')) ?? '{}'),
    );
    const result = reviewDraft(
      draftFromCase({ draft, ...(related ? { related } : {}), ...(fields ? { fields } : {}) }),
      { now },
    );
    outcomes.push({
      name,
      expected,
      predicted: predictedKinds(result.findings),
      predictedBlocks: result.findings.filter((f) => f.severity === 'block'),
      predictedClass: result.documentClass.class,
    });
  }
  return scoreReviewCorpus(outcomes);
}

const results = [...(await Promise.all(dirs.map((d) => evaluate([d], d))))];
if (dirs.length > 1) results.push(await evaluate(dirs, 'all'));

async function evaluateCompare(dir: string): Promise<ComparePairScore> {
  const outcomes = [];
  for (const name of (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    const [oldText, newText, expected] = await Promise.all(
      ['old.txt', 'new.txt', 'expected.json'].map((f) => readFile(join(dir, name, f), 'utf8')),
    );
    const expectation = CompareExpectationSchema.parse(JSON.parse(expected!));
    outcomes.push({
      name,
      expected: expectation,
      predicted: compareVersions(oldText!, newText!).changes,
    });
  }
  return scoreComparePairs(outcomes);
}

const reviews = [];
for (const dir of values.review.filter((d) => existsSync(d)))
  reviews.push({ dir, score: await evaluateReview(dir) });

const comparisons = [];
for (const dir of values.compare.filter((d) => existsSync(d)))
  comparisons.push({ dir, score: await evaluateCompare(dir) });

if (values.json) {
  const versions = comparisons.map(({ dir, score: { mismatches: _m, ...rest } }) => ({
    corpus: dir,
    ...rest,
  }));
  const personalData = results.map(({ misses: _misses, ...rest }) => rest);
  const documents = reviews.map(({ dir, score: { mismatches: _m, ...rest } }) => ({
    corpus: dir,
    ...rest,
  }));
  process.stdout.write(`${JSON.stringify({ personalData, documents, versions }, null, 2)}\n`);
} else {
  const pct = (x: number) => x.toFixed(3).padStart(6);
  for (const r of results) {
    process.stdout.write(`\n${r.corpus}: ${r.documents} documents\n`);
    process.stdout.write(
      `${'kind'.padEnd(15)} ${'gold'.padStart(5)} ${'pred'.padStart(5)} ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'F2'.padStart(6)}\n`,
    );
    for (const s of r.kinds) {
      process.stdout.write(
        `${s.kind.padEnd(15)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f2)}\n`,
      );
    }
    if (values.verbose && r.corpus !== 'all' && r.misses.length)
      process.stdout.write(`${r.misses.join('\n')}\n`);
  }
  for (const { dir, score } of reviews) {
    process.stdout.write(`\n${dir}: ${score.cases} documents\n`);
    process.stdout.write(
      `category sets equal ${pct(score.categoryAccuracy)}   documents fully right ${pct(score.caseAccuracy)}   spurious block ${pct(score.spuriousBlockRate)}   class ${pct(score.classAccuracy)}\n`,
    );
    process.stdout.write(
      `${'rule'.padEnd(36)} ${'exp'.padStart(4)} ${'pred'.padStart(5)} ${'prec'.padStart(6)} ${'recall'.padStart(6)}\n`,
    );
    for (const r of score.rules) {
      process.stdout.write(
        `${r.rule.padEnd(36)} ${String(r.expected).padStart(4)} ${String(r.predicted).padStart(5)} ${pct(r.precision)} ${pct(r.recall)}\n`,
      );
    }
    if (values.verbose && score.mismatches.length)
      process.stdout.write(`${score.mismatches.join('\n')}\n`);
  }
  for (const { dir, score } of comparisons) {
    process.stdout.write(
      `\n${dir}: ${score.pairs} version pairs, ${score.expected} changes\nchanges right (type and labels) precision ${pct(score.precision)} recall ${pct(score.recall)}   renumbered reported as modified ${score.renumberedAsModified}\n`,
    );
    for (const t of score.perType) {
      process.stdout.write(
        `${t.type.padEnd(12)} expected ${String(t.expected).padStart(4)} predicted ${String(t.predicted).padStart(4)} right ${String(t.correct).padStart(4)}\n`,
      );
    }
    if (values.verbose && score.mismatches.length)
      process.stdout.write(`${score.mismatches.join('\n')}\n`);
  }
}
