import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/components/i18n';
import type { MessageKey } from '@/lib/i18n/catalog';
import type { ActivationReply } from '@/lib/page/messages';
import { httpOrigin } from '@/lib/settings/site-activation';
import {
  DISABLED_ORIGINS_KEY,
  parseDisabledOrigins,
  setOriginEnabled,
} from '@/lib/settings/site-settings';
import { activation } from '../background/activation';

const REASONS: Record<ActivationReply['reason'], MessageKey> = {
  on: 'popup_state_on',
  'site-off': 'popup_state_site_off',
  'not-allowed': 'popup_state_not_allowed',
  blocked: 'popup_state_blocked',
  'not-http': 'popup_state_not_http',
};

interface PanelApis {
  /** Chrome and Edge 114+. */
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  /** Firefox. */
  sidebarAction?: { open(): Promise<void> };
}

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
    // Chrome/Edge: the side panel; Firefox: the sidebar. Both open only from a user gesture, so
    // they are called here, in the click, before anything is awaited. Elsewhere the same page
    // opens in a small window.
    const { sidePanel, sidebarAction } = browser as unknown as PanelApis;
    if (sidePanel) {
      void sidePanel.open({ tabId: tab.id }).then(() => window.close());
    } else if (sidebarAction) {
      void sidebarAction.open().then(() => window.close());
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
      <h1>{t('extName')}</h1>
      {origin && <p className="origin">{origin}</p>}
      {state && (
        <p
          className={`state ${on ? 'state--on' : 'state--off'}`}
          role="status"
          data-testid="site-state"
        >
          {t(REASONS[state.reason])}
          {adminDecided && <span className="note">{t('setByAdmin')}</span>}
        </p>
      )}
      {state && origin && !adminDecided && (
        <button type="button" onClick={() => void toggle(!on)} data-testid="site-toggle">
          {on ? t('popup_switch_off') : t('popup_switch_on')}
        </button>
      )}
      <button type="button" className="primary" onClick={openPanel}>
        {t('popup_open_panel')}
      </button>
      <div className="links">
        <a href="/options.html" target="_blank" rel="noopener">
          {t('popup_options')}
        </a>
        <a href="/log.html" target="_blank" rel="noopener">
          {t('popup_log')}
        </a>
        <a href="/compare.html" target="_blank" rel="noopener">
          {t('popup_compare')}
        </a>
      </div>
    </main>
  );
}
