import { useEffect, useId, useState } from 'react';
import { documentClassLabel } from '@/components/document-class';
import { FindingList, type FindingItem } from '@/components/FindingList';
import { t } from '@/components/i18n';
import type { MessageKey } from '@/lib/i18n/catalog';
import { reviewDraft } from '@/lib/engine/review';

type Review = Awaited<ReturnType<typeof reviewDraft>>;

const REVIEW_DEBOUNCE_MS = 300;

const PROFILE_KEYS: Record<Review['profile'], MessageKey> = {
  general: 'panel_profile_general',
  epidemiological: 'panel_profile_epidemiological',
};

/**
 * Defence in depth: when the engine offers a masked form, the raw span must never reach the
 * screen, even if an excerpt slipped through unmasked.
 */
export function redactFindings(findings: readonly FindingItem[], content: string): FindingItem[] {
  return findings.map((finding) => {
    if (!finding.fix || finding.start === null || finding.end === null) return finding;
    const raw = content.slice(finding.start, finding.end);
    if (raw.length === 0 || !finding.excerpt.includes(raw)) return finding;
    return { ...finding, excerpt: finding.excerpt.split(raw).join(finding.fix.masked) };
  });
}

type Outcome =
  | { status: 'done'; review: Review; findings: FindingItem[] }
  | { status: 'error'; message: string };

export function QuickCheck() {
  const titleId = useId();
  const draftId = useId();
  const [title, setTitle] = useState('');
  const [content, setContent] = useState('');
  // The latest finished review. While the reviewer types it may be up to one debounce old.
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const isEmpty = content.trim() === '' && title.trim() === '';

  useEffect(() => {
    if (isEmpty) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      // Promise.resolve: works whether the engine is synchronous or asynchronous.
      Promise.resolve()
        .then(() => reviewDraft({ title, body: { format: 'text', content } }))
        .then((review) => {
          if (!cancelled) {
            setOutcome({
              status: 'done',
              review,
              findings: redactFindings(review.findings, content),
            });
          }
        })
        .catch((error: unknown) => {
          if (!cancelled) {
            setOutcome({
              status: 'error',
              message: error instanceof Error ? error.message : String(error),
            });
          }
        });
    }, REVIEW_DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [isEmpty, title, content]);

  const state = isEmpty || outcome === null ? ({ status: 'idle' } as const) : outcome;

  return (
    <section className="app" aria-label={t('panel_tab_quick')}>
      <header className="app__header">
        <h1>{t('panel_tab_quick')}</h1>
        <p className="app__intro">{t('panel_quick_intro')}</p>
        <p className="app__links">
          <a href="/compare.html" target="_blank" rel="noopener">
            {t('panel_compare_link')}
          </a>
        </p>
      </header>

      <div className="field">
        <label htmlFor={titleId}>{t('panel_title')}</label>
        <input
          id={titleId}
          type="text"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          autoComplete="off"
        />
      </div>

      <div className="field">
        <label htmlFor={draftId}>{t('panel_draft')}</label>
        <textarea
          id={draftId}
          value={content}
          onChange={(event) => setContent(event.target.value)}
          rows={10}
          spellCheck={false}
        />
      </div>

      <section className="results" aria-label={t('panel_results')}>
        {state.status === 'idle' && <p className="hint">{t('panel_quick_hint')}</p>}
        {state.status === 'error' && (
          <p className="error" role="alert">
            {t('panel_quick_error', state.message)}
          </p>
        )}
        {state.status === 'done' && (
          <>
            <p className="profile" data-testid="profile">
              {t('panel_profile', t(PROFILE_KEYS[state.review.profile]))}
            </p>
            <p className="profile" data-testid="document-class">
              {t('panel_class', documentClassLabel(state.review.documentClass.class))}
              <span className="evidence">
                {t(
                  'panel_evidence',
                  state.review.documentClass.evidence.join(t('panel_evidence_separator')),
                )}
              </span>
            </p>
            <FindingList findings={state.findings} />
          </>
        )}
      </section>
    </section>
  );
}
