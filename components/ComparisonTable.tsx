import './comparison.css';
import {
  NO_DIFFERENCE_TEXT,
  NO_SUBSTANTIVE_TEXT,
  type CellSegment,
  type ComparisonView,
} from '@/lib/compare/comparison-html';
import type { MessageKey } from '@/lib/i18n/catalog';
import { t } from './i18n';

export interface ComparisonTableProps {
  /** Rows, key facts and counts from `buildComparisonView`. */
  view: ComparisonView;
  /** Caption of the table. */
  caption?: string;
}

const TYPE_KEYS: Record<ComparisonView['rows'][number]['type'], MessageKey> = {
  added: 'ui_change_added',
  removed: 'ui_change_removed',
  modified: 'ui_change_modified',
  moved: 'ui_change_moved',
  renumbered: 'ui_change_renumbered',
};

/** lib's text for a table without rows (kept in exports), in the UI language on screen. */
function emptyText(text: string): string {
  if (text === NO_DIFFERENCE_TEXT) return t('ui_compare_no_difference');
  if (text === NO_SUBSTANTIVE_TEXT) return t('ui_compare_no_substantive');
  return text;
}

function Cell({ segments }: { segments: readonly CellSegment[] }) {
  return (
    <>
      {segments.map((s, k) =>
        s.mark === 'del' ? (
          <del key={k}>{s.text}</del>
        ) : s.mark === 'ins' ? (
          <ins key={k}>{s.text}</ins>
        ) : (
          <span key={k}>{s.text}</span>
        ),
      )}
    </>
  );
}

/** The 修改前 | 修改后 | 说明 对照表 with <del>/<ins> marks, and the 主要变化 list above it. */
export function ComparisonTable({ view, caption = t('ui_compare_caption') }: ComparisonTableProps) {
  return (
    <div className="dr-compare">
      {view.keyFacts.length > 0 && (
        <section className="dr-compare__facts" aria-label={t('ui_compare_key_changes')}>
          <h2>{t('ui_compare_key_changes')}</h2>
          <ul data-testid="key-facts">
            {view.keyFacts.map((fact, k) => (
              <li key={`${fact.changeIndex}:${k}`}>{fact.summary}</li>
            ))}
          </ul>
        </section>
      )}
      <div className="dr-compare__scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="dr-compare__table" data-testid="comparison-table">
          <caption>{caption}</caption>
          <colgroup>
            <col className="dr-compare__col-text" />
            <col className="dr-compare__col-text" />
            <col className="dr-compare__col-note" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('ui_compare_before')}</th>
              <th scope="col">{t('ui_compare_after')}</th>
              <th scope="col">{t('ui_compare_note')}</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.length === 0 ? (
              <tr>
                <td colSpan={3} className="dr-compare__empty" data-testid="no-difference">
                  {emptyText(view.emptyText)}
                </td>
              </tr>
            ) : (
              view.rows.map((row) => (
                <tr
                  key={row.changeIndex}
                  data-testid="comparison-row"
                  data-type={row.type}
                  className={row.substantive ? undefined : 'dr-compare__minor'}
                >
                  <td>
                    <Cell segments={row.old} />
                  </td>
                  <td>
                    <Cell segments={row.new} />
                  </td>
                  <td className="dr-compare__note">
                    <span className={`dr-compare__type dr-compare__type--${row.type}`}>
                      {t(TYPE_KEYS[row.type])}
                    </span>
                    {row.note}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
