import { describe, expect, test } from 'vitest';
import { parseLabelledText, scoreTallies, tallyDocument } from '../../../lib/eval/labelled-corpus';

describe('parseLabelledText', () => {
  test('strips markup and records spans in the clean text', () => {
    const doc = parseLabelledText('病例{{name|王建华}}，手机{{phone|13809345678}}。');
    expect(doc.text).toBe('病例王建华，手机13809345678。');
    expect(doc.spans).toEqual([
      { kind: 'name', start: 2, end: 5 },
      { kind: 'phone', start: 8, end: 19 },
    ]);
  });

  test('rejects unbalanced markup', () => {
    expect(() => parseLabelledText('病例{{name|王建华')).toThrow(/unbalanced/);
  });
});

describe('scoring', () => {
  test('counts overlapping spans of the same kind as hits', () => {
    const tallies = new Map();
    tallyDocument(
      tallies,
      [
        { kind: 'name', start: 0, end: 3 },
        { kind: 'name', start: 10, end: 13 },
      ],
      [
        { kind: 'name', start: 1, end: 3 },
        { kind: 'name', start: 20, end: 22 },
        { kind: 'phone', start: 0, end: 3 },
      ],
    );
    const [name, phone] = scoreTallies(tallies);
    expect(name).toMatchObject({
      kind: 'name',
      gold: 2,
      predicted: 2,
      precision: 0.5,
      recall: 0.5,
    });
    expect(phone).toMatchObject({ kind: 'phone', gold: 0, predicted: 1, precision: 0, recall: 1 });
  });
});
