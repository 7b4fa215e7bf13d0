import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { t } from '@/components/i18n';
import { ChainStatus, type ChainState } from '@/components/log/ChainStatus';
import { ExportBar, type ExportFormat, type ExportState } from '@/components/log/ExportBar';
import { ImportPanel, type ImportItem } from '@/components/log/ImportPanel';
import { LogCharts, type LogChartsHandle } from '@/components/log/LogCharts';
import { LogFilterBar } from '@/components/log/LogFilterBar';
import { LogTable, type TimeOrder } from '@/components/log/LogTable';
import { RecordDetail, type DetailState } from '@/components/log/RecordDetail';
import { RetentionDialog, RetentionPanel } from '@/components/log/RetentionPanel';
import { filterOptions, filterRows, type LogFilter, type LogRow } from '@/lib/log/log-query';
import { logTotals } from '@/lib/log/log-stats';
import {
  applyPurge,
  importFile,
  loadImportedRows,
  previewPurge,
  readImportedEntry,
  runExport,
} from './log-actions';
import { loadOwnRows, readOwnEntry, type LoadProgress } from './log-data';
import {
  readRetentionSetting,
  readReviewer,
  saveRetentionDays,
  type RetentionSetting,
} from './settings';
import { ruleTitle } from './rule-titles';
import { runWorker } from './run-worker';

type LoadState =
  | { status: 'loading'; progress: LoadProgress }
  | { status: 'ready'; ms: number }
  | { status: 'error'; message: string };

type Panel = 'none' | 'import' | 'retention';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Verifies the own chain in a worker (seconds on 100,000 entries), off the page's thread. */
function verifyInWorker(): Promise<Extract<ChainState, { status: 'done' | 'error' }>> {
  return runWorker<{ result: Extract<ChainState, { status: 'done' }>['result']; ms: number }>(
    new Worker(new URL('./verify.worker.ts', import.meta.url), { type: 'module' }),
    'verify',
  ).then(
    ({ result, ms }) => ({ status: 'done', result, ms }),
    (error: unknown) => ({ status: 'error', message: messageOf(error) }),
  );
}

