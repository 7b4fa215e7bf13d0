import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXTENSION_ID, FIREFOX_ADDON_ID } from '../../../lib/manifest/extension-id';
import { parsePolicy } from '../../../lib/policy/parse-policy';

const ROOT = join(import.meta.dirname, '../../..');
const GUIDE = readFileSync(join(ROOT, 'docs/admin-guide.md'), 'utf8');
const MANAGED_SCHEMA = JSON.parse(
  readFileSync(join(ROOT, 'public/managed_schema.json'), 'utf8'),
) as {
  properties: Record<string, { type?: string }>;
};

interface CodeBlock {
  lang: string;
  text: string;
  line: number;
}

/** The fenced code blocks of a markdown text. */
function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/u.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/u.test(lines[i]!); i++) body.push(lines[i]!);
    blocks.push({ lang: open[1] ?? '', text: body.join('\n'), line: start + 1 });
  }
  return blocks;
}

type RegValue = string | number;
/** A .reg file: each key path (as written, without brackets) with its named values. */
type RegFile = Map<string, Map<string, RegValue>>;

/** Reads the text of a Windows .reg file (REGEDIT5): [key] lines and "name"="text" / dword:hex values. */
function parseReg(text: string): RegFile {
  const lines = text.split(/\r?\n/u);
  expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
  const keys: RegFile = new Map();
  let current: Map<string, RegValue> | null = null;
  for (const line of lines.slice(1)) {
    if (line.trim() === '' || line.startsWith(';')) continue;
    const key = /^\[([^\]]+)\]$/u.exec(line);
    if (key) {
      current = new Map();
      keys.set(key[1]!, current);
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-fA-F]{8}))$/u.exec(
      line,
    );
    if (!value || !current) throw new Error(`not a .reg line: ${line}`);
    const unescape = (s: string): string => s.replace(/\\(.)/gu, '$1');
    current.set(
      unescape(value[1]!),
      value[3] !== undefined ? parseInt(value[3], 16) : unescape(value[2]!),
    );
  }
  return keys;
}

/**
 * The extension policies a .reg file sets, converted as Chrome's registry loader does with the
 * extension's schema: string lists from a subkey's values 1, 2, 3…; objects and object lists
 * from a string holding JSON.
 */
function regPolicies(reg: RegFile): Array<{ key: string; policy: Record<string, unknown> }> {
  const found: Array<{ key: string; policy: Record<string, unknown> }> = [];
  for (const [path, values] of reg) {
    if (!/\\3rdparty\\extensions\\[a-p]{32}\\policy$/iu.test(path)) continue;
    const policy: Record<string, unknown> = {};
    for (const [name, value] of values) {
      const type = MANAGED_SCHEMA.properties[name]?.type;
      policy[name] =
        typeof value === 'string' && (type === 'object' || type === 'array')
          ? (JSON.parse(value) as unknown)
          : value;
    }
    for (const [subPath, subValues] of reg) {
      if (!subPath.startsWith(`${path}\\`)) continue;
      const name = subPath.slice(path.length + 1);
      const entries = [...subValues].sort(([a], [b]) => Number(a) - Number(b));
      expect(entries.map(([index]) => index)).toEqual(entries.map((_, i) => String(i + 1)));
      policy[name] = entries.map(([, value]) => value);
    }
    found.push({ key: path, policy });
  }
  return found;
}

/** The extension policies a JSON example holds, wherever the browser reads them. */
function jsonPolicies(value: unknown): Array<{ where: string; policy: unknown }> {
  const json = value as Record<string, Record<string, Record<string, unknown>>>;
  const found: Array<{ where: string; policy: unknown }> = [];
  const chromium = json['3rdparty']?.extensions;
  if (chromium) {
    expect(Object.keys(chromium)).toEqual([EXTENSION_ID]);
    found.push({ where: '3rdparty.extensions', policy: chromium[EXTENSION_ID] });
  }
  const firefox = (json.policies as Record<string, Record<string, Record<string, unknown>>>)?.[
    '3rdparty'
  ]?.Extensions;
  if (firefox) {
    expect(Object.keys(firefox)).toEqual([FIREFOX_ADDON_ID]);
    found.push({ where: 'policies.3rdparty.Extensions', policy: firefox[FIREFOX_ADDON_ID] });
  }
  return found;
}

const BLOCKS = codeBlocks(GUIDE);
const POLICY_KEYS = new Set(Object.keys(MANAGED_SCHEMA.properties));
/** A bare policy: an object whose keys are all policy keys (the complete example). */
const isBarePolicy = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length > 0 &&
  Object.keys(value).every((key) => POLICY_KEYS.has(key));

