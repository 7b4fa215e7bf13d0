import { describe, expect, test } from 'vitest';
import {
  hasPersonalData,
  maskPersonalData,
  maskRecordPersonalData,
} from '../../../lib/log/mask-personal-data';

describe('maskPersonalData', () => {
  test.each([
    ['a mobile number', '联系电话 13812345678', '联系电话 13*******78'],
    ['an ID number', '身份证号620102198001011234。', '身份证号62**************34。'],
    ['full-width digits', '电话１３８１２３４５６７８', '电话１３*******７８'],
    ['a run of exactly 7 digits', '账号1234567', '账号12***67'],
    ['an e-mail address', '发至 zhang.san@example.com 即可', '发至 z***@example.com 即可'],
    ['an e-mail ending a sentence', '邮箱a1@mail.gs.cn.', '邮箱a***@mail.gs.cn.'],
    ['an e-mail whose local part is a phone', '13812345678@qq.com', '1***@qq.com'],
    ['two e-mails', 'a@b.cn,c@d.cn', 'a***@b.cn,c***@d.cn'],
  ])('masks %s', (_name, text, masked) => {
    expect(maskPersonalData(text)).toBe(masked);
    expect(hasPersonalData(text)).toBe(true);
  });

  test.each([
    ['a document number', '甘政发〔2024〕12号'],
    ['a written date', '2026年11月28日'],
    ['a six-digit run', '邮编730000'],
    ['a masked phone', '138****5678'],
    ['a masked e-mail', 'z***@example.com'],
    ['an @ without a domain', '@张三 请核实'],
    ['a host without a dot', 'user@localhost'],
    ['a numeric top-level domain', 'a@1.2'],
    ['an empty string', ''],
  ])('leaves %s alone', (_name, text) => {
    expect(maskPersonalData(text)).toBe(text);
    expect(hasPersonalData(text)).toBe(false);
  });

  test('is idempotent: masked text is not masked again', () => {
    const once = maskPersonalData('电话13812345678，邮箱 li@example.org，卡号6217000011112222333');
    expect(maskPersonalData(once)).toBe(once);
  });

  test('stays linear on long hostile input', () => {
    const hostile = `${'a.'.repeat(50_000)}@${'b-'.repeat(50_000)}`;
    const started = performance.now();
    maskPersonalData(hostile);
    maskPersonalData('@'.repeat(100_000));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('maskRecordPersonalData', () => {
  test('masks every text field, says which, and keeps times and hashes exact', () => {
    const record = {
      type: 'retention-delete',
      at: '2026-11-28T02:00:00.000Z',
      cutoff: '2021-11-28T00:00:00.000Z',
      toHash: '1234567890123456789012345678901234567890123456789012345678901234',
      reason: '申请人 13812345678 要求',
      fromSeq: 1234567,
      nested: { list: ['无', 'x@example.com'] },
    };
    const { record: masked, maskedFields } = maskRecordPersonalData(record);
    expect(masked).toEqual({
      ...record,
      reason: '申请人 13*******78 要求',
      nested: { list: ['无', 'x***@example.com'] },
    });
    expect(maskedFields).toEqual(['reason', 'nested.list[1]']);
    expect(record.reason).toBe('申请人 13812345678 要求');
  });

  test('reports no field when nothing needed masking', () => {
    expect(maskRecordPersonalData({ title: '通知', findings: [] }).maskedFields).toEqual([]);
  });
});