/** The supervisor's review-log page (issue 7): find, count, open and hand over the records. */
export function App() {
  const [load, setLoad] = useState<LoadState>({
    status: 'loading',
    progress: { done: 0, total: 0 },
  });
  const [rows, setRows] = useState<LogRow[]>([]);
  const [chain, setChain] = useState<ChainState>({ status: 'checking' });
  const [filter, setFilter] = useState<LogFilter>({});
  const [order, setOrder] = useState<TimeOrder>('newest');
  const [opened, setOpened] = useState<{ row: LogRow; state: DetailState } | null>(null);
  const [generation, setGeneration] = useState(0);
  const charts = useRef<LogChartsHandle>(null);
  const [now] = useState(() => Date.now());
  const [exportState, setExportState] = useState<ExportState>({ status: 'idle' });
  const exportAbort = useRef<AbortController | null>(null);
  const [panel, setPanel] = useState<Panel>('none');
  const [imports, setImports] = useState<ImportItem[]>([]);
  const [retention, setRetention] = useState<RetentionSetting>({ days: null, managed: false });
  const [reviewer, setReviewer] = useState<{ name: string; unit: string } | null>(null);
  const [purge, setPurge] = useState<{
    preview: { count: number; fromSeq?: number; toSeq?: number };
    busy: boolean;
  } | null>(null);
  const [retentionMessage, setRetentionMessage] = useState<{
    kind: 'ok' | 'error';
    text: string;
  } | null>(null);

  useEffect(() => {
    void readRetentionSetting().then(setRetention);
    void readReviewer().then((r) => setReviewer(r.name && r.unit ? r : null));
  }, []);

  // (Re)load every row, then verify the chain; `generation` bumps after a retention or import.
  useEffect(() => {
    const controller = new AbortController();
    const started = performance.now();
    setLoad({ status: 'loading', progress: { done: 0, total: 0 } });
    setChain({ status: 'checking' });
    const report = (progress: LoadProgress) => setLoad({ status: 'loading', progress });
    loadOwnRows(report, controller.signal)
      .then(async (own) => {
        const imported = await loadImportedRows(
          (p) => report({ done: own.length + p.done, total: own.length + p.total }),
          controller.signal,
        );
        return own.concat(imported);
      })
      .then((loaded) => {
        if (controller.signal.aborted) return;
        setRows(loaded);
        setLoad({ status: 'ready', ms: performance.now() - started });
        return verifyInWorker().then((result) => {
          if (!controller.signal.aborted) setChain(result);
        });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoad({ status: 'error', message: messageOf(error) });
      });
    return () => controller.abort();
  }, [generation]);

  // Filtering runs on the deferred filter, so typing in the search box never waits for it.
  const deferredFilter = useDeferredValue(filter);
  const { filtered, filterMs } = useMemo(() => {
    const started = performance.now();
    const result = filterRows(rows, deferredFilter);
    return { filtered: result, filterMs: rows.length > 0 ? performance.now() - started : null };
  }, [rows, deferredFilter]);
  const choices = useMemo(() => filterOptions(rows), [rows]);
  const totals = useMemo(() => logTotals(filtered), [filtered]);

  const open = useCallback((row: LogRow) => {
    setOpened({ row, state: { status: 'loading' } });
    const read = row.source.kind === 'own' ? readOwnEntry(row.seq) : readImportedEntry(row);
    void read.then((entry) =>
      setOpened((current) =>
        current?.row.key === row.key
          ? { row, state: entry ? { status: 'loaded', entry } : { status: 'missing' } }
          : current,
      ),
    );
  }, []);

  const startExport = (format: ExportFormat) => {
    const controller = new AbortController();
    exportAbort.current = controller;
    const started = performance.now();
    setExportState({ status: 'running', format, done: 0, total: filtered.length });
    runExport(format, filtered, deferredFilter, {
      signal: controller.signal,
      onProgress: ({ done, total }) => setExportState({ status: 'running', format, done, total }),
      chartImages: format === 'html' ? (charts.current?.images() ?? []) : [],
    })
      .then(({ fileName, count }) => {
        setExportState({ status: 'done', fileName, count });
        console.info(
          `export ${format}: ${count} records in ${Math.round(performance.now() - started)} ms`,
        );
      })
      .catch((error: unknown) => {
        setExportState(
          controller.signal.aborted
            ? { status: 'cancelled' }
            : { status: 'error', message: messageOf(error) },
        );
      })
      .finally(() => {
        if (exportAbort.current === controller) exportAbort.current = null;
      });
  };

  const importFiles = async (files: File[]) => {
    for (const file of files) {
      let index = -1;
      setImports((items) => {
        index = items.length;
        return [...items, { status: 'checking', fileName: file.name }];
      });
      const replace = (item: ImportItem) =>
        setImports((items) => items.map((old, i) => (i === index ? item : old)));
      try {
        const text = await file.text();
        const report = await importFile(file.name, text, false);
        replace(
          report.ok
            ? { status: 'merged', report, forced: false }
            : { status: 'held', report, text },
        );
        if (report.ok && report.added > 0) setGeneration((g) => g + 1);
      } catch (error) {
        replace({ status: 'error', fileName: file.name, message: messageOf(error) });
      }
    }
  };

  const importAnyway = async (index: number) => {
    const item = imports[index];
    if (item?.status !== 'held') return;
    try {
      const report = await importFile(item.report.fileName, item.text, true);
      setImports((items) =>
        items.map((old, i) => (i === index ? { status: 'merged', report, forced: true } : old)),
      );
      setGeneration((g) => g + 1);
    } catch (error) {
      setImports((items) =>
        items.map((old, i) =>
          i === index
            ? { status: 'error', fileName: item.report.fileName, message: messageOf(error) }
            : old,
        ),
      );
    }
  };

  const askPurge = async () => {
    if (retention.days === null) return;
    setRetentionMessage({ kind: 'ok', text: t('log_retention_previewing') });
    try {
      const preview = await previewPurge(retention.days);
      if (preview.count === 0) {
        setRetentionMessage({ kind: 'ok', text: t('log_retention_none', retention.days) });
        return;
      }
      setPurge({ preview, busy: false });
    } catch (error) {
      setRetentionMessage({ kind: 'error', text: t('log_retention_failed', messageOf(error)) });
    }
  };

  const confirmPurge = async (reason: string) => {
    if (retention.days === null || !reviewer || !purge) return;
    setPurge({ ...purge, busy: true });
    try {
      const { deleted } = await applyPurge(retention.days, reviewer, reason);
      setRetentionMessage({ kind: 'ok', text: t('log_retention_done', deleted) });
      setGeneration((g) => g + 1);
    } catch (error) {
      setRetentionMessage({ kind: 'error', text: t('log_retention_failed', messageOf(error)) });
    }
    setPurge(null);
  };

  return (
    <main className="log" aria-busy={load.status === 'loading'}>
      <header className="log__header">
        <div className="log__heading">
          <h1>{t('log_title')}</h1>
          <p className="log__intro">{t('log_intro')}</p>
        </div>
        <dl className="totals" data-testid="totals">
          <div>
            <dt>{t('log_total_records')}</dt>
            <dd>{totals.records}</dd>
          </div>
          <div>
            <dt>{t('log_total_signoffs')}</dt>
            <dd>{totals.signOffs}</dd>
          </div>
          <div>
            <dt>{t('log_total_gates')}</dt>
            <dd>{totals.gateDecisions}</dd>
          </div>
          <div>
            <dt>{t('log_total_publish_anyway')}</dt>
            <dd>{totals.byOutcome['publish-anyway'] ?? 0}</dd>
          </div>
          <div>
            <dt>{t('log_total_findings')}</dt>
            <dd>{totals.findings}</dd>
          </div>
        </dl>
      </header>

      <div className="log__status">
        {load.status === 'loading' && (
          <div className="loading" role="status" data-testid="load-progress">
            <progress
              max={Math.max(1, load.progress.total)}
              value={load.progress.done}
              aria-label={t('log_loading', load.progress.done, load.progress.total)}
            />
            <span>{t('log_loading', load.progress.done, load.progress.total)}</span>
          </div>
        )}
        {load.status === 'error' && (
          <p className="error" role="alert">
            {t('log_load_failed', load.message)}
          </p>
        )}
        {load.status === 'ready' && (
          <p className="muted" data-testid="load-time" data-ms={Math.round(load.ms)}>
            {t('log_loaded_in', rows.length, (load.ms / 1000).toFixed(1))}
          </p>
        )}
        {load.status === 'ready' && <ChainStatus state={chain} />}
      </div>

      <div className="toolbar">
        <ExportBar
          count={filtered.length}
          state={exportState}
          disabled={load.status !== 'ready'}
          onExport={startExport}
          onCancel={() => exportAbort.current?.abort()}
        />
        <div className="toolbar__group">
          <button
            type="button"
            aria-expanded={panel === 'import'}
            onClick={() => setPanel(panel === 'import' ? 'none' : 'import')}
          >
            {t('log_import')}
          </button>
          <button
            type="button"
            aria-expanded={panel === 'retention'}
            onClick={() => setPanel(panel === 'retention' ? 'none' : 'retention')}
          >
            {t('log_retention')}
          </button>
        </div>
      </div>
      {panel === 'import' && (
        <ImportPanel
          items={imports}
          onFiles={(files) => void importFiles(files)}
          onImportAnyway={(index) => void importAnyway(index)}
          onDiscard={(index) =>
            setImports((items) =>
              items.map((old, i) =>
                i === index && old.status === 'held'
                  ? { status: 'discarded', report: old.report }
                  : old,
              ),
            )
          }
          onClose={() => setPanel('none')}
        />
      )}
      {panel === 'retention' && (
        <RetentionPanel
          key={String(retention.days)}
          days={retention.days}
          managed={retention.managed}
          reviewer={reviewer}
          busy={purge !== null || load.status !== 'ready'}
          message={retentionMessage}
          onSave={(days) => {
            void saveRetentionDays(days).then(() => {
              setRetention({ days, managed: false });
              setRetentionMessage({ kind: 'ok', text: t('log_retention_saved') });
            });
          }}
          onPurge={() => void askPurge()}
          onClose={() => setPanel('none')}
        />
      )}
      {purge && retention.days !== null && (
        <RetentionDialog
          keepDays={retention.days}
          preview={purge.preview}
          busy={purge.busy}
          onConfirm={(reason) => void confirmPurge(reason)}
          onCancel={() => setPurge((p) => (p?.busy ? p : null))}
        />
      )}

      <LogFilterBar
        filter={filter}
        choices={choices}
        ruleTitle={ruleTitle}
        onChange={setFilter}
        count={filtered.length}
        total={rows.length}
        filterMs={filterMs}
        now={now}
      />
      <LogCharts ref={charts} rows={filtered} ruleTitle={ruleTitle} />
      <LogTable rows={filtered} order={order} onOrderChange={setOrder} onOpen={open} />
      {opened && (
        <RecordDetail
          row={opened.row}
          state={opened.state}
          ruleTitle={ruleTitle}
          onClose={() => setOpened(null)}
        />
      )}
    </main>
  );
}
