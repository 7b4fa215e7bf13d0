import { useId } from 'react';
import { formatChinaTime } from '@/lib/log/log-stats';
import { t } from '../i18n';
import './log.css';

/** What the page shows of one imported file's report (lib/log/import's ImportReport fits). */
export interface ImportReportView {
  fileName: string;
  ok: boolean;
  problems: ReadonlyArray<{ kind: string; message: string; seq?: number | null }>;
  entryCount: number;
  duplicates: number;
  added: number;
  meta?: { exportedAt?: string; exportedBy?: { unit: string; reviewer: string } };
}

export type ImportItem =
  | { status: 'checking'; fileName: string }
  | { status: 'merged'; report: ImportReportView; forced: boolean }
  | { status: 'held'; report: ImportReportView; text: string }
  | { status: 'discarded'; report: ImportReportView }
  | { status: 'error'; fileName: string; message: string };

export interface ImportPanelProps {
  items: readonly ImportItem[];
  onFiles(files: File[]): void;
  onImportAnyway(index: number): void;
  onDiscard(index: number): void;
  onClose(): void;
}

const SHOWN = 12;

function Meta({ report }: { report: ImportReportView }) {
  const by = report.meta?.exportedBy;
  if (!by || !report.meta?.exportedAt) return null;
  return (
    <p className="muted">
      {t(
        'log_import_meta',
        by.reviewer,
        by.unit,
        formatChinaTime(Date.parse(report.meta.exportedAt)),
      )}
    </p>
  );
}

function Problems({ report }: { report: ImportReportView }) {
  return (
    <ul>
      {report.problems.slice(0, SHOWN).map((problem, i) => (
        <li key={i}>{problem.message}</li>
      ))}
      {report.problems.length > SHOWN && (
        <li>{t('log_chain_more', report.problems.length - SHOWN)}</li>
      )}
    </ul>
  );
}

/**
 * Importing colleagues' JSON exports: each file's report, and for a file with problems the
 * explicit choice to import it anyway or not. Nothing with a problem is merged silently.
 */
export function ImportPanel({
  items,
  onFiles,
  onImportAnyway,
  onDiscard,
  onClose,
}: ImportPanelProps) {
  const inputId = useId();
  return (
    <section className="panel-box" aria-labelledby={`${inputId}-h`} data-testid="import-panel">
      <h2 id={`${inputId}-h`}>{t('log_import')}</h2>
      <p className="muted">{t('log_import_hint')}</p>
      <div className="toolbar__group">
        <label htmlFor={inputId}>{t('log_import_choose')}</label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          multiple
          data-testid="import-input"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0) onFiles(files);
          }}
        />
        <button type="button" onClick={onClose}>
          {t('log_close')}
        </button>
      </div>
      {items.map((item, index) => {
        switch (item.status) {
          case 'checking':
            return (
              <p key={index} className="report" role="status">
                {t('log_import_reading', item.fileName)}
              </p>
            );
          case 'error':
            return (
              <div
                key={index}
                className="report report--bad"
                role="alert"
                data-testid="import-report"
              >
                {t('log_import_failed', item.fileName, item.message)}
              </div>
            );
          case 'merged': {
            const { report } = item;
            return (
              <div
                key={index}
                className={`report${item.forced ? ' report--bad' : ''}`}
                data-testid="import-report"
                data-status="merged"
              >
                <p>
                  {item.forced
                    ? t('log_import_forced', report.fileName, report.added, report.duplicates)
                    : t(
                        'log_import_ok',
                        report.fileName,
                        report.entryCount,
                        report.added,
                        report.duplicates,
                      )}
                </p>
                <Meta report={report} />
                {item.forced && <Problems report={report} />}
              </div>
            );
          }
          case 'held':
          case 'discarded': {
            const { report } = item;
            return (
              <div
                key={index}
                className="report report--bad"
                role="alert"
                data-testid="import-report"
                data-status={item.status}
              >
                <p>
                  <strong>
                    {t('log_import_problems', report.fileName, report.problems.length)}
                  </strong>
                </p>
                <Meta report={report} />
                <Problems report={report} />
                {item.status === 'held' && (
                  <div className="report__actions">
                    <button type="button" className="danger" onClick={() => onImportAnyway(index)}>
                      {t('log_import_anyway')}
                    </button>
                    <button type="button" onClick={() => onDiscard(index)}>
                      {t('log_import_discard')}
                    </button>
                  </div>
                )}
              </div>
            );
          }
          default: {
            const unreachable: never = item;
            return unreachable;
          }
        }
      })}
    </section>
  );
}
