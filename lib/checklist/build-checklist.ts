import { CHECKLIST_GROUPS, type GroupId, type ManualItem } from './checklist-items';
import type { Disposition } from './dispositions';

export type ItemState = 'passed' | 'failed' | 'waiting' | 'confirmed' | 'not-applicable';

/** The finding fields the checklist needs. */
export interface ChecklistFinding {
  key: string;
  fingerprint: string;
  category: string;
  severity: 'block' | 'warn' | 'info';
}

/** A manual item's state as the reviewer set it. */
export interface ManualState {
  state: 'waiting' | 'confirmed' | 'failed' | 'not-applicable';
  note: string;
}

export interface ChecklistGroup<F extends ChecklistFinding> {
  id: GroupId;
  label: string;
  en: string;
  /** The automatic item: passed with no open finding, failed with one, waiting when nothing was checked. */
  auto: { state: ItemState; open: F[]; settled: F[] };
  manual: Array<ManualItem & ManualState>;
}

/**
 * Builds the checklist for a draft: per group, the automatic check (findings not disposed of
 * make it fail) and the manual items with the reviewer's states.
 */
export function buildChecklist<F extends ChecklistFinding>(
  findings: readonly F[],
  dispositions: Readonly<Record<string, Disposition>>,
  manualItems: readonly ManualItem[],
  manualStates: Readonly<Record<string, ManualState>>,
  hasDraft: boolean,
): Array<ChecklistGroup<F>> {
  return CHECKLIST_GROUPS.map((group) => {
    const inGroup = findings.filter(
      (f) => (group.categories as readonly string[]).includes(f.category) && f.severity !== 'info',
    );
    const open = inGroup.filter((f) => !dispositions[f.fingerprint]);
    const settled = inGroup.filter((f) => dispositions[f.fingerprint]);
    const clean: ItemState = 'cleanMeans' in group ? group.cleanMeans : 'passed';
    const state: ItemState = !hasDraft ? 'waiting' : open.length > 0 ? 'failed' : clean;
    return {
      id: group.id,
      label: group.label,
      en: group.en,
      auto: { state, open, settled },
      manual: manualItems
        .filter((item) => item.group === group.id)
        .map((item) => ({ ...item, ...(manualStates[item.id] ?? { state: 'waiting', note: '' }) })),
    };
  });
}

export type Outcome = 'approved' | 'returned' | 'conditional';

export const OUTCOME_LABELS: Record<Outcome, string> = {
  approved: '通过',
  returned: '退回修改',
  conditional: '有条件通过',
};

/** Why this outcome cannot be signed yet (empty when it can). */
export function signOffProblems<F extends ChecklistFinding>(
  groups: ReadonlyArray<ChecklistGroup<F>>,
  outcome: Outcome | null,
  comment: string,
  reviewer: { name: string; unit: string },
): string[] {
  const problems: string[] = [];
  if (!reviewer.name.trim() || !reviewer.unit.trim()) {
    problems.push('请先在设置页填写审核人姓名和单位。Set your name and unit in the options page.');
  }
  if (!outcome) {
    problems.push('请选择审核结论。Choose an outcome.');
    return problems;
  }
  const waiting = groups.flatMap((g) => g.manual.filter((m) => m.state === 'waiting'));
  const failed =
    groups.some((g) => g.auto.state === 'failed') ||
    groups.some((g) => g.manual.some((m) => m.state === 'failed'));
  if (outcome === 'approved') {
    if (failed) {
      problems.push('仍有未处理的问题或未通过的事项，不能直接“通过”；可退回修改或有条件通过。');
    }
    if (waiting.length > 0) {
      problems.push(
        `还有 ${waiting.length} 项人工核对未作决定。${waiting.length} manual item(s) undecided.`,
      );
    }
  }
  if ((outcome === 'conditional' || outcome === 'returned') && !comment.trim()) {
    problems.push('“有条件通过”和“退回修改”须填写意见。A comment is required.');
  }
  return problems;
}
