import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../i18n';

export interface MultiSelectOption {
  value: string;
  label: string;
}

export interface MultiSelectProps {
  label: string;
  options: readonly MultiSelectOption[];
  selected: readonly string[];
  onChange(selected: string[]): void;
  testId?: string;
}

/**
 * A filter menu of checkboxes in a <details> disclosure: keyboard-operable without scripting,
 * closed by Escape or a click elsewhere. Long lists (rules, sites) get a search box.
 */
export function MultiSelect({ label, options, selected, onChange, testId }: MultiSelectProps) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [query, setQuery] = useState('');
  const listId = useId();
  const chosen = new Set(selected);

  useEffect(() => {
    const close = (event: Event) => {
      const details = ref.current;
      if (details?.open && !details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, []);

  const visible = query
    ? options.filter((o) => o.label.toLowerCase().includes(query.toLowerCase()))
    : options;
  const summary =
    selected.length === 0
      ? t('log_filter_any')
      : selected.length === 1
        ? (options.find((o) => o.value === selected[0])?.label ?? selected[0])
        : t('log_filter_selected', selected.length);

  return (
    <details
      ref={ref}
      className={`ms${selected.length > 0 ? ' ms--active' : ''}`}
      data-testid={testId}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && ref.current?.open) {
          ref.current.open = false;
          ref.current.querySelector('summary')?.focus();
          event.stopPropagation();
        }
      }}
    >
      <summary aria-controls={listId}>
        <span className="ms__label">{label}</span>
        <span className="ms__value">{summary}</span>
      </summary>
      <div className="ms__menu" id={listId}>
        {options.length > 8 && (
          <input
            type="search"
            className="ms__search"
            aria-label={`${label}：${t('log_filter_search_options')}`}
            placeholder={t('log_filter_search_options')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        )}
        <fieldset className="ms__options">
          <legend className="visually-hidden">{label}</legend>
          {visible.length === 0 && <p className="ms__empty">{t('log_filter_none_options')}</p>}
          {visible.map((option) => (
            <label key={option.value} className="ms__option">
              <input
                type="checkbox"
                checked={chosen.has(option.value)}
                onChange={(event) => {
                  const next = options
                    .map((o) => o.value)
                    .filter((v) => (v === option.value ? event.target.checked : chosen.has(v)));
                  onChange(next);
                }}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </fieldset>
        {selected.length > 0 && (
          <button type="button" className="link ms__clear" onClick={() => onChange([])}>
            {t('log_filter_clear_one')}
          </button>
        )}
      </div>
    </details>
  );
}
