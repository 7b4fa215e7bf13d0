import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { SEVERITIES } from '@/lib/engine/schema';
import type { LogRow } from '@/lib/log/log-query';
import { formatChinaTime } from '@/lib/log/log-stats';
import { t } from '../i18n';
import './log.css';
import { outcomeLabel, severityLabel, siteLabel, sourceLabel, typeLabel } from './labels';

export type TimeOrder = 'newest' | 'oldest';

export interface LogTableProps {
  /** Rows newest first, as filterRows returns them. */
  rows: readonly LogRow[];
  order: TimeOrder;
  onOrderChange(order: TimeOrder): void;
  onOpen(row: LogRow): void;
}

const ROW_HEIGHT = 38;

function FindingCounts({ row }: { row: LogRow }) {
  if (row.findingCount === 0) return <span className="muted">0</span>;
  return (
    <span className="sev-counts">
      {SEVERITIES.map((severity) => {
        const n = row.severityCounts[severity] ?? 0;
        if (n === 0) return null;
        return (
          <span key={severity} className={`sev sev--${severity}`} data-severity={severity}>
            {severityLabel(severity)} {n}
          </span>
        );
      })}
    </span>
  );
}

function OutcomeCell({ row }: { row: LogRow }) {
  if (row.outcome === null) return <span className="muted">—</span>;
  return <span className={`outcome outcome--${row.outcome}`}>{outcomeLabel(row.outcome)}</span>;
}

/**
 * The records as a virtualised grid: only the rows in view (plus a few) are in the DOM, so
 * 100,000 records scroll smoothly. Rows take focus one at a time (arrow keys, Home/End,
 * PageUp/PageDown) and Enter or a click opens the record.
 */
export function LogTable({ rows, order, onOrderChange, onOpen }: LogTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  // The row to focus once the virtualiser has rendered it (after a key moved past the view).
  const pendingFocus = useRef<number | null>(null);
  const ordered = order === 'newest' ? rows : null;
  const rowAt = (index: number): LogRow | undefined =>
    ordered ? ordered[index] : rows[rows.length - 1 - index];

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  // A new filter or order starts at the top.
  useEffect(() => {
    setActive(0);
    scrollRef.current?.scrollTo({ top: 0 });
  }, [rows, order]);

  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (el) {
      el.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
  });

  const move = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    pendingFocus.current = next;
  };
  const pageRows = Math.max(
    1,
    Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1,
  );

  const headers: Array<[string, string]> = [
    ['type', t('log_col_type')],
    ['unit', t('log_col_unit')],
    ['reviewer', t('log_col_reviewer')],
    ['site', t('log_col_site')],
    ['title', t('log_col_title')],
    ['number', t('log_col_number')],
    ['outcome', t('log_col_outcome')],
    ['findings', t('log_col_findings')],
    ['source', t('log_col_source')],
  ];

  return (
    <div
      className="log-table"
      role="grid"
      aria-label={t('log_table')}
      aria-rowcount={rows.length + 1}
      aria-describedby="log-table-keys"
      data-testid="log-table"
    >
      <div className="log-table__head" role="rowgroup">
        <div className="log-table__row log-table__row--head" role="row" aria-rowindex={1}>
          <div
            role="columnheader"
            className="col col--time"
            aria-sort={order === 'newest' ? 'descending' : 'ascending'}
          >
            <button
              type="button"
              className="sort"
              onClick={() => onOrderChange(order === 'newest' ? 'oldest' : 'newest')}
              title={order === 'newest' ? t('log_sort_oldest') : t('log_sort_newest')}
            >
              {t('log_col_time')} <span aria-hidden="true">{order === 'newest' ? '↓' : '↑'}</span>
            </button>
          </div>
          {headers.map(([id, label]) => (
            <div key={id} role="columnheader" className={`col col--${id}`}>
              {label}
            </div>
          ))}
        </div>
      </div>
      <p id="log-table-keys" className="visually-hidden">
        {t('log_table_keys')}
      </p>
      <div className="log-table__body" ref={scrollRef} role="rowgroup" data-testid="log-scroll">
        {rows.length === 0 && <p className="log-table__empty">{t('log_table_empty')}</p>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rowAt(item.index);
            if (!row) return null;
            return (
              <div
                key={row.key}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                data-key={row.key}
                data-testid="log-row"
                tabIndex={item.index === active ? 0 : -1}
                className={`log-table__row log-table__row--${row.type}${item.index % 2 ? ' log-table__row--odd' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={() => {
                  setActive(item.index);
                  onOpen(row);
                }}
                onFocus={() => setActive(item.index)}
                onKeyDown={(event) => {
                  const keys: Record<string, number> = {
                    ArrowDown: item.index + 1,
                    ArrowUp: item.index - 1,
                    PageDown: item.index + pageRows,
                    PageUp: item.index - pageRows,
                    Home: 0,
                    End: rows.length - 1,
                  };
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    onOpen(row);
                  } else if (event.key in keys) {
                    event.preventDefault();
                    move(keys[event.key]!);
                  }
                }}
              >
                <div role="gridcell" className="col col--time">
                  {formatChinaTime(row.time).slice(0, 16)}
                </div>
                <div role="gridcell" className="col col--type">
                  {typeLabel(row.type)}
                </div>
                <div role="gridcell" className="col col--unit" title={row.unit}>
                  {row.unit}
                </div>
                <div role="gridcell" className="col col--reviewer">
                  {row.reviewer}
                </div>
                <div role="gridcell" className="col col--site" title={row.origin}>
                  {siteLabel(row.origin)}
                </div>
                <div role="gridcell" className="col col--title" title={row.title}>
                  {row.type === 'retention-delete' ? row.note : row.title}
                </div>
                <div role="gridcell" className="col col--number" title={row.documentNumber}>
                  {row.documentNumber}
                </div>
                <div role="gridcell" className="col col--outcome">
                  <OutcomeCell row={row} />
                </div>
                <div role="gridcell" className="col col--findings">
                  <FindingCounts row={row} />
                </div>
                <div role="gridcell" className="col col--source" title={sourceLabel(row.source)}>
                  {sourceLabel(row.source)}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
