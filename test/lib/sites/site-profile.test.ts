import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  MAX_PUBLISH_BUTTONS,
  MAX_SELECTOR_LENGTH,
  parseSiteProfiles,
  profileForUrl,
  upsertProfile,
  type SiteProfile,
} from '../../../lib/sites/site-profile';

const CMS = 'https://cms.example.gov.cn:8080';

/** Parses one entry and returns the profile, failing the test with the errors if it is rejected. */
function parseOne(entry: unknown): SiteProfile {
  const { profiles, errors } = parseSiteProfiles([entry]);
  expect(errors).toEqual([]);
  expect(profiles).toHaveLength(1);
  return profiles[0]!;
}

/** Parses one entry that must be rejected and returns its one error. */
function rejectOne(entry: unknown): string {
  const { profiles, errors } = parseSiteProfiles([entry]);
  expect(profiles).toEqual([]);
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

describe('SiteProfileSchema origin', () => {
  test.each([
    ['keeps an origin with a port', CMS, CMS],
    ['lower-cases scheme and host', 'HTTPS://CMS.Example.GOV.cn', 'https://cms.example.gov.cn'],
    ['drops a trailing slash', 'https://cms.example.gov.cn/', 'https://cms.example.gov.cn'],
    [
      'drops the default https port',
      'https://cms.example.gov.cn:443',
      'https://cms.example.gov.cn',
    ],
    ['drops the default http port', 'http://10.1.2.3:80/', 'http://10.1.2.3'],
    ['trims spaces around it', '  http://intranet.local:8000  ', 'http://intranet.local:8000'],
    [
      'writes a Chinese domain as the browser does',
      'https://政府.中国',
      'https://xn--mxtq1m.xn--fiqs8s',
    ],
  ])('%s', (_name, origin, expected) => {
    expect(parseOne({ origin }).origin).toBe(expected);
  });

  test.each([
    ['a host without a scheme', 'cms.example.gov.cn', '站点不是网址'],
    ['an empty string', '', '站点不是网址'],
    ['an ftp URL', 'ftp://cms.example.gov.cn', '只能是 http 或 https'],
    ['a file URL', 'file:///C:/cms/index.html', '只能是 http 或 https'],
    ['a javascript: URL', 'javascript:alert(1)', '只能是 http 或 https'],
    ['a URL with a path', 'https://cms.example.gov.cn/admin/', '路径请写在 pathPrefix'],
    ['a URL with a query', 'https://cms.example.gov.cn/?id=1', '路径请写在 pathPrefix'],
    ['a URL with an empty query', 'https://cms.example.gov.cn?', '路径请写在 pathPrefix'],
    ['a URL with a fragment', 'https://cms.example.gov.cn#top', '路径请写在 pathPrefix'],
    ['a URL with credentials', 'https://admin:secret@cms.example.gov.cn', '用户名或密码'],
    ['a number', 8080, '站点应为文本'],
  ])('rejects %s', (_name, origin, message) => {
    expect(rejectOne({ origin })).toContain(message);
  });

  test('reports a missing origin as missing', () => {
    expect(rejectOne({ body: '#editor' })).toContain('缺少站点 origin');
  });
});

describe('SiteProfileSchema selectors', () => {
  test('trims selectors', () => {
    const profile = parseOne({
      origin: CMS,
      body: '  #content_ifr ',
      fields: { title: '\t#title ' },
      publishButtons: [' #btnPublish '],
    });
    expect(profile.body).toBe('#content_ifr');
    expect(profile.fields?.title).toBe('#title');
    expect(profile.publishButtons).toEqual(['#btnPublish']);
  });

  test.each([
    ['an empty body selector', { body: '' }, 'body: 选择器不能为空'],
    [
      'a blank field selector',
      { fields: { publisher: '   ' } },
      'fields.publisher: 选择器不能为空',
    ],
    ['a selector over two lines', { body: '#a,\n#b' }, 'body: 选择器不能换行'],
    ['a selector with a CR', { fields: { column: '#a\r#b' } }, 'fields.column: 选择器不能换行'],
    ['a non-string button', { publishButtons: ['#ok', 3] }, 'publishButtons[1]: 选择器应为文本'],
    ['a too long selector', { body: `#${'a'.repeat(MAX_SELECTOR_LENGTH)}` }, '不能超过 500 个字符'],
    [
      'too many publish buttons',
      { publishButtons: Array.from({ length: MAX_PUBLISH_BUTTONS + 1 }, (_, i) => `#b${i}`) },
      `发布按钮最多 ${MAX_PUBLISH_BUTTONS} 个`,
    ],
  ])('rejects %s', (_name, entry, message) => {
    expect(rejectOne({ origin: CMS, ...entry })).toContain(message);
  });

  test('accepts a selector of exactly the maximum length', () => {
    const body = `#${'a'.repeat(MAX_SELECTOR_LENGTH - 1)}`;
    expect(parseOne({ origin: CMS, body }).body).toBe(body);
  });

  test.each([
    ['a misspelt top-level key', { origin: CMS, selector: '#editor' }, 'selector'],
    ['a misspelt field', { origin: CMS, fields: { titel: '#title' } }, 'titel'],
    ['a field profiles do not hold', { origin: CMS, fields: { body: '#body' } }, 'body'],
  ])('rejects %s and names it', (_name, entry, key) => {
    const error = rejectOne(entry);
    expect(error).toContain(`未知的项 ${key}`);
    expect(error).toContain(`unknown key(s) ${key}`);
  });
});

describe('SiteProfileSchema pathPrefix, name and updatedAt', () => {
  test.each([
    ['keeps an ASCII path', '/admin/article', '/admin/article'],
    [
      'percent-encodes a Chinese path as location.pathname does',
      '/信息公开',
      '/%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80',
    ],
    ['resolves dot segments', '/admin/../cms/', '/cms/'],
    ['keeps // as a path, not a host', '//other.example.com/x', '//other.example.com/x'],
  ])('%s', (_name, pathPrefix, expected) => {
    expect(parseOne({ origin: CMS, pathPrefix }).pathPrefix).toBe(expected);
  });

  test.each([
    ['a relative path', 'admin/article', '应以 / 开头'],
    ['a query', '/admin?id=1', '只写路径，不含 ?、# 或空白'],
    ['a fragment', '/admin#edit', '只写路径，不含 ?、# 或空白'],
    ['a space inside', '/admin /edit', '只写路径，不含 ?、# 或空白'],
  ])('rejects a pathPrefix with %s', (_name, pathPrefix, message) => {
    expect(rejectOne({ origin: CMS, pathPrefix })).toContain(`pathPrefix: 路径前缀${message}`);
  });

  test.each(['2026-11-28T08:00:00Z', '2026-11-28T08:00:00.123Z', '2026-11-28T16:00:00+08:00'])(
    'accepts updatedAt %s',
    (updatedAt) => {
      expect(parseOne({ origin: CMS, updatedAt }).updatedAt).toBe(updatedAt);
    },
  );

  test.each(['yesterday', '2026-11-28', '2026/11/28 08:00'])(
    'rejects updatedAt %s',
    (updatedAt) => {
      expect(rejectOne({ origin: CMS, updatedAt })).toContain(
        'updatedAt: 更新时间应为 ISO 8601 时间',
      );
    },
  );

  test('trims the name and rejects one over 100 characters', () => {
    expect(parseOne({ origin: CMS, name: ' 区政务公开平台 ' }).name).toBe('区政务公开平台');
    expect(rejectOne({ origin: CMS, name: '名'.repeat(101) })).toContain(
      'name: 名称不能超过 100 个字符',
    );
  });
});

describe('parseSiteProfiles', () => {
  const GOOD = {
    origin: CMS,
    pathPrefix: '/admin',
    name: '示例政务 CMS',
    body: 'textarea#content',
    fields: { title: '#title', disclosureAttribute: 'select[name=gkfs]' },
    publishButtons: ['#btnPublish', 'button.publish'],
    updatedAt: '2026-11-28T08:00:00Z',
  };

  test('reads a complete profile as written', () => {
    expect(parseSiteProfiles([GOOD])).toEqual({ profiles: [GOOD], errors: [] });
  });

  test('reads its own output back unchanged, as a storage round trip does', () => {
    const typed = {
      origin: 'HTTPS://CMS.Example.gov.cn:443/',
      pathPrefix: ' /信息公开/../政策 ',
      fields: { title: ' #title ' },
    };
    const once = parseSiteProfiles([typed]).profiles;
    const twice = parseSiteProfiles(JSON.parse(JSON.stringify(once))).profiles;
    expect(once).toHaveLength(1);
    expect(twice).toEqual(once);
  });

  test('never throws on stored junk, and what it keeps parses again unchanged', () => {
    const entry = fc.oneof(
      fc.anything(),
      fc.record(
        {
          origin: fc.oneof(fc.constant(CMS), fc.webUrl(), fc.string()),
          pathPrefix: fc.oneof(fc.webPath(), fc.string()),
          body: fc.string(),
          fields: fc.dictionary(fc.constantFrom('title', 'column', 'titel'), fc.string()),
          publishButtons: fc.array(fc.string()),
        },
        { requiredKeys: ['origin'] },
      ),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), (value) => {
        const { profiles, errors } = parseSiteProfiles(value);
        expect(profiles.length + errors.length).toBe(value.length);
        expect(parseSiteProfiles(profiles)).toEqual({ profiles, errors: [] });
      }),
      { numRuns: 500 },
    );
  });

  test('reads an empty list as no profiles and no errors', () => {
    expect(parseSiteProfiles([])).toEqual({ profiles: [], errors: [] });
  });

  test.each([
    ['nothing stored', undefined],
    ['null', null],
    ['a single profile not in a list', GOOD],
    ['a JSON string', JSON.stringify([GOOD])],
  ])('reports %s as one error and yields no profiles', (_name, value) => {
    expect(parseSiteProfiles(value)).toEqual({
      profiles: [],
      errors: ['站点配置应为数组 / site profiles must be an array'],
    });
  });

  test('skips an invalid entry whole, keeping none of its valid parts', () => {
    const half = { origin: 'https://half.example.gov.cn', body: '#editor', fields: { title: '' } };
    const { profiles, errors } = parseSiteProfiles([half, GOOD]);
    expect(profiles).toEqual([GOOD]);
    expect(profiles.some((p) => p.origin === 'https://half.example.gov.cn')).toBe(false);
    expect(errors).toHaveLength(1);
  });

  test('reports each invalid entry with its number, its origin and every problem, Chinese first', () => {
    const { profiles, errors } = parseSiteProfiles([
      GOOD,
      null,
      { origin: 'https://b.example.gov.cn/cms', body: '', extra: 1 },
      { origin: 'https://c.example.gov.cn' },
    ]);
    expect(profiles.map((p) => p.origin)).toEqual([CMS, 'https://c.example.gov.cn']);
    expect(errors).toEqual([
      '站点配置第 2 项无效，已跳过 / site profile #2 is invalid and skipped: 应为对象 / expected object',
      expect.stringMatching(
        /^站点配置第 3 项（https:\/\/b\.example\.gov\.cn\/cms）无效，已跳过 \/ site profile #3 \(https:\/\/b\.example\.gov\.cn\/cms\) is invalid and skipped: /,
      ),
    ]);
    expect(errors[1]).toContain('origin: 站点只写协议、域名和端口');
    expect(errors[1]).toContain('body: 选择器不能为空 / a selector must not be empty');
    expect(errors[1]).toContain('未知的项 extra');
  });

  test('does not repeat a password from a rejected origin in its error', () => {
    const error = rejectOne({ origin: 'https://admin:s3cret@cms.example.gov.cn' });
    expect(error).not.toContain('s3cret');
    expect(error).toContain('（https://cms.example.gov.cn）');
  });

  test('keeps the first of two entries for the same origin and path and reports the second', () => {
    const { profiles, errors } = parseSiteProfiles([
      { origin: CMS, pathPrefix: '/admin', body: '#first' },
      { origin: `${CMS}/`, pathPrefix: '/admin', body: '#second' },
      { origin: CMS, pathPrefix: '/admin/', body: '#other-path' },
    ]);
    expect(profiles.map((p) => p.body)).toEqual(['#first', '#other-path']);
    expect(errors).toEqual([expect.stringContaining('站点配置第 2 项')]);
    expect(errors[0]).toContain('已跳过');
  });

  test("treats pathPrefix '/' and no pathPrefix as the same entry", () => {
    const { profiles, errors } = parseSiteProfiles([
      { origin: CMS, body: '#first' },
      { origin: CMS, pathPrefix: '/', body: '#second' },
    ]);
    expect(profiles.map((p) => p.body)).toEqual(['#first']);
    expect(errors).toHaveLength(1);
  });
});

