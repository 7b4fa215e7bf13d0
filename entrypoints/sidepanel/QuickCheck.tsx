import { useEffect, useId, useState } from 'react';
import { FindingList, type FindingItem } from '@/components/FindingList';
import { reviewDraft } from '@/lib/engine/review';

type Review = Awaited<ReturnType<typeof reviewDraft>>;

const REVIEW_DEBOUNCE_MS = 300;

const PROFILE_LABELS: Record<Review['profile'], string> = {
  general: '一般',
  epidemiological: '流调（疫情）',
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
    <section className="app" aria-label="试查">
      <header className="app__header">
        <h1>
          试查 <span className="en">Quick check</span>
        </h1>
        <p className="app__intro">
          粘贴草稿，发布前检查个人信息等问题。草稿只在本机检查，不会上传。
          <span className="en">
            Paste a draft to check it before publication. Nothing leaves this device.
          </span>
        </p>
        <p className="app__links">
          <a href="/compare.html" target="_blank" rel="noopener">
            新旧对照 <span className="en">Compare versions</span>
          </a>
        </p>
      </header>

      <div className="field">
        <label htmlFor={titleId}>
          标题 <span className="en">Title</span>
        </label>
        <input
          id={titleId}
          type="text"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          autoComplete="off"
        />
      </div>

      <div className="field">
        <label htmlFor={draftId}>
          正文草稿 <span className="en">Draft (plain text)</span>
        </label>
        <textarea
          id={draftId}
          value={content}
          onChange={(event) => setContent(event.target.value)}
          rows={10}
          spellCheck={false}
        />
      </div>

      <section className="results" aria-label="检查结果">
        {state.status === 'idle' && (
          <p className="hint">
            在上方粘贴草稿后自动检查。<span className="en">Results appear as you type.</span>
          </p>
        )}
        {state.status === 'error' && (
          <p className="error" role="alert">
            检查出错：{state.message}
          </p>
        )}
        {state.status === 'done' && (
          <>
            <p className="profile" data-testid="profile">
              文档类型：{PROFILE_LABELS[state.review.profile] ?? state.review.profile}
              <span className="en">Profile: {state.review.profile}</span>
            </p>
            <p className="profile" data-testid="document-class">
              文件类别：{state.review.documentClass.label}
              <span className="en">Class: {state.review.documentClass.class}</span>
              <span className="evidence">
                依据：{state.review.documentClass.evidence.join('；')}
              </span>
            </p>
            <FindingList findings={state.findings} />
          </>
        )}
      </section>
    </section>
  );
}
