import { useId } from 'react';
import { CATEGORIES, SEVERITIES } from '@/lib/engine/schema';
import type { LogFilter, SourceOption } from '@/lib/log/log-query';
import { GATE_DECISIONS, OUTCOMES, RECORD_TYPES } from '@/lib/log/review-record';
import { t } from '../i18n';
import './log.css';
import { MultiSelect, type MultiSelectOption } from './MultiSelect';
import { categoryLabel, outcomeLabel, severityLabel, siteLabel, typeLabel } from './labels';

export type TimePreset = '7d' | '30d' | 'year' | 'all';

/** The filter menus' values, as filterOptions(rows) lists them. */
export interface FilterChoices {
  units: string[];
  reviewers: string[];
  origins: string[];
  ruleIds: string[];
  sources: SourceOption[];
}

export interface LogFilterBarProps {
  filter: LogFilter;
  choices: FilterChoices;
  ruleTitle(ruleId: string): string;
  onChange(filter: LogFilter): void;
  /** Rows matching, all rows, and how long filtering took (ms). */
  count: number;
  total: number;
  filterMs: number | null;
  now: number;
}

const DAY_MS = 86_400_000;

/** The range of a preset, ending now (no `to`, so records written later still show). */
export function presetRange(preset: TimePreset, now: number): Pick<LogFilter, 'from' | 'to'> {
  switch (preset) {
    case '7d':
      return { from: now - 7 * DAY_MS };
    case '30d':
      return { from: now - 30 * DAY_MS };
    case 'year':
      return { from: new Date(new Date(now).getFullYear(), 0, 1).getTime() };
    case 'all':
      return {};
    default: {
      const unreachable: never = preset;
      return unreachable;
    }
  }
}

function activePreset(filter: LogFilter, now: number): TimePreset | null {
  if (filter.to !== undefined) return null;
  if (filter.from === undefined) return 'all';
  for (const preset of ['7d', '30d', 'year'] as const) {
    // Presets are computed from `now` when clicked; a minute of drift still counts as the preset.
    if (Math.abs((presetRange(preset, now).from ?? 0) - filter.from) < 60 * 60_000) return preset;
  }
  return null;
}

function dateInputValue(time: number | undefined): string {
  if (time === undefined) return '';
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A date input's day in local time: its first millisecond, or its last for the end of a range. */
function parseDateInput(value: string, endOfDay: boolean): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const start = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
  return endOfDay ? start + DAY_MS - 1 : start;
}

function hasAnyFilter(filter: LogFilter): boolean {
  return Object.values(filter).some((v) =>
    Array.isArray(v) ? v.length > 0 : v !== undefined && v !== '',
  );
}

