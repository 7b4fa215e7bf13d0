import { CATEGORIES, SEVERITIES, type Category } from '../engine/schema';
import type { LogRow } from './log-query';
import { OUTCOMES, type Outcome } from './review-record';

/**
 * The figures a supervisor puts in a report (issue 7), computed from the rows the filters left.
 * Findings are counted on every record that carries them (sign-offs and gate decisions); filter
 * by type first to count only one kind.
 */

const DAY_MS = 86_400_000;
/** China Standard Time, UTC+8, no daylight saving: weeks start on Monday 00:00 Beijing time. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The day number (days since 1970-01-01) of the Monday starting `time`'s week in China time. */
function mondayDay(time: number): number {
  const day = Math.floor((time + CHINA_OFFSET_MS) / DAY_MS);
  // 1970-01-01 was a Thursday: (day + 3) % 7 is 0 on Mondays.
  return day - ((((day + 3) % 7) + 7) % 7);
}

function dayLabel(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The week a time falls in, as 'YYYY-MM-DD' of its Monday in China time. */
export function chinaWeekOf(time: number): string {
  return dayLabel(mondayDay(time));
}

const scratchDate = new Date(0);

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/** 'YYYY-MM-DD HH:mm:ss' in China time, how exports and the page show a time. */
export function formatChinaTime(time: number): string {
  // Runs once per exported row: one reused Date and no intermediate ISO string.
  const d = scratchDate;
  d.setTime(time + CHINA_OFFSET_MS);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

/** The category a rule id names ('personal-data/phone' → personal-data), null if none. */
export function categoryOfRule(ruleId: string): Category | null {
  const prefix = ruleId.split('/')[0];
  return (CATEGORIES as readonly string[]).includes(prefix ?? '') ? (prefix as Category) : null;
}

/** Findings per category per week, every week from the first to the last with findings. */
export function findingsPerCategoryPerWeek(rows: readonly LogRow[]): {
  weeks: string[];
  series: { category: Category; counts: number[] }[];
} {
  const byWeek = new Map<number, Partial<Record<Category, number>>>();
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    if (row.findingCount === 0) continue;
    const monday = mondayDay(row.time);
    first = Math.min(first, monday);
    last = Math.max(last, monday);
    const counts = byWeek.get(monday) ?? {};
    for (const category in row.categoryCounts) {
      const key = category as Category;
      counts[key] = (counts[key] ?? 0) + (row.categoryCounts[key] ?? 0);
    }
    byWeek.set(monday, counts);
  }
  const mondays: number[] = [];
  for (let day = first; day <= last; day += 7) mondays.push(day);
  return {
    weeks: mondays.map(dayLabel),
    series: CATEGORIES.map((category) => ({
      category,
      counts: mondays.map((day) => byWeek.get(day)?.[category] ?? 0),
    })),
  };
}

/** The rules with most findings: findings and the number of records (documents) they were in. */
export function topRules(
  rows: readonly LogRow[],
  limit = 10,
): { ruleId: string; category: Category | null; count: number; documents: number }[] {
  const totals = new Map<string, { count: number; documents: number }>();
  for (const row of rows) {
    for (const ruleId in row.ruleCounts) {
      const total = totals.get(ruleId) ?? { count: 0, documents: 0 };
      total.count += row.ruleCounts[ruleId] ?? 0;
      total.documents += 1;
      totals.set(ruleId, total);
    }
  }
  return [...totals]
    .map(([ruleId, total]) => ({ ruleId, category: categoryOfRule(ruleId), ...total }))
    .sort(
      (a, b) => b.count - a.count || b.documents - a.documents || (a.ruleId < b.ruleId ? -1 : 1),
    )
    .slice(0, limit);
}

/** Per unit: gate decisions, how many were 仍然发布 (publish anyway), and their share. */
export function publishDespiteWarningsByUnit(
  rows: readonly LogRow[],
): { unit: string; gateDecisions: number; publishedAnyway: number; rate: number }[] {
  const byUnit = new Map<string, { gateDecisions: number; publishedAnyway: number }>();
  for (const row of rows) {
    if (row.type !== 'gate-decision') continue;
    const unit = byUnit.get(row.unit) ?? { gateDecisions: 0, publishedAnyway: 0 };
    unit.gateDecisions += 1;
    if (row.outcome === 'publish-anyway') unit.publishedAnyway += 1;
    byUnit.set(row.unit, unit);
  }
  return [...byUnit]
    .map(([unit, counts]) => ({
      unit,
      ...counts,
      rate: counts.publishedAnyway / counts.gateDecisions,
    }))
    .sort(
      (a, b) => b.rate - a.rate || b.gateDecisions - a.gateDecisions || (a.unit < b.unit ? -1 : 1),
    );
}

/** Sign-offs per reviewer, by outcome, most active first. */
export function reviewsPerReviewer(
  rows: readonly LogRow[],
): { reviewer: string; signOffs: number; byOutcome: Record<Outcome, number> }[] {
  const byReviewer = new Map<string, Record<Outcome, number>>();
  for (const row of rows) {
    if (row.type !== 'sign-off' || row.outcome === null) continue;
    const counts =
      byReviewer.get(row.reviewer) ??
      (Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>);
    counts[row.outcome as Outcome] += 1;
    byReviewer.set(row.reviewer, counts);
  }
  return [...byReviewer]
    .map(([reviewer, byOutcome]) => ({
      reviewer,
      signOffs: OUTCOMES.reduce((sum, o) => sum + byOutcome[o], 0),
      byOutcome,
    }))
    .sort((a, b) => b.signOffs - a.signOffs || (a.reviewer < b.reviewer ? -1 : 1));
}

/** Totals for the summary: records, sign-offs, gate decisions, findings, by outcome and severity. */
export function logTotals(rows: readonly LogRow[]): {
  records: number;
  signOffs: number;
  gateDecisions: number;
  findings: number;
  byOutcome: Record<string, number>;
  bySeverity: Record<string, number>;
} {
  const byOutcome: Record<string, number> = {};
  const bySeverity: Record<string, number> = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  let signOffs = 0;
  let gateDecisions = 0;
  let findings = 0;
  for (const row of rows) {
    if (row.type === 'sign-off') signOffs += 1;
    if (row.type === 'gate-decision') gateDecisions += 1;
    findings += row.findingCount;
    if (row.outcome !== null) byOutcome[row.outcome] = (byOutcome[row.outcome] ?? 0) + 1;
    for (const severity of SEVERITIES) bySeverity[severity]! += row.severityCounts[severity] ?? 0;
  }
  return { records: rows.length, signOffs, gateDecisions, findings, byOutcome, bySeverity };
}
