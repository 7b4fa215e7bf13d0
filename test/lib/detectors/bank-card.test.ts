import { expect, test } from 'vitest';
import { passesLuhn } from '../../../lib/detectors/bank-card';

test.each([
  ['6217000000000000004', true],
  ['6217000000000000005', false],
  ['4367421234567896', true],
  ['6228481234567890128', true],
])('Luhn check of %s is %s', (digits, ok) => {
  expect(passesLuhn(digits)).toBe(ok);
});
