import { useId, useState } from 'react';
import type {
  ChecklistGroup,
  ChecklistFinding,
  ItemState,
  ManualState,
} from '@/lib/checklist/build-checklist';
import type { Disposition } from '@/lib/checklist/dispositions';
import { SeverityBadge } from './SeverityBadge';
import './checklist.css';

/** A finding as the checklist shows it: masked message and excerpt only. */
export interface ChecklistViewFinding extends ChecklistFinding {
  message: string;
  excerpt: string;
  canReveal: boolean;
}

export const STATE_LABELS: Record<ItemState, string> = {
  passed: '通过',
  failed: '未通过',
  waiting: '待人工核对',
  confirmed: '已确认',
  'not-applicable': '不适用',
};

export interface ChecklistViewProps {
  groups: ReadonlyArray<ChecklistGroup<ChecklistViewFinding>>;
  dispositions: Readonly<Record<string, Disposition>>;
  onReveal(finding: ChecklistViewFinding): void;
  onDispose(finding: ChecklistViewFinding, disposition: Disposition | null): void;
  onManual(itemId: string, state: ManualState): void;
}

function StateBadge({ state }: { state: ItemState }) {
  return (
    <span className={`state state--${state}`} data-testid="item-state">
      {STATE_LABELS[state]}
    </span>
  );
}

function FindingRow({
  finding,
  disposition,
  onReveal,
  onDispose,
}: {
  finding: ChecklistViewFinding;
  disposition: Disposition | undefined;
  onReveal(): void;
  onDispose(disposition: Disposition | null): void;
}) {
  const [choosing, setChoosing] = useState<Disposition['state'] | null>(null);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  return (
    <li className="check-finding" data-testid="check-finding">
      <div className="check-finding__head">
        <SeverityBadge severity={finding.severity} />
        {finding.canReveal ? (
          <button
            type="button"
            className="link"
            onClick={onReveal}
            title="在页面中定位 Show in the page"
          >
            {finding.message}
          </button>
        ) : (
          <span>{finding.message}</span>
        )}
      </div>
      <div className="check-finding__excerpt">{finding.excerpt}</div>
      {disposition ? (
        <div className="check-finding__disposition" data-testid="disposition">
          {disposition.state === 'false-positive' ? '已标为误报' : '已接受'}：{disposition.reason}
          <button type="button" className="small" onClick={() => onDispose(null)}>
            撤销 <span className="en">Undo</span>
          </button>
        </div>
      ) : choosing ? (
        <form
          className="check-finding__form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!reason.trim()) return;
            onDispose({ state: choosing, reason: reason.trim(), at: new Date().toISOString() });
            setChoosing(null);
            setReason('');
          }}
        >
          <label htmlFor={reasonId}>
            {choosing === 'false-positive' ? '误报理由' : '接受理由'}{' '}
            <span className="en">Reason</span>
          </label>
          <input
            id={reasonId}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            autoFocus
            required
          />
          <button type="submit" disabled={!reason.trim()}>
            确定
          </button>
          <button type="button" onClick={() => setChoosing(null)}>
            取消
          </button>
        </form>
      ) : (
        <div className="check-finding__actions">
          <button type="button" className="small" onClick={() => setChoosing('false-positive')}>
            标为误报 <span className="en">False positive</span>
          </button>
          <button type="button" className="small" onClick={() => setChoosing('accepted')}>
            接受 <span className="en">Accept</span>
          </button>
        </div>
      )}
    </li>
  );
}

function ManualRow({
  item,
  onChange,
}: {
  item: ChecklistGroup<ChecklistViewFinding>['manual'][number];
  onChange(state: ManualState): void;
}) {
  const selectId = useId();
  const noteId = useId();
  return (
    <li className="manual-item" data-testid="manual-item">
      <label htmlFor={selectId} className="manual-item__label">
        {item.label}
      </label>
      <div className="manual-item__controls">
        <select
          id={selectId}
          value={item.state}
          onChange={(e) =>
            onChange({ state: e.target.value as ManualState['state'], note: item.note })
          }
        >
          <option value="waiting">待核对</option>
          <option value="confirmed">已确认</option>
          <option value="failed">不通过</option>
          <option value="not-applicable">不适用</option>
        </select>
        <label htmlFor={noteId} className="visually-hidden">
          {item.label} 备注
        </label>
        <input
          id={noteId}
          placeholder="备注 Note"
          value={item.note}
          onChange={(e) => onChange({ state: item.state, note: e.target.value })}
        />
      </div>
    </li>
  );
}

/** The reviewer's checklist: automatic checks with their findings, and the manual items. */
export function ChecklistView({
  groups,
  dispositions,
  onReveal,
  onDispose,
  onManual,
}: ChecklistViewProps) {
  return (
    <div className="checklist">
      {groups.map((group) => (
        <section
          key={group.id}
          className="check-group"
          aria-labelledby={`group-${group.id}`}
          data-testid={`group-${group.id}`}
        >
          <h3 id={`group-${group.id}`}>
            {group.label} <span className="en">{group.en}</span>
          </h3>
          <div className="auto-item">
            <span>
              自动检查 <span className="en">Automatic check</span>
            </span>
            <StateBadge state={group.auto.state} />
          </div>
          {group.auto.open.length + group.auto.settled.length > 0 && (
            <ul className="check-findings">
              {[...group.auto.open, ...group.auto.settled].map((finding) => (
                <FindingRow
                  key={finding.fingerprint}
                  finding={finding}
                  disposition={dispositions[finding.fingerprint]}
                  onReveal={() => onReveal(finding)}
                  onDispose={(d) => onDispose(finding, d)}
                />
              ))}
            </ul>
          )}
          {group.manual.length > 0 && (
            <ul className="manual-items">
              {group.manual.map((item) => (
                <ManualRow
                  key={item.id}
                  item={item}
                  onChange={(state) => onManual(item.id, state)}
                />
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
