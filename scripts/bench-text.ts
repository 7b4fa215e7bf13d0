/**
 * Draft texts for the benchmarks (`scripts/bench.ts`, `scripts/bench-page.ts`): the labelled
 * corpus's documents, markup removed, repeated in order until the text has `size` characters.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLabelledText } from '../lib/eval/labelled-corpus';

const CORPUS = 'test/fixtures/personal-data/corpus';

export function buildText(size: number): string {
  const docs = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseLabelledText(readFileSync(join(CORPUS, f), 'utf8')).text);
  let text = '';
  for (let i = 0; text.length < size; i++) text += `${docs[i % docs.length]}\n\n`;
  return text.slice(0, size);
}
