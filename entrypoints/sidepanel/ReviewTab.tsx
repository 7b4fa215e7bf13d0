import { useCallback, useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { ChecklistView, type ChecklistViewFinding } from '@/components/ChecklistView';
import { SignOffForm } from '@/components/SignOffForm';
import {
  buildChecklist,
  signOffProblems,
  type ManualState,
  type Outcome,
} from '@/lib/checklist/build-checklist';
import {
  MANUAL_ITEMS_KEY,
  parseManualItems,
  type ManualItem,
} from '@/lib/checklist/checklist-items';
import {
  DISPOSITIONS_KEY,
  dispositionsFor,
  parseDispositions,
  setDisposition,
  type Disposition,
  type StoredDispositions,
} from '@/lib/checklist/dispositions';
import { PageStateSchema, type PageState } from '@/lib/page/messages';
import { REVIEWER_KEY, parseReviewer, type Reviewer } from '@/lib/settings/reviewer';
import {
  GATE_DECISIONS_KEY,
  GATE_LOG_ERROR_KEY,
  parseGateDecisions,
} from '@/lib/settings/site-settings';
import { appendSignOff } from './review-log-db';

const POLL_MS = 1000;

/** The tab the panel reviews: ?tabId= when opened as a page, else the active tab. */
function useTargetTab(): number | null {
  const fixed = Number(new URLSearchParams(location.search).get('tabId'));
  const [tabId, setTabId] = useState<number | null>(
    Number.isInteger(fixed) && fixed > 0 ? fixed : null,
  );
  useEffect(() => {
    if (Number.isInteger(fixed) && fixed > 0) return;
    const update = (): void => {
      void browser.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) => {
        setTabId(tabs[0]?.id ?? null);
      });
    };
    update();
    browser.tabs.onActivated.addListener(update);
    return () => browser.tabs.onActivated.removeListener(update);
  }, [fixed]);
  return tabId;
}

type Load =
  { status: 'loading' } | { status: 'none'; why: string } | { status: 'ok'; page: PageState };

function usePageState(tabId: number | null): Load {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    if (tabId === null) return;
    let stopped = false;
    const poll = async (): Promise<void> => {
      try {
        const raw: unknown = await browser.tabs.sendMessage(
          tabId,
          { type: 'panel→content:get-state' },
          { frameId: 0 },
        );
        const parsed = PageStateSchema.safeParse(raw);
        if (stopped) return;
        setLoad(
          parsed.success && parsed.data.drafts > 0
            ? { status: 'ok', page: parsed.data }
            : { status: 'none', why: '当前页面没有找到草稿编辑区（或本站已停用）。' },
        );
      } catch {
        if (!stopped)
          setLoad({ status: 'none', why: '当前页面不是可检查的网页，或页面尚未加载完。' });
      }
    };
    void poll();
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [tabId]);
  return tabId === null ? { status: 'none', why: '没有可审查的标签页。' } : load;
}

