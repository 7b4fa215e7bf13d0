import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { t } from '@/components/i18n';
import { ReviewInputError, reviewDraft } from '@/lib/engine/review';
import {
  ContentMessageSchema,
  type BackgroundMessage,
  type ContentMessage,
  type GateDecision,
  type ReviewReply,
} from '@/lib/page/messages';
import { httpOrigin } from '@/lib/settings/site-activation';
import { activation } from './activation';
import { readPolicy, watchPolicy } from './policy';
import { policyReviewOptions } from '@/lib/policy/policy-review-options';
import { REVIEWER_KEY, parseReviewer } from '@/lib/settings/reviewer';
import { appendGateDecision as writeGateDecision } from '../sidepanel/review-log-db';
import {
  DISABLED_ORIGINS_KEY,
  GATE_DECISIONS_KEY,
  GATE_LOG_ERROR_KEY,
  SITE_PROFILES_KEY,
  appendGateDecision,
  parseDisabledOrigins,
  parseGateDecisions,
  setOriginEnabled,
} from '@/lib/settings/site-settings';
import { parseSiteProfiles, upsertProfile } from '@/lib/sites/site-profile';

async function review(
  message: Extract<ContentMessage, { type: 'content→bg:review' }>,
): Promise<ReviewReply> {
  const { policy } = await readPolicy();
  try {
    const result = reviewDraft(
      { ...message.draft, target: 'public-website' },
      policyReviewOptions(policy),
    );
    return {
      ok: true,
      profile: result.profile,
      documentClass: result.documentClass,
      findings: result.findings,
    };
  } catch (error) {
    const text =
      error instanceof ReviewInputError ? error.message : t('bg_review_failed', String(error));
    return { ok: false, error: text };
  }
}

/**
 * Writes a gate decision to the review log, with any decisions an earlier failure left waiting.
 * When the log cannot take them (full quota, blocked upgrade) they stay in storage.local and the
 * error is kept for the side panel to show: never dropped silently.
 */
async function logGateDecision(decision: GateDecision): Promise<null> {
  const stored = await browser.storage.local.get([GATE_DECISIONS_KEY, REVIEWER_KEY]);
  const waiting = appendGateDecision(parseGateDecisions(stored[GATE_DECISIONS_KEY]), decision);
  const reviewer = parseReviewer(stored[REVIEWER_KEY]);
  const left: GateDecision[] = [];
  let error = '';
  for (const item of waiting) {
    if (error) {
      left.push(item);
      continue;
    }
    try {
      await writeGateDecision(item, reviewer);
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause);
      left.push(item);
    }
  }
  await browser.storage.local.set({ [GATE_DECISIONS_KEY]: left, [GATE_LOG_ERROR_KEY]: error });
  return null;
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
    case 'content→bg:gate-decision':
      return logGateDecision(message.decision);
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
  // A changed policy applies to the next review and activation, without a restart.
  watchPolicy();
  // Read the policy now: Chromium answers the first read only once its policy service has
  // loaded, seconds after start-up, and the first page's activation should not wait for it.
  void readPolicy();
  // The toolbar button opens the popup (site on/off, open the panel); the popup opens the side
  // panel on Chrome/Edge, or the same page in a window where there is no side panel API.
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
