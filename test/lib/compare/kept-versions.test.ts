import { describe, expect, test } from 'vitest';
import {
  addKeptVersion,
  maskPersonalData,
  MAX_KEPT_VERSIONS,
  parseKeptVersions,
} from '../../../lib/compare/kept-versions';

const NOW = new Date('2026-11-28T08:00:00Z');

describe('kept versions', () => {
  test('never keep a raw identifier: IDs and mobiles are masked', () => {
    const masked = maskPersonalData('联系人手机13809345678，身份证号621002199001011239。');
    expect(masked).not.toContain('13809345678');
    expect(masked).not.toContain('621002199001011239');
    expect(masked).toContain('138****5678');
  });

  test('keep the newest first, titled by the first line, each text once', () => {
    let list = addKeptVersion([], '某市住房租赁补贴管理办法\n第一条 …', NOW);
    list = addKeptVersion(
      list,
      '某市住房租赁补贴管理办法（修订）\n第一条 …',
      new Date(NOW.getTime() + 1000),
    );
    list = addKeptVersion(
      list,
      '某市住房租赁补贴管理办法\n第一条 …',
      new Date(NOW.getTime() + 2000),
    );
    expect(list.map((v) => v.title)).toEqual([
      '某市住房租赁补贴管理办法',
      '某市住房租赁补贴管理办法（修订）',
    ]);
  });

  test(`keep at most ${MAX_KEPT_VERSIONS}`, () => {
    let list = addKeptVersion([], 'v0', NOW);
    for (let i = 1; i < MAX_KEPT_VERSIONS + 5; i++)
      list = addKeptVersion(list, `v${i}`, new Date(NOW.getTime() + i));
    expect(list).toHaveLength(MAX_KEPT_VERSIONS);
    expect(list[0]!.text).toBe(`v${MAX_KEPT_VERSIONS + 4}`);
  });

  test('drop malformed stored data instead of trusting it', () => {
    expect(parseKeptVersions('garbage')).toEqual([]);
    expect(
      parseKeptVersions([{ id: 'a' }, { id: 'b', title: 't', savedAt: 's', text: 'x' }]),
    ).toHaveLength(1);
  });
});