describe('profileForUrl', () => {
  const whole: SiteProfile = { origin: CMS, body: '#whole' };
  const admin: SiteProfile = { origin: CMS, pathPrefix: '/admin', body: '#admin' };
  const articles: SiteProfile = { origin: CMS, pathPrefix: '/admin/article/', body: '#article' };
  const chinese = parseOne({ origin: CMS, pathPrefix: '/信息公开', body: '#xxgk' });
  const other: SiteProfile = { origin: 'https://other.example.gov.cn', body: '#other' };
  const PROFILES = [whole, articles, admin, chinese, other];

  test.each([
    ['the whole-site profile for a page outside every prefix', `${CMS}/index.html`, '#whole'],
    ['the whole-site profile for the bare origin', CMS, '#whole'],
    ['the prefix profile for the prefix itself', `${CMS}/admin`, '#admin'],
    ['the prefix profile for a page under it', `${CMS}/admin/edit.jsp?id=3#body`, '#admin'],
    ['the longest prefix that fits', `${CMS}/admin/article/edit.do`, '#article'],
    [
      'a shorter prefix when the longer one ends in / and the page is its parent',
      `${CMS}/admin/article`,
      '#admin',
    ],
    ['no prefix match in the middle of a path segment', `${CMS}/administrator/`, '#whole'],
    [
      'a Chinese path as the browser reports it',
      `${CMS}/%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80/edit`,
      '#xxgk',
    ],
    ['a Chinese path as typed', `${CMS}/信息公开/edit`, '#xxgk'],
    [
      'the same origin written with another case and a default port',
      'HTTPS://OTHER.example.gov.cn:443/x',
      '#other',
    ],
  ])('finds %s', (_name, url, body) => {
    expect(profileForUrl(PROFILES, url)?.body).toBe(body);
  });

  test.each([
    ['another scheme', 'http://cms.example.gov.cn:8080/admin'],
    ['another port', 'https://cms.example.gov.cn/admin'],
    ['another host', 'https://www.example.gov.cn:8080/admin'],
    ['a subdomain', 'https://a.cms.example.gov.cn:8080/admin'],
    ['a relative URL', '/admin/article/edit.do'],
    ['an empty string', ''],
    ['not a URL', 'cms.example.gov.cn:8080/admin'],
    ['about:blank', 'about:blank'],
  ])('finds nothing for %s', (_name, url) => {
    expect(profileForUrl(PROFILES, url)).toBeNull();
  });

  test('finds nothing when only a prefix profile exists and the page is outside it', () => {
    expect(profileForUrl([admin], `${CMS}/portal/`)).toBeNull();
    expect(profileForUrl([admin], `${CMS}/admin/x`)).toBe(admin);
  });

  test("prefers a pathPrefix over '/' and '/' as much as none", () => {
    const root: SiteProfile = { origin: CMS, pathPrefix: '/', body: '#root' };
    expect(profileForUrl([root, admin], `${CMS}/admin/x`)).toBe(admin);
    expect(profileForUrl([root, whole], `${CMS}/x`)).toBe(root);
    expect(profileForUrl([whole, root], `${CMS}/x`)).toBe(whole);
  });
});