/** Time range, the menus, search and the filtered count. */
export function LogFilterBar({
  filter,
  choices,
  ruleTitle,
  onChange,
  count,
  total,
  filterMs,
  now,
}: LogFilterBarProps) {
  const searchId = useId();
  const fromId = useId();
  const toId = useId();
  const preset = activePreset(filter, now);
  const set = (patch: Partial<LogFilter>) => onChange({ ...filter, ...patch });
  const plain = (values: readonly string[], label = (v: string) => v): MultiSelectOption[] =>
    values.map((value) => ({ value, label: label(value) }));
  const presets: Array<[TimePreset, string]> = [
    ['7d', t('log_preset_7d')],
    ['30d', t('log_preset_30d')],
    ['year', t('log_preset_year')],
    ['all', t('log_preset_all')],
  ];

  return (
    <section className="filters" aria-label={t('log_filters')}>
      <div className="filters__row">
        <div className="filters__time" role="group" aria-label={t('log_time_range')}>
          <span className="filters__caption">{t('log_time_range')}</span>
          <div className="segmented">
            {presets.map(([id, label]) => (
              <button
                key={id}
                type="button"
                aria-pressed={preset === id}
                onClick={() => set({ ...presetRange(id, Date.now()), to: undefined })}
              >
                {label}
              </button>
            ))}
          </div>
          <label htmlFor={fromId} className="visually-hidden">
            {t('log_from')}
          </label>
          <input
            id={fromId}
            type="date"
            value={dateInputValue(filter.from)}
            onChange={(event) => set({ from: parseDateInput(event.target.value, false) })}
          />
          <span aria-hidden="true">–</span>
          <label htmlFor={toId} className="visually-hidden">
            {t('log_to')}
          </label>
          <input
            id={toId}
            type="date"
            value={dateInputValue(filter.to)}
            onChange={(event) => set({ to: parseDateInput(event.target.value, true) })}
          />
        </div>
        <div className="filters__search">
          <label htmlFor={searchId} className="visually-hidden">
            {t('log_search')}
          </label>
          <input
            id={searchId}
            type="search"
            placeholder={t('log_search_placeholder')}
            title={t('log_search')}
            value={filter.text ?? ''}
            onChange={(event) => set({ text: event.target.value })}
          />
        </div>
      </div>
      <div className="filters__row filters__menus">
        <MultiSelect
          testId="filter-unit"
          label={t('log_filter_unit')}
          options={plain(choices.units)}
          selected={filter.units ?? []}
          onChange={(units) => set({ units })}
        />
        <MultiSelect
          testId="filter-reviewer"
          label={t('log_filter_reviewer')}
          options={plain(choices.reviewers)}
          selected={filter.reviewers ?? []}
          onChange={(reviewers) => set({ reviewers })}
        />
        <MultiSelect
          testId="filter-site"
          label={t('log_filter_site')}
          options={plain(choices.origins, siteLabel)}
          selected={filter.origins ?? []}
          onChange={(origins) => set({ origins })}
        />
        <MultiSelect
          testId="filter-type"
          label={t('log_filter_type')}
          options={plain(RECORD_TYPES, (v) => typeLabel(v as (typeof RECORD_TYPES)[number]))}
          selected={filter.types ?? []}
          onChange={(types) => set({ types: types as LogFilter['types'] })}
        />
        <MultiSelect
          testId="filter-outcome"
          label={t('log_filter_outcome')}
          options={plain([...OUTCOMES, ...GATE_DECISIONS], (v) =>
            outcomeLabel(v as (typeof OUTCOMES)[number]),
          )}
          selected={filter.outcomes ?? []}
          onChange={(outcomes) => set({ outcomes: outcomes as LogFilter['outcomes'] })}
        />
        <MultiSelect
          testId="filter-category"
          label={t('log_filter_category')}
          options={plain(CATEGORIES, (v) => categoryLabel(v as (typeof CATEGORIES)[number]))}
          selected={filter.categories ?? []}
          onChange={(categories) => set({ categories: categories as LogFilter['categories'] })}
        />
        <MultiSelect
          testId="filter-rule"
          label={t('log_filter_rule')}
          options={plain(choices.ruleIds, ruleTitle)}
          selected={filter.ruleIds ?? []}
          onChange={(ruleIds) => set({ ruleIds })}
        />
        <MultiSelect
          testId="filter-severity"
          label={t('log_filter_severity')}
          options={plain(SEVERITIES, (v) => severityLabel(v as (typeof SEVERITIES)[number]))}
          selected={filter.severities ?? []}
          onChange={(severities) => set({ severities: severities as LogFilter['severities'] })}
        />
        {choices.sources.some((source) => source.kind === 'import') && (
          <MultiSelect
            testId="filter-source"
            label={t('log_filter_source')}
            options={choices.sources.map((s) => ({
              value: s.key,
              label: s.kind === 'own' ? t('log_source_own') : s.label,
            }))}
            selected={filter.sourceKeys ?? []}
            onChange={(sourceKeys) => set({ sourceKeys })}
          />
        )}
        <button
          type="button"
          className="secondary"
          disabled={!hasAnyFilter(filter)}
          onClick={() => onChange({})}
        >
          {t('log_clear_filters')}
        </button>
        <p className="filters__count" role="status" data-testid="filtered-count">
          <strong>{t('log_count', count)}</strong>
          {count !== total && <span className="muted"> {t('log_count_of', total)}</span>}
          {filterMs !== null && (
            <span className="muted filters__ms">
              {' '}
              · {t('log_filter_time', Math.round(filterMs))}
            </span>
          )}
        </p>
      </div>
    </section>
  );
}