/** The reviewer's panel for the draft in the target tab: document, checklist, sign-off. */
export function ReviewTab() {
  const tabId = useTargetTab();
  const load = usePageState(tabId);
  const [reviewer, setReviewer] = useState<Reviewer>({ name: '', unit: '' });
  const [manualItems, setManualItems] = useState<ManualItem[]>([]);
  const [stored, setStored] = useState<StoredDispositions>({});
  const [manualStates, setManualStates] = useState<Record<string, ManualState>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [signed, setSigned] = useState<{ seq: number; at: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [gateTrouble, setGateTrouble] = useState<{ waiting: number; error: string }>({
    waiting: 0,
    error: '',
  });

  useEffect(() => {
    const read = (): void => {
      void browser.storage.local
        .get([
          REVIEWER_KEY,
          MANUAL_ITEMS_KEY,
          DISPOSITIONS_KEY,
          GATE_DECISIONS_KEY,
          GATE_LOG_ERROR_KEY,
        ])
        .then((values) => {
          const logError = values[GATE_LOG_ERROR_KEY];
          setGateTrouble({
            waiting: parseGateDecisions(values[GATE_DECISIONS_KEY]).length,
            error: typeof logError === 'string' ? logError : '',
          });
          setReviewer(parseReviewer(values[REVIEWER_KEY]));
          setManualItems(parseManualItems(values[MANUAL_ITEMS_KEY]).items);
          setStored(parseDispositions(values[DISPOSITIONS_KEY]));
        });
    };
    read();
    browser.storage.onChanged.addListener(read);
    return () => browser.storage.onChanged.removeListener(read);
  }, []);

  const page = load.status === 'ok' ? load.page : null;
  const draftKey = page?.url ?? '';
  const dispositions = useMemo(() => dispositionsFor(stored, draftKey), [stored, draftKey]);
  const findings: ChecklistViewFinding[] = useMemo(() => page?.findings ?? [], [page]);
  const groups = useMemo(
    () => buildChecklist(findings, dispositions, manualItems, manualStates, page !== null),
    [findings, dispositions, manualItems, manualStates, page],
  );
  const problems = signOffProblems(groups, outcome, comment, reviewer);

  const dispose = useCallback(
    (finding: ChecklistViewFinding, disposition: Disposition | null) => {
      if (!draftKey) return;
      const next = setDisposition(
        stored,
        draftKey,
        finding.fingerprint,
        disposition,
        new Date().toISOString(),
      );
      setStored(next);
      void browser.storage.local.set({ [DISPOSITIONS_KEY]: next });
    },
    [stored, draftKey],
  );

  const reveal = useCallback(
    (finding: ChecklistViewFinding) => {
      if (tabId === null) return;
      const source = page?.findings.find((f) => f.fingerprint === finding.fingerprint);
      void browser.tabs
        .sendMessage(
          tabId,
          { type: 'panel→content:reveal', key: finding.key, frameId: source?.frameId },
          { frameId: 0 },
        )
        .catch(() => undefined);
    },
    [tabId, page],
  );

  const sign = async (): Promise<void> => {
    if (!page || !outcome || problems.length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const entry = await appendSignOff({
        page,
        reviewer,
        outcome,
        comment: comment.trim(),
        dispositions,
        checklist: groups.flatMap((group) => [
          {
            id: `auto-${group.id}`,
            label: `${group.label}（自动检查）`,
            group: group.id,
            state: group.auto.state,
            note: '',
          },
          ...group.manual.map((m) => ({
            id: m.id,
            label: m.label,
            group: group.id,
            state: m.state,
            note: m.note,
          })),
        ]),
      });
      setSigned({ seq: entry.seq, at: new Date().toLocaleString('zh-CN') });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const trouble =
    gateTrouble.waiting > 0 ? (
      <p className="error" role="alert" data-testid="gate-log-trouble">
        有 {gateTrouble.waiting} 条发布把关决定尚未写入审查日志，将在下次写入时重试：
        {gateTrouble.error}
      </p>
    ) : null;
  if (load.status === 'loading') return <p className="hint">正在读取页面… Loading…</p>;
  if (load.status === 'none') {
    return (
      <p className="hint" data-testid="no-draft">
        {load.why}
        <span className="en">
          No draft found in the current tab. Use 试查 to check pasted text.
        </span>
      </p>
    );
  }
  const { page: state } = load;
  return (
    <section className="review" aria-label="审查清单">
      {trouble}
      <dl className="doc-summary" data-testid="doc-summary">
        <dt>标题</dt>
        <dd>{state.title || '（未填写）'}</dd>
        <dt>文号</dt>
        <dd>{state.documentNumber || '（无）'}</dd>
        <dt>类别</dt>
        <dd>
          {state.documentClass?.label ?? (state.pending ? '检查中…' : '—')}
          {state.documentClass && state.documentClass.evidence.length > 0 && (
            <span className="evidence">依据：{state.documentClass.evidence.join('；')}</span>
          )}
        </dd>
        <dt>公开属性</dt>
        <dd>{state.disclosureAttribute || '（未设置）'}</dd>
      </dl>
      <ChecklistView
        groups={groups}
        dispositions={dispositions}
        onReveal={reveal}
        onDispose={dispose}
        onManual={(id, value) => setManualStates((prev) => ({ ...prev, [id]: value }))}
      />
      <p className="reviewer-line">
        审核人：{reviewer.name || '（未设置）'} · {reviewer.unit || '（未设置单位）'}{' '}
        <a href="/options.html" target="_blank" rel="noopener">
          设置 <span className="en">Options</span>
        </a>
      </p>
      <SignOffForm
        outcome={outcome}
        comment={comment}
        problems={problems}
        busy={busy}
        onOutcome={setOutcome}
        onComment={setComment}
        onSign={() => void sign()}
      />
      {signed && (
        <p className="signed" role="status" data-testid="signed">
          已签署并记入审查日志（第 {signed.seq} 条，{signed.at}）。
          <span className="en">Signed and logged.</span>
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          未能记入日志：{error}
        </p>
      )}
    </section>
  );
}
