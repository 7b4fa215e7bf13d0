import { describe, expect, test } from 'vitest';
import { toSourceSpan } from '../../../lib/text/mapped-text';
import { normalizeText } from '../../../lib/text/normalize-text';

describe('normalizeText', () => {
  test.each([
    ['turns full-width digits and letters into ASCII', '身份证６２１０Ｘ', '身份证6210X'],
    ['turns full-width punctuation into ASCII', '姓名：王某，男', '姓名:王某,男'],
    [
      'drops zero-width characters and the soft hyphen',
      '13\u200b8\u00ad1234\ufeff5678',
      '13812345678',
    ],
    ['joins a spaced mobile number', '电话 138 1234 5678 请回', '电话 13812345678 请回'],
    ['joins a hyphenated landline', '0934-8612345', '09348612345'],
    ['joins a mobile typed digit by digit', '1 3 9 7 7 1 4 2 0 6 5', '13977142065'],
    ['joins a grouped ID number ending in X', '6210 2219 7806 1500 3X', '62102219780615003X'],
    ['keeps dates apart', '2022-12-03', '2022-12-03'],
    ['keeps a time range apart', '14:32-15:10', '14:32-15:10'],
    ['keeps two unspaced mobiles apart', '13812345678 13987654321', '13812345678 13987654321'],
    ['turns mask symbols into *', '138××××5678 张●', '138****5678 张*'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  test('maps every normalised span back to the original text', () => {
    const source = '号码：６２１０\u200b０２ 1990 0101 1239。';
    const normalized = normalizeText(source);
    const start = normalized.text.indexOf('621002');
    const [s, e] = toSourceSpan(normalized, start, start + 18);
    expect(source.slice(s, e)).toBe('６２１０\u200b０２ 1990 0101 1239');
  });

  test('keeps surrogate pairs and odd Unicode without throwing', () => {
    const source = '𠮷野家\ud800孤立代理🙂';
    const normalized = normalizeText(source);
    expect(normalized.text).toContain('𠮷');
    expect(normalized.starts.length).toBe(normalized.text.length);
  });
});
