import { describe, expect, test } from 'vitest';
import {
  parseChineseDigits,
  parseChineseNumeral,
  parseOrdinal,
  toChineseNumeral,
} from '../../../lib/structure/chinese-numeral';

describe('parseChineseNumeral', () => {
  test.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['一百十', 110],
    ['两百', 200],
    ['两千零二十二', 2022],
    ['一千零一', 1001],
    ['九千九百九十九', 9999],
    ['零', 0],
    ['〇', 0],
  ])('reads %s as %i', (numeral, value) => {
    expect(parseChineseNumeral(numeral)).toBe(value);
  });

  test.each([[''], ['十十'], ['一二'], ['零十'], ['百千'], ['一百零'], ['五a'], ['万']])(
    'rejects %j',
    (numeral) => {
      expect(parseChineseNumeral(numeral)).toBeNull();
    },
  );
});

describe('parseChineseDigits', () => {
  test.each([
    ['二〇二二', 2022],
    ['二零二二', 2022],
    ['一九九九', 1999],
    ['二○二三', 2023],
  ])('reads the year %s as %i', (digits, value) => {
    expect(parseChineseDigits(digits)).toBe(value);
  });

  test('rejects a numeral with units', () => {
    expect(parseChineseDigits('二十')).toBeNull();
  });
});

describe('toChineseNumeral', () => {
  test.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1001, '一千零一'],
    [2022, '二千零二十二'],
    [9999, '九千九百九十九'],
    [0, '0'],
    [10000, '10000'],
  ])('writes %i as %s', (value, numeral) => {
    expect(toChineseNumeral(value)).toBe(numeral);
  });

  test('round-trips every value from 1 to 9999', () => {
    const wrong: number[] = [];
    for (let n = 1; n <= 9999; n++)
      if (parseChineseNumeral(toChineseNumeral(n)) !== n) wrong.push(n);
    expect(wrong).toEqual([]);
  });
});

describe('parseOrdinal', () => {
  test.each([
    ['12', 12],
    ['１２', 12],
    ['十二', 12],
    ['①', 1],
    ['⑳', 20],
    ['⑴', 1],
    ['⒈', 1],
    ['⒛', 20],
  ])('reads %s as %i', (token, value) => {
    expect(parseOrdinal(token)).toBe(value);
  });

  test.each([[''], ['a'], ['1a']])('rejects %j', (token) => {
    expect(parseOrdinal(token)).toBeNull();
  });
});
