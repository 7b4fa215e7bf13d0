import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { ComparisonTable } from '@/components/ComparisonTable';
import { t } from '@/components/i18n';
import { compareVersions } from '@/lib/compare/compare-versions';
import {
  buildComparisonView,
  DEFAULT_TITLE,
  renderComparisonHtml,
  renderComparisonTableFragment,
  renderComparisonTsv,
} from '@/lib/compare/comparison-html';
import type { Comparison } from '@/lib/compare/schema';
import { DOCUMENT_EXTENSIONS, readDocument } from '@/lib/formats/read-document';
import { extractHtmlText } from '@/lib/text/extract-html-text';
import {
  addKeptVersion,
  KEPT_VERSIONS_KEY,
  parseKeptVersions,
  type KeptVersion,
} from '@/lib/compare/kept-versions';
import { browser } from 'wxt/browser';

const COMPARE_DEBOUNCE_MS = 400;
// The exported table is a Chinese document (part of a 起草说明), whatever the UI language.
const EXPORT_FILE_NAME = '新旧对照.html'; // i18n-allow: document data

/** What was compared and what came out; the texts are kept so that offsets stay valid. */
interface Result {
  comparison: Comparison;
  oldText: string;
  newText: string;
}

type Outcome = { status: 'done'; result: Result } | { status: 'error'; message: string };

/** Reads a chosen file into plain text, as the check command does. */
async function readFileText(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { body } = await readDocument(file.name, bytes);
  return body.format === 'html' ? extractHtmlText(body.content).text : body.content;
}

/** The policy's name (某办法) when the new version starts with a short title line. */
function policyNameOf(newText: string): string | null {
  const first = newText
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  if (!first || first.length > 40 || /^第.{1,8}[条章节编]/.test(first) || /[。；]$/.test(first))
    return null;
  return first.replace(/^《|》$/g, '');
}

/** The exported document's title: "《某办法》新旧对照表", in Chinese like the document. */
function exportTitleOf(name: string | null): string {
  return name ? `《${name}》新旧对照表` : DEFAULT_TITLE; // i18n-allow: document data
}

/** Lets the browser paint (正在比较…) before a long synchronous comparison starts. */
function afterPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

async function copyTable(html: string, text: string): Promise<void> {
  if (typeof ClipboardItem === 'function' && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return;
    } catch {
      // Fall through to the selection copy (e.g. the page lost focus).
    }
  }
  // Older browsers: copy a hidden selection of the rendered table (the HTML is fully escaped).
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = 'position:fixed;left:-10000px;top:0;opacity:0;';
  holder.innerHTML = html;
  document.body.append(holder);
  const selection = window.getSelection();
  const range = document.createRange();
  range.selectNodeContents(holder);
  selection?.removeAllRanges();
  selection?.addRange(range);
  try {
    if (!document.execCommand('copy')) throw new Error('execCommand copy refused');
  } finally {
    selection?.removeAllRanges();
    holder.remove();
  }
}

function downloadHtml(html: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface PaneProps {
  title: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
}

function Pane({ title, value, onChange, testId }: PaneProps) {
  const textId = useId();
  const fileId = useId();
  const errorId = useId();
  const [fileError, setFileError] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const text = await readFileText(file);
      setFileError(null);
      setFileName(file.name);
      onChange(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setFileName(null);
      setFileError(t('compare_file_error', file.name, reason));
    }
  };

  return (
    <section className="pane" data-testid={testId}>
      <div className="field">
        <label htmlFor={textId}>{title}</label>
        <textarea
          id={textId}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          rows={12}
          spellCheck={false}
          aria-describedby={fileError ? errorId : undefined}
        />
      </div>
      <div className="file">
        <label htmlFor={fileId}>{t('compare_open_file', DOCUMENT_EXTENSIONS.join(' '))}</label>
        <input
          id={fileId}
          type="file"
          accept={DOCUMENT_EXTENSIONS.join(',')}
          onChange={(event) => void onFile(event)}
        />
        {fileName && !fileError && (
          <span className="file__name">{t('compare_file_read', fileName)}</span>
        )}
      </div>
      {fileError && (
        <p className="error" role="alert" id={errorId}>
          {fileError}
        </p>
      )}
    </section>
  );
}

