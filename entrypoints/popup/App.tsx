import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { ActivationReply } from '@/lib/page/messages';
import { httpOrigin } from '@/lib/settings/site-activation';
import {
  DISABLED_ORIGINS_KEY,
  parseDisabledOrigins,
  setOriginEnabled,
} from '@/lib/settings/site-settings';
import { activation } from '../background/activation';

const REASONS: Record<ActivationReply['reason'], string> = {
  on: '本站已启用检查',
  'site-off': '本站已停用检查',
  'not-allowed': '管理员未将本站列入检查范围',
  blocked: '管理员已禁止在本站检查',
  'not-http': '此页面不是网页，无需检查',
};

/** The toolbar popup: is this site checked, switch it on or off, open the panel. */
export function App() {
  const [tab, setTab] = useState<{ id: number; url: string } | null>(null);
  const [state, setState] = useState<ActivationReply | null>(null);

  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(async (tabs) => {
      const current = tabs[0];
      if (!current?.id || !current.url) return;
      setTab({ id: current.id, url: current.url });
      setState(await activation(current.url));
    });
  }, []);

  const origin = tab ? httpOrigin(tab.url) : null;
  const toggle = async (enabled: boolean): Promise<void> => {
    if (!origin || !tab) return;
    const stored = await browser.storage.local.get(DISABLED_ORIGINS_KEY);
    const list = parseDisabledOrigins(stored[DISABLED_ORIGINS_KEY]);
    await browser.storage.local.set({
      [DISABLED_ORIGINS_KEY]: setOriginEnabled(list, origin, enabled),
    });
    setState(await activation(tab.url));
  };
  const openPanel = (): void => {
    if (!tab) return;
    // Chrome/Edge: the side panel (allowed in a click); elsewhere the same page in a window.
    const sidePanel = (
      browser as unknown as { sidePanel?: { open(o: { tabId: number }): Promise<void> } }
    ).sidePanel;
    if (sidePanel) {
      void sidePanel.open({ tabId: tab.id }).then(() => window.close());
    } else {
      void browser.windows.create({
        url: browser.runtime.getURL(`/sidepanel.html?tabId=${tab.id}`),
        type: 'popup',
        width: 440,
        height: 760,
      });
      window.close();
    }
  };

  const on = state?.enabled ?? false;
  const adminDecided = state?.reason === 'not-allowed' || state?.reason === 'blocked';
  return (
    <main className="popup">
      <h1>
        公开审查助手 <span className="en">Disclosure Review</span>
      </h1>
      {origin && <p className="origin">{origin}</p>}
      {state && (
        <p
          className={`state ${on ? 'state--on' : 'state--off'}`}
          role="status"
          data-testid="site-state"
        >
          {REASONS[state.reason]}
          {adminDecided && <span className="en">由管理员设置 Set by your administrator</span>}
        </p>
      )}
      {state && origin && !adminDecided && (
        <button type="button" onClick={() => void toggle(!on)} data-testid="site-toggle">
          {on ? '在本站停用 Switch off here' : '在本站启用 Switch on here'}
        </button>
      )}
      <button type="button" className="primary" onClick={openPanel}>
        打开审查面板 <span className="en">Open the review panel</span>
      </button>
      <div className="links">
        <a href="/options.html" target="_blank" rel="noopener">
          设置 Options
        </a>
        <a href="/compare.html" target="_blank" rel="noopener">
          新旧对照 Compare
        </a>
      </div>
    </main>
  );
}
