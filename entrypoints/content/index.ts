import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import {
  ActivationReplySchema,
  BackgroundMessageSchema,
  PanelMessageSchema,
  type ContentMessage,
} from '@/lib/page/messages';
import { DISABLED_ORIGINS_KEY, SITE_PROFILES_KEY } from '@/lib/settings/site-settings';
import { isRootFrame } from './find-editors';
import { ReviewSession } from './session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main() {
    // Runs in every frame of every page, so it must be cheap: a frame its parent can reach is
    // handled by the parent's script; only the top frame and cross-origin frames go on.
    const began = performance.now();
    if (!isRootFrame(window)) return;

    let session: ReviewSession | null = null;
    const isAlive = (): boolean => {
      try {
        return !!browser.runtime?.id;
      } catch {
        return false;
      }
    };
    const shutDown = (): void => {
      session?.stop();
      session = null;
    };
    const send = async (message: ContentMessage): Promise<unknown> => {
      // After an extension update the old script stays in the page without a runtime: leave quietly.
      if (!isAlive()) {
        shutDown();
        throw new Error('extension context invalidated');
      }
      return browser.runtime.sendMessage(message);
    };

    let refreshing = false;
    const refresh = async (): Promise<void> => {
      if (refreshing) return;
      refreshing = true;
      try {
        const reply = ActivationReplySchema.safeParse(
          await send({ type: 'content→bg:activation', url: location.href }),
        );
        if (!reply.success || !reply.data.enabled) {
          shutDown();
          return;
        }
        if (session) {
          session.setProfile(reply.data.profile);
        } else {
          session = new ReviewSession(window, reply.data.profile, { send });
          session.start();
        }
      } catch {
        shutDown();
      } finally {
        refreshing = false;
      }
    };

    browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
      const parsed = BackgroundMessageSchema.safeParse(raw);
      if (parsed.success) {
        session?.handleMessage(parsed.data);
        return undefined;
      }
      // The side panel asks the top frame about the page's draft.
      const panel = PanelMessageSchema.safeParse(raw);
      if (!panel.success || window !== window.top) return undefined;
      switch (panel.data.type) {
        case 'panel→content:get-state':
          sendResponse(session?.pageState() ?? null);
          return undefined;
        case 'panel→content:reveal':
          session?.revealFinding(panel.data.key, panel.data.frameId);
          sendResponse(null);
          return undefined;
        default: {
          const never: never = panel.data;
          return never;
        }
      }
    });
    // Site switched off or on, profile saved, policy changed: all take effect without a reload.
    browser.storage.onChanged.addListener((changes, area) => {
      const relevant =
        area === 'managed' || DISABLED_ORIGINS_KEY in changes || SITE_PROFILES_KEY in changes;
      if (relevant) void refresh();
    });
    window.addEventListener('pagehide', () => shutDown());
    // Back/forward cache: the page comes back without a session.
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) void refresh();
    });
    void refresh();
    performance.measure('disclosure-review:start', { start: began });
  },
});
