import { useState } from 'react';
import { QuickCheck } from './QuickCheck';
import { ReviewTab } from './ReviewTab';

type Tab = 'review' | 'quick';

/** The side panel: the checklist for the draft in the current tab, and the paste-in quick check. */
export function App() {
  const [tab, setTab] = useState<Tab>(location.hash === '#quick' ? 'quick' : 'review');
  const tabs: Array<{ id: Tab; label: string; en: string }> = [
    { id: 'review', label: '审查清单', en: 'Checklist' },
    { id: 'quick', label: '试查', en: 'Quick check' },
  ];
  return (
    <main className="panel">
      <header className="panel__header">
        <h1>
          公开审查助手 <span className="en">Disclosure Review</span>
        </h1>
        <div role="tablist" aria-label="功能" className="panel__tabs">
          {tabs.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`tabpanel-${t.id}`}
              onClick={() => setTab(t.id)}
              onKeyDown={(event) => {
                if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
                  const next = tab === 'review' ? 'quick' : 'review';
                  setTab(next);
                  document.getElementById(`tab-${next}`)?.focus();
                }
              }}
              tabIndex={tab === t.id ? 0 : -1}
            >
              {t.label} <span className="en">{t.en}</span>
            </button>
          ))}
        </div>
      </header>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'review' ? <ReviewTab /> : <QuickCheck />}
      </div>
    </main>
  );
}