describe('upsertProfile', () => {
  const a: SiteProfile = { origin: CMS, body: '#a' };
  const b: SiteProfile = { origin: CMS, pathPrefix: '/admin', body: '#b' };
  const c: SiteProfile = { origin: 'https://other.example.gov.cn', body: '#c' };

  test('replaces the profile for the same origin and pathPrefix in place', () => {
    const updated: SiteProfile = { origin: CMS, pathPrefix: '/admin', body: '#b2' };
    expect(upsertProfile([a, b, c], updated)).toEqual([a, updated, c]);
  });

  test('adds a profile for a new path of a known origin at the end', () => {
    const added: SiteProfile = { origin: CMS, pathPrefix: '/admin/article', body: '#d' };
    expect(upsertProfile([a, b, c], added)).toEqual([a, b, c, added]);
  });

  test('adds a profile for a new origin at the end', () => {
    const added: SiteProfile = { origin: 'https://new.example.gov.cn', body: '#e' };
    expect(upsertProfile([a], added)).toEqual([a, added]);
  });

  test("replaces a whole-site profile with one whose pathPrefix is '/'", () => {
    const root: SiteProfile = { origin: CMS, pathPrefix: '/', body: '#root' };
    expect(upsertProfile([a, b], root)).toEqual([root, b]);
  });

  test('leaves the list it was given unchanged', () => {
    const list = [a, b];
    upsertProfile(list, { origin: CMS, body: '#a2' });
    upsertProfile(list, c);
    expect(list).toEqual([a, b]);
  });

  test('adds to an empty list', () => {
    expect(upsertProfile([], c)).toEqual([c]);
  });
});
