import { t } from '../i18n';
import './log.css';

export type ExportFormat = 'csv' | 'xlsx' | 'json' | 'html';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; format: ExportFormat; done: number; total: number }
  | { status: 'done'; fileName: string; count: number }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

export interface ExportBarProps {
  count: number;
  state: ExportState;
  disabled: boolean;
  onExport(format: ExportFormat): void;
  onCancel(): void;
}

const FORMATS: ReadonlyArray<[ExportFormat, () => string]> = [
  ['csv', () => t('log_export_csv')],
  ['xlsx', () => t('log_export_xlsx')],
  ['json', () => t('log_export_json')],
  ['html', () => t('log_export_html')],
];

/** The export buttons and, while an export streams, its progress and a cancel button. */
export function ExportBar({ count, state, disabled, onExport, onCancel }: ExportBarProps) {
  const running = state.status === 'running';
  return (
    <div className="toolbar__group" role="group" aria-label={t('log_actions')}>
      {FORMATS.map(([format, label]) => (
        <button
          key={format}
          type="button"
          disabled={disabled || running}
          title={t('log_export_hint', count)}
          onClick={() => onExport(format)}
        >
          {label()}
        </button>
      ))}
      <div className="progress" role="status" data-testid="export-status">
        {state.status === 'running' && (
          <>
            <progress
              max={Math.max(1, state.total)}
              value={state.done}
              aria-label={t('log_exporting', state.format.toUpperCase(), state.done, state.total)}
            />
            <span>{t('log_exporting', state.format.toUpperCase(), state.done, state.total)}</span>
            <button type="button" onClick={onCancel}>
              {t('log_cancel')}
            </button>
          </>
        )}
        {state.status === 'done' && (
          <span className="chain--ok">{t('log_export_done', state.fileName, state.count)}</span>
        )}
        {state.status === 'cancelled' && <span>{t('log_export_cancelled')}</span>}
        {state.status === 'error' && (
          <span className="error">{t('log_export_failed', state.message)}</span>
        )}
      </div>
    </div>
  );
}
