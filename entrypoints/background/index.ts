import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ReviewInputError, reviewDraft } from '@/lib/engine/review';
import {
  ContentMessageSchema,
  type ActivationReply,
  type BackgroundMessage,
  type ContentMessage,
  type ReviewReply,
} from '@/lib/page/messages';
import { decideActivation, httpOrigin } from '@/lib/settings/site-activation';
import {
  DISABLED_ORIGINS_KEY,
  GATE_DECISIONS_KEY,
  SITE_PROFILES_KEY,
  appendGateDecision,
  parseDisabledOrigins,
  parseGateDecisions,
  setOriginEnabled,
} from '@/lib/settings/site-settings';
import { parseSiteProfiles, profileForUrl, upsertProfile } from '@/lib/sites/site-profile';

/** Administrator settings read from storage.managed (issue 8 adds the full policy). */
async function readManaged(): Promise<{ allowedOrigins?: string[]; blockedOrigins?: string[] }> {
  try {
    const managed = await browser.storage.managed.get(['allowedOrigins', 'blockedOrigins']);
    const list = (value: unknown): string[] | undefined =>
      Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
    return {
      allowedOrigins: list(managed.allowedOrigins),
      blockedOrigins: list(managed.blockedOrigins),
    };
  } catch {
    // No policy installed (Firefox throws when there is no managed storage manifest).
    return {};
  }
}

async function activation(url: string): Promise<ActivationReply> {
  const stored = await browser.storage.local.get([DISABLED_ORIGINS_KEY, SITE_PROFILES_KEY]);
  const managed = await readManaged();
  const reason = decideActivation(url, {
    disabledOrigins: parseDisabledOrigins(stored[DISABLED_ORIGINS_KEY]),
    ...managed,
  });
  const { profiles } = parseSiteProfiles(stored[SITE_PROFILES_KEY] ?? []);
  return { enabled: reason === 'on', reason, profile: profileForUrl(profiles, url) };
}

function review(message: Extract<ContentMessage, { type: 'content→bg:review' }>): ReviewReply {
  try {
    const result = reviewDraft({ ...message.draft, target: 'public-website' });
    return {
      ok: true,
      profile: result.profile,
      documentClass: result.documentClass,
      findings: result.findings,
    };
  } catch (error) {
    const text =
      error instanceof ReviewInputError
        ? error.message
        : `审查出错 review failed: ${String(error)}`;
    return { ok: false, error: text };
  }
}

function sendToFrame(tabId: number, frameId: number, message: BackgroundMessage): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId }).catch(() => undefined);
}

async function handle(
  message: ContentMessage,
  sender: Browser.runtime.MessageSender,
): Promise<unknown> {
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'content→bg:activation':
      return activation(message.url);
    case 'content→bg:review':
      return review(message);
    case 'content→bg:frame-report':
      // A cross-origin frame's findings go to the top frame's badge.
      if (tabId === undefined || sender.frameId === undefined || sender.frameId === 0) return null;
      return sendToFrame(tabId, 0, {
        type: 'bg→content:frame-report',
        frameId: sender.frameId,
        active: message.active,
        findings: message.findings,
      });
    case 'content→bg:frame-action':
      if (tabId === undefined || sender.frameId !== 0) return null;
      return sendToFrame(tabId, message.frameId, {
        type: 'bg→content:frame-action',
        action: message.action,
        key: message.key,
      });
    case 'content→bg:gate-decision': {
      const stored = await browser.storage.local.get(GATE_DECISIONS_KEY);
      const next = appendGateDecision(
        parseGateDecisions(stored[GATE_DECISIONS_KEY]),
        message.decision,
      );
      await browser.storage.local.set({ [GATE_DECISIONS_KEY]: next });
      return null;
    }
    case 'content→bg:save-profile': {
      const origin = sender.url ? httpOrigin(sender.url) : null;
      // A frame may only save a profile for its own site.
      if (origin !== message.profile.origin) return null;
      const stored = await browser.storage.local.get(SITE_PROFILES_KEY);
      const { profiles } = parseSiteProfiles(stored[SITE_PROFILES_KEY] ?? []);
      await browser.storage.local.set({
        [SITE_PROFILES_KEY]: upsertProfile(profiles, message.profile),
      });
      return null;
    }
    case 'content→bg:set-site-enabled': {
      const origin = sender.url ? httpOrigin(sender.url) : null;
      if (origin !== message.origin) return null;
      const stored = await browser.storage.local.get(DISABLED_ORIGINS_KEY);
      const list = parseDisabledOrigins(stored[DISABLED_ORIGINS_KEY]);
      await browser.storage.local.set({
        [DISABLED_ORIGINS_KEY]: setOriginEnabled(list, origin, message.enabled),
      });
      return null;
    }
    default: {
      const never: never = message;
      return never;
    }
  }
}

export default defineBackground(() => {
  // Chrome: clicking the toolbar icon opens the side panel. Firefox has no `sidePanel` API
  // (it uses sidebar_action), hence the optional chaining.
  if (import.meta.env.CHROME || import.meta.env.EDGE) {
    browser.sidePanel
      ?.setPanelBehavior({ openPanelOnActionClick: true })
      .catch((error: unknown) => console.error('setPanelBehavior failed', error));
  }

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    const parsed = ContentMessageSchema.safeParse(raw);
    if (!parsed.success) return false;
    handle(parsed.data, sender).then(sendResponse, (error: unknown) => {
      console.error('[公开审查助手] message failed', parsed.data.type, error);
      sendResponse(null);
    });
    // Keep the channel open for the asynchronous answer.
    return true;
  });
});
