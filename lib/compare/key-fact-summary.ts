import type { Comparison, KeyFactKind } from './schema';

const KIND_NAMES: Record<KeyFactKind, string> = {
  amount: '金额',
  percentage: '比例',
  date: '日期',
  deadline: '期限',
  coverage: '适用对象',
  condition: '条件',
  modal: '措辞',
};

/** One sentence for a changed key fact: 第三条：金额由“每平方米2元”调整为“每平方米3元”。 */
export function summarizeKeyFact(
  label: string | null,
  kind: KeyFactKind,
  oldText: string | null,
  newText: string | null,
): string {
  const where = label ? `${label}：` : '';
  const name = KIND_NAMES[kind];
  if (oldText !== null && newText !== null)
    return `${where}${name}由“${oldText}”调整为“${newText}”。`;
  if (newText !== null) return `${where}新增${name}“${newText}”。`;
  return `${where}删去${name}“${oldText ?? ''}”。`;
}

/** The 主要变化 list: one line per changed key fact, numbered, in document order. */
export function summarizeKeyFacts(comparison: Comparison): string[] {
  return comparison.keyFacts.map((f, k) => `${k + 1}. ${f.summary}`);
}
