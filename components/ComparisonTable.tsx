import './comparison.css';
import type { CellSegment, ComparisonView } from '@/lib/compare/comparison-html';

export interface ComparisonTableProps {
  /** Rows, key facts and counts from `buildComparisonView`. */
  view: ComparisonView;
  /** Caption of the table. */
  caption?: string;
}

const TYPE_LABELS: Record<ComparisonView['rows'][number]['type'], string> = {
  added: '增加',
  removed: '删去',
  modified: '修改',
  moved: '移动',
  renumbered: '序号调整',
};

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
export function ComparisonTable({ view, caption = '新旧对照表' }: ComparisonTableProps) {
  return (
    <div className="dr-compare">
      {view.keyFacts.length > 0 && (
        <section className="dr-compare__facts" aria-label="主要变化">
          <h2>
            主要变化 <span className="dr-compare__en">Key changes</span>
          </h2>
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
              <th scope="col">
                修改前 <span className="dr-compare__en">Before</span>
              </th>
              <th scope="col">
                修改后 <span className="dr-compare__en">After</span>
              </th>
              <th scope="col">
                说明 <span className="dr-compare__en">Note</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {view.rows.length === 0 ? (
              <tr>
                <td colSpan={3} className="dr-compare__empty" data-testid="no-difference">
                  {view.emptyText}
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
                      {TYPE_LABELS[row.type]}
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
