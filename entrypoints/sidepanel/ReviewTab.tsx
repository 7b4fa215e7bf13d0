import { useCallback, useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { readPolicySettings } from './policy-settings';
import { ChecklistView, type ChecklistViewFinding } from '@/components/ChecklistView';
import { documentClassLabel } from '@/components/document-class';
import { t, uiLanguageTag } from '@/components/i18n';
import { SignOffForm } from '@/components/SignOffForm';
import type { MessageKey } from '@/lib/i18n/catalog';
import {
  buildChecklist,
  signOffProblems,
  type ManualState,
  type Outcome,
} from '@/lib/checklist/build-checklist';
import { MANUAL_ITEMS_KEY, type ManualItem } from '@/lib/checklist/checklist-items';
import {
  DISPOSITIONS_KEY,
  dispositionsFor,
  parseDispositions,
  setDisposition,
  type Disposition,
  type StoredDispositions,
} from '@/lib/checklist/dispositions';
import { PageStateSchema, type PageState } from '@/lib/page/messages';
import { REVIEWER_KEY, type Reviewer } from '@/lib/settings/reviewer';
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
  { status: 'loading' } | { status: 'none'; why: MessageKey } | { status: 'ok'; page: PageState };

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
            : { status: 'none', why: 'panel_none_no_draft' },
        );
      } catch {
        if (!stopped) setLoad({ status: 'none', why: 'panel_none_not_page' });
      }
    };
    void poll();
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [tabId]);
  return tabId === null ? { status: 'none', why: 'panel_none_no_tab' } : load;
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
          void readPolicySettings(values).then((settings) => {
            setReviewer(settings.reviewer);
            setManualItems(settings.manualItems);
          });
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
            // The review log keeps lib's Chinese labels, whatever the UI language.
            label: `${group.label}（自动检查）`, // i18n-allow: logged data
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
      setSigned({ seq: entry.seq, at: new Date().toLocaleString(uiLanguageTag()) });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const trouble =
    gateTrouble.waiting > 0 ? (
      <p className="error" role="alert" data-testid="gate-log-trouble">
        {t('panel_gate_trouble', gateTrouble.waiting, gateTrouble.error)}
      </p>
    ) : null;
  if (load.status === 'loading') return <p className="hint">{t('panel_loading')}</p>;
  if (load.status === 'none') {
    return (
      <p className="hint" data-testid="no-draft">
        {t(load.why)} {t('panel_none_hint')}
      </p>
    );
  }
  const { page: state } = load;
  return (
    <section className="review" aria-label={t('panel_tab_review')}>
      {trouble}
      <dl className="doc-summary" data-testid="doc-summary">
        <dt>{t('panel_summary_title')}</dt>
        <dd>{state.title || t('panel_not_filled')}</dd>
        <dt>{t('panel_summary_number')}</dt>
        <dd>{state.documentNumber || t('panel_no_number')}</dd>
        <dt>{t('panel_summary_class')}</dt>
        <dd>
          {state.documentClass
            ? documentClassLabel(state.documentClass.class)
            : state.pending
              ? t('panel_checking')
              : '—'}
          {state.documentClass && state.documentClass.evidence.length > 0 && (
            <span className="evidence">
              {t(
                'panel_evidence',
                state.documentClass.evidence.join(t('panel_evidence_separator')),
              )}
            </span>
          )}
        </dd>
        <dt>{t('panel_summary_disclosure')}</dt>
        <dd>{state.disclosureAttribute || t('panel_not_set')}</dd>
      </dl>
      <ChecklistView
        groups={groups}
        dispositions={dispositions}
        onReveal={reveal}
        onDispose={dispose}
        onManual={(id, value) => setManualStates((prev) => ({ ...prev, [id]: value }))}
      />
      <p className="reviewer-line">
        {t(
          'panel_reviewer',
          reviewer.name || t('panel_not_set'),
          reviewer.unit || t('panel_reviewer_no_unit'),
        )}{' '}
        <a href="/options.html" target="_blank" rel="noopener">
          {t('panel_options_link')}
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
          {t('panel_signed', signed.seq, signed.at)}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {t('panel_sign_failed', error)}
        </p>
      )}
    </section>
  );
}
