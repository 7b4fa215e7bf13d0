import { useState } from 'react';
import { t } from '@/components/i18n';
import { QuickCheck } from './QuickCheck';
import { ReviewTab } from './ReviewTab';

type Tab = 'review' | 'quick';

/** The side panel: the checklist for the draft in the current tab, and the paste-in quick check. */
export function App() {
  const [tab, setTab] = useState<Tab>(location.hash === '#quick' ? 'quick' : 'review');
  const tabs: Array<{ id: Tab; label: string }> = [
    { id: 'review', label: t('panel_tab_review') },
    { id: 'quick', label: t('panel_tab_quick') },
  ];
  return (
    <main className="panel">
      <header className="panel__header">
        <h1>{t('extName')}</h1>
        <div role="tablist" aria-label={t('panel_tabs_label')} className="panel__tabs">
          {tabs.map((item) => (
            <button
              key={item.id}
              type="button"
              role="tab"
              id={`tab-${item.id}`}
              aria-selected={tab === item.id}
              aria-controls={`tabpanel-${item.id}`}
              onClick={() => setTab(item.id)}
              onKeyDown={(event) => {
                if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
                  const next = tab === 'review' ? 'quick' : 'review';
                  setTab(next);
                  document.getElementById(`tab-${next}`)?.focus();
                }
              }}
              tabIndex={tab === item.id ? 0 : -1}
            >
              {item.label}
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
