import { describe, expect, test } from 'vitest';
import { DEFAULT_MANUAL_ITEMS } from '../../../lib/checklist/checklist-items';
import { effectiveSettings, type UserSettings } from '../../../lib/policy/effective-settings';
import { parsePolicy } from '../../../lib/policy/parse-policy';

const USER: UserSettings = {
  reviewer: { name: '张三', unit: '办公室' },
  manualItems: [{ id: 'mine', group: 'disclosure', label: '我自己的事项' }],
  siteProfiles: [
    { origin: 'https://cms.gov.cn', body: '#mine' },
    { origin: 'https://other.gov.cn', body: '#other' },
  ],
};

describe('effectiveSettings', () => {
  test("without a policy the user's settings apply, none marked as the administrator's", () => {
    const settings = effectiveSettings({}, USER);
    expect(settings.unitName).toEqual({ value: '办公室', byAdmin: false });
    expect(settings.manualChecklistItems).toEqual({ value: USER.manualItems, byAdmin: false });
    expect(settings.gateMode).toEqual({ value: 'reason-required', byAdmin: false });
    expect(settings.logRetentionDays).toEqual({ value: null, byAdmin: false });
    expect(settings.siteProfiles.every((p) => !p.byAdmin)).toBe(true);
  });

  test("the policy's values win and are marked as set by the administrator", () => {
    const { policy } = parsePolicy({
      unitName: '庆阳市示例局',
      manualChecklistItems: [{ id: 'unit', group: 'confidentiality', label: '保密办已审核' }],
      gateMode: 'no-publish-with-block',
      logRetentionDays: 30,
      siteProfiles: [{ origin: 'https://cms.gov.cn', body: '#admin' }],
    });
    const settings = effectiveSettings(policy, USER);
    expect(settings.reviewerName).toEqual({ value: '张三', byAdmin: false });
    expect(settings.unitName).toEqual({ value: '庆阳市示例局', byAdmin: true });
    expect(settings.manualChecklistItems.byAdmin).toBe(true);
    expect(settings.manualChecklistItems.value.map((i) => i.id)).toEqual(['unit']);
    expect(settings.gateMode).toEqual({ value: 'no-publish-with-block', byAdmin: true });
    expect(settings.logRetentionDays).toEqual({ value: 30, byAdmin: true });
    // Same origin and path: the administrator's profile replaces the user's.
    expect(settings.siteProfiles.map((p) => [p.profile.body, p.byAdmin])).toEqual([
      ['#admin', true],
      ['#other', false],
    ]);
  });

  test('an invalid policy value leaves the user setting in force', () => {
    const { policy } = parsePolicy({ unitName: '', gateMode: 'sometimes' });
    const settings = effectiveSettings(policy, USER);
    expect(settings.unitName).toEqual({ value: '办公室', byAdmin: false });
    expect(settings.gateMode.byAdmin).toBe(false);
  });

  test('the default manual items apply when nobody set any', () => {
    expect(effectiveSettings({}).manualChecklistItems.value).toEqual(DEFAULT_MANUAL_ITEMS);
  });
});
