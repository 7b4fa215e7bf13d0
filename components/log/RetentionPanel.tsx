import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../i18n';
import './log.css';

export const MAX_RETENTION_DAYS = 36_500;

export interface RetentionPanelProps {
  /** The keep-for setting in days, null when records are kept indefinitely. */
  days: number | null;
  /** Set by the administrator's policy (storage.managed), shown read-only. */
  managed: boolean;
  /** Who the deletion record names; null when the options page has no reviewer yet. */
  reviewer: { name: string; unit: string } | null;
  busy: boolean;
  message: { kind: 'ok' | 'error'; text: string } | null;
  onSave(days: number | null): void;
  onPurge(): void;
  onClose(): void;
}

/**
 * The keep-for setting and the button that deletes what is older (after a confirmation).
 * Give it `key={days}` so the field starts from a changed setting.
 */
export function RetentionPanel({
  days,
  managed,
  reviewer,
  busy,
  message,
  onSave,
  onPurge,
  onClose,
}: RetentionPanelProps) {
  const id = useId();
  const [draft, setDraft] = useState(days === null ? '' : String(days));
  const [invalid, setInvalid] = useState(false);
  const save = () => {
    const text = draft.trim();
    if (text === '') {
      setInvalid(false);
      onSave(null);
      return;
    }
    const value = Number(text);
    const ok = Number.isInteger(value) && value >= 1 && value <= MAX_RETENTION_DAYS;
    setInvalid(!ok);
    if (ok) onSave(value);
  };

  return (
    <section className="panel-box" aria-labelledby={`${id}-h`} data-testid="retention-panel">
      <h2 id={`${id}-h`}>{t('log_retention')}</h2>
      <div className="toolbar__group">
        <label htmlFor={id}>{t('log_retention_days')}</label>
        <input
          id={id}
          type="number"
          min={1}
          max={MAX_RETENTION_DAYS}
          step={1}
          value={draft}
          readOnly={managed}
          aria-invalid={invalid}
          aria-describedby={`${id}-note`}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') save();
          }}
        />
        {managed ? (
          <span className="muted">{t('setByAdmin')}</span>
        ) : (
          <button type="button" onClick={save}>
            {t('log_retention_save')}
          </button>
        )}
        <button
          type="button"
          className="danger"
          disabled={busy || days === null || reviewer === null}
          onClick={onPurge}
        >
          {t('log_retention_purge')}
        </button>
        <button type="button" onClick={onClose}>
          {t('log_close')}
        </button>
      </div>
      <p id={`${id}-note`} className={invalid ? 'error' : 'muted'}>
        {invalid
          ? t('log_retention_invalid')
          : days === null
            ? t('log_retention_unset')
            : reviewer
              ? t('log_retention_who', reviewer.name, reviewer.unit)
              : t('log_retention_no_reviewer')}
      </p>
      {message && (
        <p
          className={message.kind === 'ok' ? 'chain--ok' : 'error'}
          role={message.kind === 'ok' ? 'status' : 'alert'}
          data-testid="retention-message"
        >
          {message.text}
        </p>
      )}
    </section>
  );
}

export interface RetentionDialogProps {
  keepDays: number;
  preview: { count: number; fromSeq?: number; toSeq?: number };
  busy: boolean;
  onConfirm(reason: string): void;
  onCancel(): void;
}

/** Asks before deleting: how many records go, which seqs, and why (the reason is logged). */
export function RetentionDialog({
  keepDays,
  preview,
  busy,
  onConfirm,
  onCancel,
}: RetentionDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [reason, setReason] = useState('');
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="detail confirm"
      aria-labelledby={`${id}-h`}
      aria-describedby={`${id}-d`}
      data-testid="retention-dialog"
      onClose={onCancel}
    >
      <div className="detail__body">
        <h2 id={`${id}-h`}>{t('log_retention_confirm_title')}</h2>
        <p id={`${id}-d`}>
          {t(
            'log_retention_confirm_text',
            preview.count,
            keepDays,
            preview.fromSeq ?? '?',
            preview.toSeq ?? '?',
          )}
        </p>
        <label htmlFor={`${id}-r`} className="confirm__label">
          {t('log_retention_reason')}
        </label>
        <textarea
          id={`${id}-r`}
          rows={3}
          value={reason}
          placeholder={t('log_retention_reason_placeholder')}
          onChange={(event) => setReason(event.target.value)}
        />
        <div className="report__actions">
          <button
            type="button"
            className="danger"
            disabled={busy}
            onClick={() => onConfirm(reason.trim())}
          >
            {t('log_retention_confirm')}
          </button>
          <button type="button" disabled={busy} onClick={() => ref.current?.close()}>
            {t('log_cancel')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
