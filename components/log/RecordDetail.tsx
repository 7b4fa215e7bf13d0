import { useEffect, useRef, type ReactNode } from 'react';
import type { LogRow } from '@/lib/log/log-query';
import { formatChinaTime } from '@/lib/log/log-stats';
import type { ReviewLogEntry } from '@/lib/log/review-log-entry';
import type { ReviewRecord } from '@/lib/log/review-record';
import { SeverityBadge } from '../SeverityBadge';
import { t } from '../i18n';
import './log.css';
import {
  categoryLabel,
  checklistStateLabel,
  documentClassLabel,
  outcomeLabel,
  sourceLabel,
  typeLabel,
} from './labels';

export type DetailState =
  { status: 'loading' } | { status: 'missing' } | { status: 'loaded'; entry: ReviewLogEntry };

export interface RecordDetailProps {
  row: LogRow;
  state: DetailState;
  ruleTitle(ruleId: string): string;
  onClose(): void;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

const none = () => <span className="muted">{t('log_detail_none')}</span>;

type DocumentRecord = Exclude<ReviewRecord, { type: 'retention-delete' }>;

function DocumentFields({ record }: { record: DocumentRecord }) {
  return (
    <section className="detail__section">
      <h3>{t('log_detail_document')}</h3>
      <dl className="detail__fields">
        <Field label={t('log_col_title')}>{record.title || none()}</Field>
        <Field label={t('log_col_number')}>{record.documentNumber || none()}</Field>
        <Field label={t('log_detail_class')}>
          {record.documentClass ? documentClassLabel(record.documentClass) : none()}
        </Field>
        <Field label={t('log_detail_attribute')}>{record.disclosureAttribute || none()}</Field>
        <Field label={t('log_detail_page')}>
          <code className="detail__url">
            {record.origin}
            {record.path}
          </code>
        </Field>
        <Field label={t('log_detail_versions')}>
          {record.engineVersion} / {record.rulesVersion}
        </Field>
      </dl>
    </section>
  );
}

function Findings({
  record,
  ruleTitle,
}: {
  record: DocumentRecord;
  ruleTitle(id: string): string;
}) {
  const dispositions = record.type === 'sign-off' ? record.dispositions : [];
  return (
    <section className="detail__section" data-testid="detail-findings">
      <h3>{t('log_detail_findings', record.findings.length)}</h3>
      {record.findings.length === 0 ? (
        <p className="muted">{t('log_detail_no_findings')}</p>
      ) : (
        <ol className="detail__findings">
          {record.findings.map((finding, index) => {
            const disposition = dispositions.find((d) => d.findingIndex === index);
            return (
              <li key={index} className="detail__finding">
                <div className="detail__finding-head">
                  <SeverityBadge severity={finding.severity} />
                  <strong>{ruleTitle(finding.ruleId)}</strong>
                  <span className="muted">
                    {categoryLabel(finding.category)} · <code>{finding.ruleId}</code>
                  </span>
                </div>
                <div className="detail__excerpt" title={t('log_detail_excerpt')}>
                  {finding.excerpt}
                </div>
                {disposition && (
                  <div className="detail__disposition">
                    {t('log_detail_disposition')}：
                    {disposition.disposition === 'false-positive'
                      ? t('log_disposition_false_positive')
                      : t('log_disposition_accepted')}
                    {disposition.reason && `——${disposition.reason}`}
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function RecordBody({
  entry,
  ruleTitle,
}: {
  entry: ReviewLogEntry;
  ruleTitle(id: string): string;
}) {
  const record = entry.content;
  switch (record.type) {
    case 'sign-off':
      return (
        <>
          <section className="detail__section detail__verdict" data-testid="detail-outcome">
            <h3>{t('log_detail_outcome')}</h3>
            <p>
              <span className={`outcome outcome--${record.outcome}`}>
                {outcomeLabel(record.outcome)}
              </span>
            </p>
            {record.comment && (
              <p>
                {t('log_detail_comment')}：{record.comment}
              </p>
            )}
          </section>
          <DocumentFields record={record} />
          <Findings record={record} ruleTitle={ruleTitle} />
          <section className="detail__section" data-testid="detail-checklist">
            <h3>{t('log_detail_checklist')}</h3>
            {record.checklist.length === 0 ? (
              <p className="muted">{t('log_detail_no_checklist')}</p>
            ) : (
              <table className="detail__checklist">
                <tbody>
                  {record.checklist.map((item) => (
                    <tr key={item.itemId}>
                      <td>{item.label}</td>
                      <td>
                        <span className={`state state--${item.state}`}>
                          {checklistStateLabel(item.state)}
                        </span>
                      </td>
                      <td className="muted">
                        {item.note && `${t('log_detail_note')}：${item.note}`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      );
    case 'gate-decision':
      return (
        <>
          <section className="detail__section detail__verdict" data-testid="detail-gate">
            <h3>{t('log_detail_gate')}</h3>
            <p>
              <span className={`outcome outcome--${record.decision}`}>
                {outcomeLabel(record.decision)}
              </span>
            </p>
            <dl className="detail__fields">
              <Field label={t('log_detail_reason')}>{record.reason || none()}</Field>
              <Field label={t('log_detail_button')}>{record.button || none()}</Field>
            </dl>
          </section>
          <DocumentFields record={record} />
          <Findings record={record} ruleTitle={ruleTitle} />
        </>
      );
    case 'retention-delete':
      return (
        <section className="detail__section" data-testid="detail-retention">
          <h3>{t('log_detail_retention')}</h3>
          <dl className="detail__fields">
            <Field label={t('log_detail_cutoff')}>
              {formatChinaTime(Date.parse(record.cutoff))}
            </Field>
            <Field label={t('log_detail_range')}>
              {t('log_detail_range_value', record.fromSeq, record.toSeq, record.deletedCount)}
            </Field>
            <Field label={t('log_detail_reason')}>{record.reason || none()}</Field>
          </dl>
        </section>
      );
    default: {
      const unreachable: never = record;
      return unreachable;
    }
  }
}

/** Everything the reviewer saw and decided, in a modal dialog (Escape closes it). */
export function RecordDetail({ row, state, ruleTitle, onClose }: RecordDetailProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog
      ref={ref}
      className="detail"
      aria-labelledby="detail-heading"
      data-testid="record-detail"
      onClose={onClose}
    >
      <header className="detail__header">
        <div>
          <h2 id="detail-heading">
            {typeLabel(row.type)} · {formatChinaTime(row.time)}
          </h2>
          <p className="muted">
            {row.unit} · {row.reviewer} · {t('log_detail_source')}：{sourceLabel(row.source)}
          </p>
        </div>
        <button type="button" className="secondary" onClick={() => ref.current?.close()}>
          {t('log_close')}
        </button>
      </header>
      <div className="detail__body">
        {state.status === 'loading' && <p>{t('log_detail_loading')}</p>}
        {state.status === 'missing' && <p className="error">{t('log_detail_missing')}</p>}
        {state.status === 'loaded' && (
          <>
            <RecordBody entry={state.entry} ruleTitle={ruleTitle} />
            <section className="detail__section">
              <h3>{t('log_detail_chain')}</h3>
              <dl className="detail__fields detail__chain">
                <Field label="seq">{state.entry.seq}</Field>
                <Field label="id">
                  <code>{state.entry.id}</code>
                </Field>
                <Field label="hash">
                  <code>{state.entry.hash}</code>
                </Field>
                <Field label="prevHash">
                  <code>{state.entry.prevHash}</code>
                </Field>
              </dl>
            </section>
          </>
        )}
      </div>
    </dialog>
  );
}
