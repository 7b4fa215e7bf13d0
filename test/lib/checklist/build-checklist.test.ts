import { describe, expect, test } from 'vitest';
import { buildChecklist, signOffProblems } from '../../../lib/checklist/build-checklist';
import { DEFAULT_MANUAL_ITEMS } from '../../../lib/checklist/checklist-items';

const phone = {
  key: 'a',
  fingerprint: 'phone|body|m|0',
  category: 'personal-data',
  severity: 'block' as const,
};
const marking = {
  key: 'b',
  fingerprint: 'mark|body|m|0',
  category: 'confidentiality',
  severity: 'warn' as const,
};
const note = {
  key: 'c',
  fingerprint: 'info|body|m|0',
  category: 'disclosure',
  severity: 'info' as const,
};
const reviewer = { name: '王科员', unit: '市政府办公室' };

describe('buildChecklist', () => {
  test('a group with an open finding fails; groups without pass; info findings do not fail a group', () => {
    const groups = buildChecklist([phone, marking, note], {}, DEFAULT_MANUAL_ITEMS, {}, true);
    const state = Object.fromEntries(groups.map((g) => [g.id, g.auto.state]));
    expect(state).toEqual({
      'personal-data': 'failed',
      confidentiality: 'failed',
      disclosure: 'passed',
      interpretation: 'passed',
      // No previous version to compare with: a person decides.
      'policy-change': 'waiting',
    });
    expect(groups.map((g) => g.label)).toEqual([
      '个人信息保护',
      '保密审查',
      '公开属性',
      '政策解读（三同步）',
      '新旧政策差异',
    ]);
  });

  test('a finding marked false positive or accepted no longer fails its group', () => {
    const groups = buildChecklist(
      [phone],
      {
        [phone.fingerprint]: {
          state: 'false-positive',
          reason: '单位电话',
          at: '2026-11-28T00:00:00Z',
        },
      },
      [],
      {},
      true,
    );
    expect(groups[0]!.auto.state).toBe('passed');
    expect(groups[0]!.auto.settled).toEqual([phone]);
  });

  test('with no draft on the page every automatic item waits', () => {
    const groups = buildChecklist([], {}, [], {}, false);
    expect(groups.every((g) => g.auto.state === 'waiting')).toBe(true);
  });

  test('manual items start waiting and carry the reviewer’s state and note', () => {
    const groups = buildChecklist(
      [],
      {},
      DEFAULT_MANUAL_ITEMS,
      {
        'secrecy-opinion': { state: 'confirmed', note: '保密办已审' },
      },
      true,
    );
    const secrecy = groups.find((g) => g.id === 'confidentiality')!.manual[0]!;
    expect(secrecy).toMatchObject({ state: 'confirmed', note: '保密办已审' });
    expect(
      groups.find((g) => g.id === 'disclosure')!.manual.every((m) => m.state === 'waiting'),
    ).toBe(true);
  });
});

describe('signOffProblems', () => {
  const decided = Object.fromEntries(
    DEFAULT_MANUAL_ITEMS.map((item) => [item.id, { state: 'confirmed' as const, note: '' }]),
  );

  test('通过 needs every automatic check passed and every manual item decided', () => {
    const failing = buildChecklist([phone], {}, DEFAULT_MANUAL_ITEMS, decided, true);
    expect(signOffProblems(failing, 'approved', '', reviewer).join()).toContain('不能直接“通过”');
    const undecided = buildChecklist([], {}, DEFAULT_MANUAL_ITEMS, {}, true);
    expect(signOffProblems(undecided, 'approved', '', reviewer).join()).toContain(
      '6 项人工核对未作决定',
    );
    const clean = buildChecklist([], {}, DEFAULT_MANUAL_ITEMS, decided, true);
    expect(signOffProblems(clean, 'approved', '', reviewer)).toEqual([]);
  });

  test('退回修改 and 有条件通过 need a comment, not a clean checklist', () => {
    const failing = buildChecklist([phone], {}, DEFAULT_MANUAL_ITEMS, {}, true);
    expect(signOffProblems(failing, 'returned', '', reviewer).join()).toContain('须填写意见');
    expect(signOffProblems(failing, 'returned', '请删除手机号', reviewer)).toEqual([]);
    expect(signOffProblems(failing, 'conditional', '删除手机号后发布', reviewer)).toEqual([]);
  });

  test('nobody signs off without a name and unit, or without an outcome', () => {
    const clean = buildChecklist([], {}, [], {}, true);
    expect(signOffProblems(clean, 'approved', '', { name: '', unit: '' }).join()).toContain(
      '审核人姓名',
    );
    expect(signOffProblems(clean, null, '', reviewer).join()).toContain('审核结论');
  });
});
