import { useId, useState } from 'react';
import type {
  ChecklistGroup,
  ChecklistFinding,
  ItemState,
  ManualState,
} from '@/lib/checklist/build-checklist';
import { DEFAULT_MANUAL_ITEMS } from '@/lib/checklist/checklist-items';
import type { Disposition } from '@/lib/checklist/dispositions';
import type { MessageKey } from '@/lib/i18n/catalog';
import { findingMessage } from './finding-message';
import { t } from './i18n';
import { SeverityBadge } from './SeverityBadge';
import './checklist.css';

/** A finding as the checklist shows it: masked message and excerpt only. */
export interface ChecklistViewFinding extends ChecklistFinding {
  /** The rule, to show its message in the UI language. */
  ruleId: string;
  message: string;
  excerpt: string;
  canReveal: boolean;
}

const STATE_KEYS: Record<ItemState, MessageKey> = {
  passed: 'ui_state_passed',
  failed: 'ui_state_failed',
  waiting: 'ui_state_waiting',
  confirmed: 'ui_state_confirmed',
  'not-applicable': 'ui_state_not_applicable',
};

const GROUP_KEYS: Record<ChecklistGroup<ChecklistFinding>['id'], MessageKey> = {
  'personal-data': 'ui_group_personal_data',
  confidentiality: 'ui_group_confidentiality',
  disclosure: 'ui_group_disclosure',
  interpretation: 'ui_group_interpretation',
  'policy-change': 'ui_group_policy_change',
};

/**
 * The default manual items (lib/checklist/checklist-items.ts) in the UI language. An item the
 * unit renamed or added is shown as written.
 */
const DEFAULT_ITEM_KEYS: Readonly<Record<string, MessageKey>> = {
  'privacy-checked': 'ui_item_privacy_checked',
  'secrecy-opinion': 'ui_item_secrecy_opinion',
  'disclosure-method': 'ui_item_disclosure_method',
  'elements-complete': 'ui_item_elements_complete',
  'interpretation-signed': 'ui_item_interpretation_signed',
  'changes-explained': 'ui_item_changes_explained',
};

/** The name of a checklist state in the UI language. */
export function stateLabel(state: ItemState): string {
  return t(STATE_KEYS[state]);
}

/** The name of a checklist group in the UI language. */
export function groupLabel(id: ChecklistGroup<ChecklistFinding>['id']): string {
  return t(GROUP_KEYS[id]);
}

/** A manual item's label: a default item in the UI language, anything else as the unit wrote it. */
export function manualItemLabel(item: { id: string; label: string }): string {
  const key = DEFAULT_ITEM_KEYS[item.id];
  const isDefault = DEFAULT_MANUAL_ITEMS.some((d) => d.id === item.id && d.label === item.label);
  return key && isDefault ? t(key) : item.label;
}

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
      {stateLabel(state)}
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
            title={t('ui_checklist_reveal')}
          >
            {findingMessage(finding)}
          </button>
        ) : (
          <span>{findingMessage(finding)}</span>
        )}
      </div>
      <div className="check-finding__excerpt">{finding.excerpt}</div>
      {disposition ? (
        <div className="check-finding__disposition" data-testid="disposition">
          {disposition.state === 'false-positive'
            ? t('ui_checklist_marked_false_positive', disposition.reason)
            : t('ui_checklist_marked_accepted', disposition.reason)}
          <button type="button" className="small" onClick={() => onDispose(null)}>
            {t('ui_checklist_undo')}
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
            {choosing === 'false-positive'
              ? t('ui_checklist_reason_false_positive')
              : t('ui_checklist_reason_accepted')}
          </label>
          <input
            id={reasonId}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            autoFocus
            required
          />
          <button type="submit" disabled={!reason.trim()}>
            {t('ui_checklist_ok')}
          </button>
          <button type="button" onClick={() => setChoosing(null)}>
            {t('ui_checklist_cancel')}
          </button>
        </form>
      ) : (
        <div className="check-finding__actions">
          <button type="button" className="small" onClick={() => setChoosing('false-positive')}>
            {t('ui_checklist_false_positive')}
          </button>
          <button type="button" className="small" onClick={() => setChoosing('accepted')}>
            {t('ui_checklist_accept')}
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
  const label = manualItemLabel(item);
  return (
    <li className="manual-item" data-testid="manual-item">
      <label htmlFor={selectId} className="manual-item__label">
        {label}
      </label>
      <div className="manual-item__controls">
        <select
          id={selectId}
          value={item.state}
          onChange={(e) =>
            onChange({ state: e.target.value as ManualState['state'], note: item.note })
          }
        >
          <option value="waiting">{t('ui_manual_waiting')}</option>
          <option value="confirmed">{t('ui_manual_confirmed')}</option>
          <option value="failed">{t('ui_manual_failed')}</option>
          <option value="not-applicable">{t('ui_manual_not_applicable')}</option>
        </select>
        <label htmlFor={noteId} className="visually-hidden">
          {t('ui_manual_note_label', label)}
        </label>
        <input
          id={noteId}
          placeholder={t('ui_manual_note')}
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
          <h3 id={`group-${group.id}`}>{groupLabel(group.id)}</h3>
          <div className="auto-item">
            <span>{t('ui_checklist_auto')}</span>
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
