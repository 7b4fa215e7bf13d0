import { browser } from 'wxt/browser';
import {
  ActivationReplySchema,
  BackgroundMessageSchema,
  PanelMessageSchema,
  type ContentMessage,
} from '@/lib/page/messages';
import { DISABLED_ORIGINS_KEY, SITE_PROFILES_KEY } from '@/lib/settings/site-settings';
import { ReviewSession } from './session';

/**
 * The in-page review, loaded by the content script's bootstrap (./index.ts) once a root frame
 * has an editor: activation, the review session, and the messages from the background and the
 * side panel. `queued` are messages that reached the bootstrap before this was loaded.
 */
export function startInPage(queued: ReadonlyArray<QueuedMessage>): void {
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

  const handleMessage = (raw: unknown, sendResponse: (response: unknown) => void): undefined => {
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
  };
  browser.runtime.onMessage.addListener((raw, _sender, sendResponse) =>
    handleMessage(raw, sendResponse),
  );
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
  // Messages that woke the bootstrap (a frame's report, the panel's question) once there is a session.
  void refresh().then(() => {
    for (const item of queued) handleMessage(item.raw, item.sendResponse);
  });
}

/** A runtime message that arrived before the in-page review was loaded. */
export interface QueuedMessage {
  raw: unknown;
  sendResponse: (response: unknown) => void;
}
