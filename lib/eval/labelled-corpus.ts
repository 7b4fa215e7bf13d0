/** A gold span of a labelled document. */
export interface GoldSpan {
  kind: string;
  start: number;
  end: number;
}

export interface LabelledDocument {
  text: string;
  spans: GoldSpan[];
}

const MARKUP = /\{\{([a-z0-9-]+)\|([^{}]*)\}\}/g;

/** Strips `{{kind|text}}` markup from a labelled fixture, recording each span in the clean text. */
export function parseLabelledText(raw: string): LabelledDocument {
  const spans: GoldSpan[] = [];
  let text = '';
  let cursor = 0;
  for (const m of raw.matchAll(MARKUP)) {
    text += raw.slice(cursor, m.index);
    spans.push({ kind: m[1]!, start: text.length, end: text.length + m[2]!.length });
    text += m[2]!;
    cursor = m.index + m[0].length;
  }
  text += raw.slice(cursor);
  if (text.includes('{{') || text.includes('}}'))
    throw new Error('unbalanced {{kind|text}} markup');
  return { text, spans };
}

export interface PredictedSpan {
  kind: string;
  start: number;
  end: number;
}

/** Counts per kind for span-level scoring. */
export interface KindScore {
  kind: string;
  gold: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  f2: number;
}

interface Tally {
  gold: number;
  predicted: number;
  hitGold: number;
  hitPredicted: number;
}

/** Adds one document's spans to the tallies: a prediction is right when it overlaps a gold span of its kind. */
export function tallyDocument(
  tallies: Map<string, Tally>,
  gold: readonly GoldSpan[],
  predicted: readonly PredictedSpan[],
): void {
  const get = (kind: string) => {
    let t = tallies.get(kind);
    if (!t) tallies.set(kind, (t = { gold: 0, predicted: 0, hitGold: 0, hitPredicted: 0 }));
    return t;
  };
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && b.start < a.end;
  for (const g of gold) {
    const t = get(g.kind);
    t.gold++;
    if (predicted.some((p) => p.kind === g.kind && overlaps(p, g))) t.hitGold++;
  }
  for (const p of predicted) {
    const t = get(p.kind);
    t.predicted++;
    if (gold.some((g) => g.kind === p.kind && overlaps(p, g))) t.hitPredicted++;
  }
}

/** Turns tallies into precision, recall and F2 per kind (an empty side scores 1). */
export function scoreTallies(tallies: Map<string, Tally>): KindScore[] {
  return [...tallies.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, t]) => {
      const precision = t.predicted === 0 ? 1 : t.hitPredicted / t.predicted;
      const recall = t.gold === 0 ? 1 : t.hitGold / t.gold;
      const f2 = precision + recall === 0 ? 0 : (5 * precision * recall) / (4 * precision + recall);
      return {
        kind,
        gold: t.gold,
        predicted: t.predicted,
        truePositives: t.hitGold,
        precision,
        recall,
        f2,
      };
    });
}