describe('docs/admin-guide.md', () => {
  test('has the examples the guide promises', () => {
    const langs = BLOCKS.map((b) => b.lang);
    expect(langs.filter((l) => l === 'json').length).toBeGreaterThanOrEqual(5);
    expect(langs.filter((l) => l === 'reg').length).toBeGreaterThanOrEqual(3);
    expect(langs).toContain('xml');
    expect(GUIDE).toContain(
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\',
    );
    expect(GUIDE).toContain(
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\',
    );
    expect(GUIDE).toContain('/etc/chromium/policies/managed');
    expect(GUIDE).toContain('/etc/opt/chrome/policies/managed');
  });

  test.each(BLOCKS.filter((b) => b.lang === 'json'))(
    'the JSON example at line $line parses, and every extension policy in it is valid',
    ({ text }) => {
      const value = JSON.parse(text) as unknown;
      const policies = isBarePolicy(value)
        ? [{ where: 'policy', policy: value }]
        : jsonPolicies(value);
      for (const { policy } of policies) {
        expect(parsePolicy(policy).issues).toEqual([]);
        expect(Object.keys(parsePolicy(policy).policy)).toEqual(Object.keys(policy as object));
      }
      // Browser-level policies in the same file name this extension by its id.
      const record = value as Record<string, unknown>;
      for (const entry of (record.ExtensionInstallForcelist as string[] | undefined) ?? []) {
        expect(entry).toMatch(new RegExp(`^${EXTENSION_ID};https://`, 'u'));
      }
      for (const id of Object.keys((record.ExtensionSettings as object | undefined) ?? {})) {
        expect(id).toBe(EXTENSION_ID);
      }
      const firefoxSettings = (record.policies as Record<string, object> | undefined)
        ?.ExtensionSettings;
      for (const id of Object.keys(firefoxSettings ?? {})) expect(id).toBe(FIREFOX_ADDON_ID);
      expect(
        policies.length +
          Object.keys(record.ExtensionSettings ?? {}).length +
          Object.keys(firefoxSettings ?? {}).length,
      ).toBeGreaterThan(0);
    },
  );

  test.each(BLOCKS.filter((b) => b.lang === 'reg'))(
    'the .reg example at line $line parses, and every extension policy in it is valid',
    ({ text }) => {
      const reg = parseReg(text);
      const policies = regPolicies(reg);
      for (const { policy } of policies) {
        expect(parsePolicy(policy).issues).toEqual([]);
        expect(Object.keys(parsePolicy(policy).policy).sort()).toEqual(Object.keys(policy).sort());
      }
      const forcelists = [...reg].filter(([path]) => path.endsWith('\\ExtensionInstallForcelist'));
      for (const [, values] of forcelists) {
        for (const value of values.values()) {
          expect(value).toMatch(new RegExp(`^${EXTENSION_ID};https://`, 'u'));
        }
      }
      expect(policies.length + forcelists.length).toBeGreaterThan(0);
    },
  );

  test('the update manifest names the extension', () => {
    const xml = BLOCKS.find((b) => b.lang === 'xml')!.text;
    expect(xml).toContain(`appid="${EXTENSION_ID}"`);
    expect(xml).toMatch(/codebase="https:\/\/[^"]+\.crx" version="\d+\.\d+\.\d+"/u);
  });

  test('lists every policy key and every permission of the built manifest', () => {
    for (const key of POLICY_KEYS) expect(GUIDE).toContain(`\`${key}\``);
    for (const permission of ['storage', 'sidePanel']) {
      expect(GUIDE).toContain(`permissions: ${permission}`);
    }
  });
});

describe('the .reg reader used above', () => {
  test('reads strings with escapes, dwords and list subkeys', () => {
    const reg = parseReg(
      [
        'Windows Registry Editor Version 5.00',
        '',
        `[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${EXTENSION_ID}\\policy]`,
        '"unitName"="某\\"局\\""',
        '"logRetentionDays"=dword:0000001e',
        '"ruleOverrides"="{\\"personal-data/phone\\":\\"off\\"}"',
        '',
        `[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${EXTENSION_ID}\\policy\\allowedOrigins]`,
        '"2"="https://b.gov.cn"',
        '"1"="https://a.gov.cn"',
      ].join('\r\n'),
    );
    expect(regPolicies(reg)[0]!.policy).toEqual({
      unitName: '某"局"',
      logRetentionDays: 30,
      ruleOverrides: { 'personal-data/phone': 'off' },
      allowedOrigins: ['https://a.gov.cn', 'https://b.gov.cn'],
    });
  });
});
