import { describe, expect, test } from 'vitest';
import { decideActivation, httpOrigin, isOriginMatch } from '../../../lib/settings/site-activation';

describe('httpOrigin', () => {
  test('gives the origin of http and https pages only', () => {
    expect(httpOrigin('https://cms.example.gov.cn:8443/a/b?x=1')).toBe(
      'https://cms.example.gov.cn:8443',
    );
    expect(httpOrigin('http://10.0.0.5/wcm/')).toBe('http://10.0.0.5');
    expect(httpOrigin('file:///tmp/a.html')).toBeNull();
    expect(httpOrigin('about:blank')).toBeNull();
    expect(httpOrigin('not a url')).toBeNull();
  });
});

describe('isOriginMatch', () => {
  test.each([
    ['https://cms.example.gov.cn', 'https://cms.example.gov.cn', true],
    ['https://cms.example.gov.cn', 'https://cms.example.gov.cn/', true],
    ['https://cms.example.gov.cn', 'http://cms.example.gov.cn', false],
    ['https://cms.example.gov.cn', 'cms.example.gov.cn', true],
    ['http://cms.example.gov.cn', 'cms.example.gov.cn', true],
    ['https://a.b.example.gov.cn', 'https://*.example.gov.cn', true],
    ['https://example.gov.cn', 'https://*.example.gov.cn', true],
    ['https://badexample.gov.cn', 'https://*.example.gov.cn', false],
    ['https://cms.example.gov.cn:8443', 'https://*.example.gov.cn', false],
    ['https://cms.example.gov.cn:8443', 'https://*.example.gov.cn:8443', true],
    ['https://cms.example.gov.cn', '', false],
  ])('%s against %s → %s', (origin, pattern, expected) => {
    expect(isOriginMatch(origin, pattern)).toBe(expected);
  });
});

describe('decideActivation', () => {
  const url = 'https://cms.example.gov.cn/wcm/edit.jsp';
  test('is on by default on any http(s) page', () => {
    expect(decideActivation(url, { disabledOrigins: [] })).toBe('on');
    expect(decideActivation('chrome://extensions', { disabledOrigins: [] })).toBe('not-http');
  });
  test('stays off where the user switched the site off', () => {
    expect(decideActivation(url, { disabledOrigins: ['https://cms.example.gov.cn'] })).toBe(
      'site-off',
    );
  });
  test("an administrator's allowlist restricts it to listed origins", () => {
    const settings = { disabledOrigins: [], allowedOrigins: ['https://*.example.gov.cn'] };
    expect(decideActivation(url, settings)).toBe('on');
    expect(decideActivation('https://mail.other.cn/', settings)).toBe('not-allowed');
  });
  test('the blocklist wins over the allowlist', () => {
    expect(
      decideActivation(url, {
        disabledOrigins: [],
        allowedOrigins: ['https://*.example.gov.cn'],
        blockedOrigins: ['https://cms.example.gov.cn'],
      }),
    ).toBe('blocked');
  });
});
