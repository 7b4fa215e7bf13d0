import { describe, expect, test } from 'vitest';
import {
  MAX_DISPOSITION_DRAFTS,
  dispositionsFor,
  parseDispositions,
  setDisposition,
} from '../../../lib/checklist/dispositions';

const fp = { state: 'false-positive' as const, reason: '单位值班电话', at: '2026-11-28T01:00:00Z' };

describe('dispositions', () => {
  test('are kept per draft and finding, and can be cleared', () => {
    let stored = setDisposition(
      {},
      'https://cms/a?id=1',
      'phone|body|x|0',
      fp,
      '2026-11-28T01:00:00Z',
    );
    expect(dispositionsFor(stored, 'https://cms/a?id=1')).toEqual({ 'phone|body|x|0': fp });
    expect(dispositionsFor(stored, 'https://cms/a?id=2')).toEqual({});
    stored = setDisposition(
      stored,
      'https://cms/a?id=1',
      'phone|body|x|0',
      null,
      '2026-11-28T02:00:00Z',
    );
    expect(dispositionsFor(stored, 'https://cms/a?id=1')).toEqual({});
  });
  test('keep only the most recently changed drafts', () => {
    let stored = {};
    for (let i = 0; i <= MAX_DISPOSITION_DRAFTS; i++) {
      stored = setDisposition(
        stored,
        `d${i}`,
        'f',
        fp,
        new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      );
    }
    expect(Object.keys(stored)).toHaveLength(MAX_DISPOSITION_DRAFTS);
    expect(dispositionsFor(stored, 'd0')).toEqual({});
    expect(dispositionsFor(stored, `d${MAX_DISPOSITION_DRAFTS}`)).toEqual({ f: fp });
  });
  test('a malformed store is dropped', () => {
    expect(parseDispositions({ d: { byFinding: { f: { state: 'maybe' } } } })).toEqual({});
    expect(parseDispositions(undefined)).toEqual({});
  });
});
