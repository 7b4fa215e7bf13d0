import { browser } from 'wxt/browser';
import {
  MANUAL_ITEMS_KEY,
  parseManualItems,
  type ManualItem,
} from '@/lib/checklist/checklist-items';
import { effectiveSettings } from '@/lib/policy/effective-settings';
import { parsePolicy } from '@/lib/policy/parse-policy';
import { REVIEWER_KEY, parseReviewer, type Reviewer } from '@/lib/settings/reviewer';

/** The side panel's settings with the administrator's policy applied. */
export interface PanelSettings {
  /** The reviewer; `unit` is the policy's unitName when it sets one. */
  reviewer: Reviewer;
  /** The manual checklist items: the policy's when it sets them, else the user's. */
  manualItems: ManualItem[];
  /** Which of them the administrator set (shown as “由管理员设置”). */
  byAdmin: { unit: boolean; manualItems: boolean };
}

/**
 * The reviewer and manual checklist items in effect, from the values the panel read from
 * storage.local (REVIEWER_KEY, MANUAL_ITEMS_KEY) with the managed policy laid over them.
 * Invalid policy values are ignored here; the options page lists them.
 */
export async function readPolicySettings(local: Record<string, unknown>): Promise<PanelSettings> {
  let managed: unknown = {};
  try {
    managed = await browser.storage.managed.get(null);
  } catch {
    // No managed storage (Firefox without policies.json): the user's settings apply.
  }
  const reviewer = parseReviewer(local[REVIEWER_KEY]);
  const settings = effectiveSettings(parsePolicy(managed).policy, {
    reviewer,
    manualItems: parseManualItems(local[MANUAL_ITEMS_KEY]).items,
    siteProfiles: [],
  });
  return {
    reviewer: { name: reviewer.name, unit: settings.unitName.value },
    manualItems: [...settings.manualChecklistItems.value],
    byAdmin: {
      unit: settings.unitName.byAdmin,
      manualItems: settings.manualChecklistItems.byAdmin,
    },
  };
}
