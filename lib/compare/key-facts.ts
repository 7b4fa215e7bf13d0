import type { KeyFactKind } from './schema';

/** One key fact found in a unit's canonical text. */
export interface KeyFact {
  kind: KeyFactKind;
  /** As written (canonical form). */
  text: string;
  /** What is compared: the text, or for clause facts the clause with numbers masked. */
  key: string;
  /** Offset in the unit's text, to keep facts in reading order. */
  at: number;
}

/** A fact that differs between the old and the new version of a unit. */
export interface FactDifference {
  kind: KeyFactKind;
  old: string | null;
  new: string | null;
}

const CN_NUM = '〇零一二三四五六七八九十百千万两';
/** Bounded repetitions: a long run of digits must not make every start position rescan it. */
const NUM = `(?:\\d{1,15}(?:\\.\\d{1,6})?|[${CN_NUM}]{1,12})`;

/** Dates first, so that 7月1日 is not read as a deadline of 1日. */
const DATE = new RegExp(
  `\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?`,
  'g',
);
/** An entry into force without a calendar date: 自发布之日起施行. */
const IN_FORCE = /自[^。；，\n]{1,20}?起(?:施行|执行|实施)/g;
const PERCENTAGE = new RegExp(`\\d{1,15}(?:\\.\\d{1,6})?%|百分之[${CN_NUM}点]{1,12}`, 'g');
const AMOUNT = new RegExp(
  `(?:每[^\\d${CN_NUM}，。；：、\\n]{1,6}?)?${NUM}(?:万|亿|千)?元(?:\\/[^，。；\\n]{1,3})?`,
  'g',
);
const DEADLINE = new RegExp(
  `(有效期|期限|时限|期满|届满|不超过|超过|满)?为?${NUM}(个)?(工作日|自然日|小时|个月|日|天|月|年|周)(内|以内|之内|以上|以下)?`,
  'g',
);
const MODAL = /应当|可以|不得|必须|鼓励|禁止|严禁|不予|(?<![必无])须/g;
const COVERAGE_CUE =
  /适用于|适用范围|本办法所称|本市户籍|户籍(?:的|人口|居民)|常住(?:人口|居民)|申请对象|补贴对象|保障对象|支持对象|扶持对象|范围包括|对象为/;
const CONDITION_CUE =
  /符合.{0,30}条件|具备.{0,10}条件|应当具备|须具备|须满足|满足.{0,20}条件|申请条件|资格条件|申请资格/;
const LIST_OF_CONDITIONS = /(?:下列|以下)(?:条件|资格|要求)/;
const ITEM_MARKER = /^(?:（[一二三四五六七八九十]+）|\d+[.、])/;

/** Matches of a pattern in the not yet masked text; masks them so later kinds skip them. */
function take(
  text: string,
  pattern: RegExp,
  kind: KeyFactKind,
  facts: KeyFact[],
  accept: (m: RegExpExecArray) => boolean = () => true,
): string {
  const pieces: string[] = [];
  let copied = 0;
  for (const m of text.matchAll(pattern)) {
    if (m[0] === '' || m[0].includes('\u0000') || !accept(m)) continue;
    facts.push({ kind, text: m[0], key: m[0], at: m.index });
    // Built once, piece by piece: masking match by match would copy the text per match.
    pieces.push(text.slice(copied, m.index), '\u0000'.repeat(m[0].length));
    copied = m.index + m[0].length;
  }
  if (copied === 0) return text;
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/** A clause with its numbers masked, so a changed amount does not also count as a changed clause. */
function clauseKey(clause: string): string {
  return clause.replace(new RegExp(NUM, 'g'), '#');
}

function clauseFacts(text: string, facts: KeyFact[]): void {
  let inConditionList = false;
  let at = 0;
  for (const line of text.split('\n')) {
    const isItem = ITEM_MARKER.test(line);
    if (!isItem) inConditionList = false;
    let clauseAt = at;
    for (const clause of line.split(/[，。；：]/)) {
      const key = clauseKey(clause);
      if (clause === '') {
        clauseAt += 1;
        continue;
      }
      if (COVERAGE_CUE.test(clause))
        facts.push({ kind: 'coverage', text: clause, key, at: clauseAt });
      else if (CONDITION_CUE.test(clause) || (inConditionList && isItem))
        facts.push({ kind: 'condition', text: clause, key, at: clauseAt });
      clauseAt += clause.length + 1;
    }
    if (LIST_OF_CONDITIONS.test(line)) inConditionList = true;
    at += line.length + 1;
  }
}

/** The key facts of a unit: amounts, percentages, dates, deadlines, coverage and condition clauses, modal verbs. */
export function extractKeyFacts(text: string): KeyFact[] {
  const facts: KeyFact[] = [];
  let rest = take(text, DATE, 'date', facts);
  rest = take(rest, IN_FORCE, 'date', facts, (m) => !/[\d年]/.test(m[0]));
  rest = take(rest, PERCENTAGE, 'percentage', facts);
  rest = take(rest, AMOUNT, 'amount', facts);
  take(rest, DEADLINE, 'deadline', facts, (m) =>
    Boolean(m[1] || m[4] || /工作日|自然日|小时|个月/.test(m[3] ?? '')),
  );
  for (const m of text.matchAll(MODAL))
    facts.push({ kind: 'modal', text: m[0], key: m[0], at: m.index });
  clauseFacts(text, facts);
  return facts.sort((x, y) => x.at - y.at);
}

/** Facts of `a` not matched (by kind and key, as a multiset) in `b`, in order. */
function unmatched(a: KeyFact[], b: KeyFact[]): KeyFact[] {
  const counts = new Map<string, number>();
  for (const f of b) counts.set(`${f.kind}|${f.key}`, (counts.get(`${f.kind}|${f.key}`) ?? 0) + 1);
  return a.filter((f) => {
    const id = `${f.kind}|${f.key}`;
    const n = counts.get(id) ?? 0;
    if (n > 0) counts.set(id, n - 1);
    return n === 0;
  });
}

/**
 * The key facts that differ between two versions of a unit, old and new paired in order within
 * each kind. Modal verbs are reported only as replacements (可以→应当): a sentence added with its
 * own 应当 is an addition, not a change of obligation.
 */
export function diffKeyFacts(oldText: string | null, newText: string | null): FactDifference[] {
  const oldFacts = oldText === null ? [] : extractKeyFacts(oldText);
  const newFacts = newText === null ? [] : extractKeyFacts(newText);
  const gone = unmatched(oldFacts, newFacts);
  const come = unmatched(newFacts, oldFacts);
  const kinds: KeyFactKind[] = [];
  for (const f of [...gone, ...come]) if (!kinds.includes(f.kind)) kinds.push(f.kind);
  const out: FactDifference[] = [];
  for (const kind of kinds) {
    const olds = gone.filter((f) => f.kind === kind);
    const news = come.filter((f) => f.kind === kind);
    const n =
      kind === 'modal' ? Math.min(olds.length, news.length) : Math.max(olds.length, news.length);
    for (let k = 0; k < n; k++)
      out.push({ kind, old: olds[k]?.text ?? null, new: news[k]?.text ?? null });
  }
  return out;
}
