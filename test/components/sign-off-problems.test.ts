import { afterEach, describe, expect, test, vi } from 'vitest';
import { signOffProblemText } from '../../components/sign-off-problems';
import { signOffProblems, type ChecklistGroup } from '../../lib/checklist/build-checklist';

afterEach(() => {
  vi.unstubAllGlobals();
});

const reviewer = { name: '王科员', unit: '市政府办公室' };

function group(failed: boolean, waiting: number): ChecklistGroup<never> {
  return {
    id: 'personal-data',
    label: '个人信息保护',
    en: 'Personal data',
    auto: { state: failed ? 'failed' : 'passed', open: [], settled: [] },
    manual: Array.from({ length: waiting }, (_, k) => ({
      id: `item-${k}`,
      group: 'personal-data' as const,
      label: '事项',
      state: 'waiting' as const,
      note: '',
    })),
  };
}

/** Every case in which lib's signOffProblems objects. */
const CASES = [
  ...signOffProblems([group(false, 0)], 'approved', '', { name: '', unit: '' }),
  ...signOffProblems([group(false, 0)], null, '', reviewer),
  ...signOffProblems([group(true, 0)], 'approved', '', reviewer),
  ...signOffProblems([group(false, 3)], 'approved', '', reviewer),
  ...signOffProblems([group(false, 0)], 'conditional', '', reviewer),
];

describe('signOffProblemText', () => {
  test('has an English text for every problem the sign-off can have', () => {
    vi.stubGlobal('navigator', { language: 'en-US' });
    expect(CASES).toHaveLength(5);
    expect(CASES.map(signOffProblemText)).toEqual([
      'Set your name and unit in the options page first.',
      'Choose an outcome.',
      'Open findings or failed items remain, so it cannot simply be approved; return it or approve it with conditions.',
      '3 manual item(s) still undecided.',
      'Approving with conditions or returning a draft needs a comment.',
    ]);
  });

  test('shows the Chinese problems in a Chinese UI, and an unknown one as it is', () => {
    expect(signOffProblemText(CASES[3]!)).toBe('还有 3 项人工核对未作决定。');
    expect(signOffProblemText('别的问题')).toBe('别的问题');
  });
});
