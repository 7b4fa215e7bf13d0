import { describe, expect, test } from 'vitest';
import { classifyId18, idCheckChar } from '../../../lib/detectors/id-number';

const NOW = new Date('2026-11-28T00:00:00Z');

describe('GB 11643 ID numbers', () => {
  test.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['62100219900101123', '9'],
  ])('computes the check character of %s as %s', (first17, check) => {
    expect(idCheckChar(first17)).toBe(check);
  });

  test.each([
    ['621002199001011239', 'valid'],
    ['11010519491231002x', 'valid'],
    ['621002199001011238', 'unverified'],
    ['991002199001011238', null],
    ['621002203001011234', null],
    ['440305200102291234', null],
  ])('classifies %s as %s', (value, status) => {
    expect(classifyId18(value, NOW)).toBe(status);
  });
});
