import {
  signOffProblems,
  type ChecklistFinding,
  type ChecklistGroup,
  type ItemState,
} from '@/lib/checklist/build-checklist';
import { t } from './i18n';

const SOMEONE = { name: 'x', unit: 'x' };

function group(auto: ItemState, waiting: number): ChecklistGroup<ChecklistFinding> {
  return {
    id: 'disclosure',
    label: '',
    en: '',
    auto: { state: auto, open: [], settled: [] },
    manual: Array.from({ length: waiting }, (_, k) => ({
      id: `m${k}`,
      group: 'disclosure' as const,
      label: '',
      state: 'waiting' as const,
      note: '',
    })),
  };
}

/** What lib's signOffProblems says in each case, to recognise its (Chinese) text. */
function reference(kind: 'reviewer' | 'outcome' | 'open' | 'comment' | 'undecided', n = 0) {
  switch (kind) {
    case 'reviewer':
      return signOffProblems([], 'returned', 'c', { name: '', unit: '' })[0];
    case 'outcome':
      return signOffProblems([], null, '', SOMEONE)[0];
    case 'open':
      return signOffProblems([group('failed', 0)], 'approved', '', SOMEONE)[0];
    case 'comment':
      return signOffProblems([], 'returned', '', SOMEONE)[0];
    case 'undecided':
      return signOffProblems([group('passed', n)], 'approved', '', SOMEONE)[0];
  }
}

/**
 * A problem from lib's `signOffProblems` in the UI language. lib words its problems for the log
 * and the CLI; the side panel shows them in the browser's language. A problem this function does
 * not know is shown as lib wrote it.
 */
export function signOffProblemText(problem: string): string {
  if (problem === reference('reviewer')) return t('ui_signoff_need_reviewer');
  if (problem === reference('outcome')) return t('ui_signoff_need_outcome');
  if (problem === reference('open')) return t('ui_signoff_open_problems');
  if (problem === reference('comment')) return t('ui_signoff_need_comment');
  const count = Number(/\d+/.exec(problem)?.[0] ?? NaN);
  if (count > 0 && problem === reference('undecided', count)) {
    return t('ui_signoff_undecided', count);
  }
  return problem;
}