export function App() {
  const substantiveId = useId();
  const [oldText, setOldText] = useState('');
  const [newText, setNewText] = useState('');
  const [substantiveOnly, setSubstantiveOnly] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [running, setRunning] = useState(false);
  const [copyStatus, setCopyStatus] = useState<{ ok: boolean; message: string } | null>(null);
  /** Bumped by the 比较 button to compare now, without waiting for the debounce. */
  const [runNow, setRunNow] = useState(0);
  const lastRunNow = useRef(0);
  const isEmpty = oldText.trim() === '' && newText.trim() === '';
  const keptId = useId();
  const [kept, setKept] = useState<KeptVersion[]>([]);
  const [keptStatus, setKeptStatus] = useState<string | null>(null);

  useEffect(() => {
    void browser.storage.local.get(KEPT_VERSIONS_KEY).then((stored) => {
      setKept(parseKeptVersions(stored[KEPT_VERSIONS_KEY]));
    });
  }, []);

  const onKeep = async () => {
    try {
      const next = addKeptVersion(kept, newText, new Date());
      await browser.storage.local.set({ [KEPT_VERSIONS_KEY]: next });
      setKept(next);
      setKeptStatus(t('compare_kept', next[0]!.title));
    } catch (error) {
      // A full quota is shown, never dropped silently.
      const reason = error instanceof Error ? error.message : String(error);
      setKeptStatus(t('compare_keep_failed', reason));
    }
  };

  useEffect(() => {
    if (isEmpty) return;
    let cancelled = false;
    let cancelPaint: (() => void) | undefined;
    const immediate = runNow !== lastRunNow.current;
    lastRunNow.current = runNow;
    const start = () => {
      setRunning(true);
      setCopyStatus(null);
      cancelPaint = afterPaint(() => {
        if (cancelled) return;
        try {
          const comparison = compareVersions(oldText, newText);
          setOutcome({ status: 'done', result: { comparison, oldText, newText } });
        } catch (error) {
          setOutcome({
            status: 'error',
            message: error instanceof Error ? error.message : String(error),
          });
        }
        setRunning(false);
      });
    };
    const timer = setTimeout(start, immediate ? 0 : COMPARE_DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      cancelPaint?.();
      setRunning(false);
    };
  }, [isEmpty, oldText, newText, runNow]);

  const result = !isEmpty && outcome?.status === 'done' ? outcome.result : null;
  const view = useMemo(
    () =>
      result &&
      buildComparisonView(result.comparison, result.oldText, result.newText, { substantiveOnly }),
    [result, substantiveOnly],
  );
  const policyName = result ? policyNameOf(result.newText) : null;
  const caption = policyName ? t('compare_caption_named', policyName) : t('ui_compare_caption');

  const onCopy = async () => {
    if (!result) return;
    const options = { substantiveOnly };
    const { comparison, oldText: o, newText: n } = result;
    try {
      await copyTable(
        renderComparisonTableFragment(comparison, o, n, options),
        renderComparisonTsv(comparison, o, n, options),
      );
      setCopyStatus({ ok: true, message: t('compare_copied') });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setCopyStatus({ ok: false, message: t('compare_copy_failed', reason) });
    }
  };

  const onExport = () => {
    if (!result) return;
    const html = renderComparisonHtml(result.comparison, result.oldText, result.newText, {
      substantiveOnly,
      title: exportTitleOf(policyName),
    });
    downloadHtml(html, EXPORT_FILE_NAME);
  };

  return (
    <main className="app">
      <header className="app__header">
        <h1>{t('compare_title')}</h1>
        <p className="app__intro">{t('compare_intro')}</p>
      </header>

      <div className="panes">
        <Pane title={t('compare_old')} value={oldText} onChange={setOldText} testId="old-pane" />
        <Pane title={t('compare_new')} value={newText} onChange={setNewText} testId="new-pane" />
      </div>

      <div className="kept" role="group" aria-label={t('compare_kept_group')}>
        <label htmlFor={keptId}>{t('compare_kept_label')}</label>
        <select
          id={keptId}
          value=""
          onChange={(event) => {
            const version = kept.find((v) => v.id === event.target.value);
            if (version) setOldText(version.text);
          }}
          disabled={kept.length === 0}
        >
          <option value="">
            {kept.length === 0 ? t('compare_kept_none') : t('compare_kept_choose', kept.length)}
          </option>
          {kept.map((v) => (
            <option key={v.id} value={v.id}>
              {v.title || t('compare_kept_untitled')} · {v.savedAt.slice(0, 16).replace('T', ' ')}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void onKeep()} disabled={newText.trim() === ''}>
          {t('compare_keep')}
        </button>
        {keptStatus && (
          <span className="kept__status" role="status">
            {keptStatus}
          </span>
        )}
      </div>

      <div className="toolbar" role="group" aria-label={t('compare_toolbar')}>
        <button
          type="button"
          className="primary"
          onClick={() => setRunNow((n) => n + 1)}
          disabled={isEmpty}
        >
          {t('compare_run')}
        </button>
        <label className="check" htmlFor={substantiveId}>
          <input
            id={substantiveId}
            type="checkbox"
            checked={substantiveOnly}
            onChange={(event) => setSubstantiveOnly(event.target.checked)}
          />
          {t('compare_substantive_only')}
        </label>
        <span className="toolbar__spacer" />
        <button type="button" onClick={() => void onCopy()} disabled={!result}>
          {t('compare_copy')}
        </button>
        <button type="button" onClick={onExport} disabled={!result}>
          {t('compare_export')}
        </button>
      </div>

      <section className="results" aria-label={t('compare_results')} aria-busy={running}>
        <p className="status" role="status" aria-live="polite" data-testid="status">
          {running
            ? t('compare_running')
            : isEmpty
              ? ''
              : view
                ? t('compare_counts', view.total, view.substantive) +
                  (substantiveOnly && view.total > view.substantive
                    ? t('compare_hidden', view.total - view.substantive)
                    : '')
                : ''}
          {copyStatus && !running && (
            <span className={copyStatus.ok ? 'status__copy' : 'status__copy error'}>
              {copyStatus.message}
            </span>
          )}
        </p>
        {isEmpty && <p className="hint">{t('compare_hint')}</p>}
        {!isEmpty && outcome?.status === 'error' && (
          <p className="error" role="alert">
            {t('compare_error', outcome.message)}
          </p>
        )}
        {result?.comparison.aborted && (
          <p className="notice" data-testid="aborted">
            {t('compare_aborted')}
          </p>
        )}
        {view && <ComparisonTable view={view} caption={caption} />}
      </section>
    </main>
  );
}
