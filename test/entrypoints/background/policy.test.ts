import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activation } from '../../../entrypoints/background/activation';
import { readPolicy, watchPolicy } from '../../../entrypoints/background/policy';

describe('the background reads the managed policy', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    watchPolicy();
  });

  test('a changed policy applies to the next activation without a restart', async () => {
    await fakeBrowser.storage.managed.set({ allowedOrigins: ['https://cms.gov.cn'] });
    expect((await activation('https://other.gov.cn/edit')).reason).toBe('not-allowed');
    expect((await activation('https://cms.gov.cn/edit')).reason).toBe('on');

    await fakeBrowser.storage.managed.set({ allowedOrigins: ['https://other.gov.cn'] });
    expect((await activation('https://other.gov.cn/edit')).reason).toBe('on');
    expect((await activation('https://cms.gov.cn/edit')).reason).toBe('not-allowed');
  });

  test('invalid keys are dropped and reported; valid ones apply', async () => {
    await fakeBrowser.storage.managed.set({
      gateMode: 'sometimes',
      blockedOrigins: ['https://cms.gov.cn'],
    });
    const { policy, issues } = await readPolicy();
    expect(policy).toEqual({ blockedOrigins: ['https://cms.gov.cn'] });
    expect(issues.map((i) => i.key)).toEqual(['gateMode']);
    expect((await activation('https://cms.gov.cn/')).reason).toBe('blocked');
  });

  test("an administrator's site profile wins over the user's for the same site", async () => {
    await fakeBrowser.storage.local.set({
      'site.profiles.v1': [{ origin: 'https://cms.gov.cn', body: '#mine' }],
    });
    expect((await activation('https://cms.gov.cn/a')).profile?.body).toBe('#mine');
    await fakeBrowser.storage.managed.set({
      siteProfiles: [{ origin: 'https://cms.gov.cn', body: '#admin' }],
    });
    expect((await activation('https://cms.gov.cn/a')).profile?.body).toBe('#admin');
  });
});
