import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const DOCS = 'test/fixtures/documents';
const CASE_TXT = 'samples/流调通报-未脱敏.txt';

function check(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const FINDING_KEYS = [
  'category',
  'end',
  'excerpt',
  'kind',
  'message',
  'ruleId',
  'severity',
  'start',
];

describe('check --json', () => {
  const run = check('--json', CASE_TXT, `${DOCS}/clean-notice.md`);
  const json = JSON.parse(run.stdout) as {
    files: Array<{ path: string; findings: Array<Record<string, unknown>> }>;
  };

  test('exits 1 when a finding blocks publication', () => {
    expect(run.code).toBe(1);
  });

  test('prints exactly the documented shape, paths as given', () => {
    expect(Object.keys(json)).toEqual(['files']);
    expect(json.files.map((f) => f.path)).toEqual([CASE_TXT, `${DOCS}/clean-notice.md`]);
    for (const file of json.files) {
      expect(Object.keys(file)).toEqual(['path', 'findings', 'class', 'classEvidence']);
      for (const finding of file.findings)
        expect(Object.keys(finding).sort()).toEqual(FINDING_KEYS);
    }
  });

  test('gives UTF-16 offsets into the file text and never the raw identifier', () => {
    const text = readFileSync(join(ROOT, CASE_TXT), 'utf8');
    const id = json.files[0]!.findings.find((f) => f.kind === 'id-number')!;
    expect(text.slice(id.start as number, id.end as number)).toBe('621002199001011239');
    expect(run.stdout).not.toContain('621002199001011239');
    expect(run.stdout).not.toContain('13809345678');
    expect(run.stdout).not.toContain('王建华');
  });

  test('reports nothing for a clean notice with an office phone', () => {
    expect(json.files[1]!.findings).toEqual([]);
  });
});

describe('check (human report)', () => {
  test('prints Chinese findings with line:column and masked excerpts', () => {
    const run = check(CASE_TXT);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/5:\d+ +阻断 +personal-data\/id-number/);
    expect(run.stdout).toContain('62**************39');
    expect(run.stdout).not.toContain('621002199001011239');
    expect(run.stdout).toMatch(/共检查 1 个文件：阻断 \d+，警告 \d+，提示 \d+/);
  });

  test('reads .docx and .html files', () => {
    const run = check('--json', `${DOCS}/case-report.docx`, `${DOCS}/subsidy.html`);
    const json = JSON.parse(run.stdout) as { files: Array<{ findings: Array<{ kind: string }> }> };
    expect(json.files[0]!.findings.map((f) => f.kind)).toContain('id-number');
    expect(json.files[1]!.findings.map((f) => f.kind)).toContain('bank-card');
  });

  test('exits 0 when nothing blocks', () => {
    expect(check(`${DOCS}/clean-notice.md`).code).toBe(0);
  });

  test('accepts --related and --previous files', () => {
    const run = check(
      '--json',
      '--related',
      `${DOCS}/clean-notice.md`,
      '--previous',
      `${DOCS}/clean-notice.md`,
      CASE_TXT,
    );
    expect(run.code).toBe(1);
  });
});

describe('check --previous', () => {
  const PAIR = 'test/fixtures/compare/002-article-inserted';

  test('adds the changes from the previous version to the new file’s entry', () => {
    const run = check('--json', '--previous', `${PAIR}/old.txt`, `${PAIR}/new.txt`);
    const file = (JSON.parse(run.stdout) as { files: Array<Record<string, unknown>> }).files[0]!;
    const expected = JSON.parse(readFileSync(join(ROOT, PAIR, 'expected.json'), 'utf8')) as {
      changes: Array<{ type: string; oldLabel: string | null; newLabel: string | null }>;
    };
    const changes = file.changes as Array<{
      type: string;
      oldLabel: string | null;
      newLabel: string | null;
      summary: string;
    }>;
    expect(changes.map(({ type, oldLabel, newLabel }) => ({ type, oldLabel, newLabel }))).toEqual(
      expected.changes,
    );
    for (const change of changes) expect(change.summary).toMatch(/第.+条/);
  });

  test('prints the changes in the human report', () => {
    const run = check('--previous', `${PAIR}/old.txt`, `${PAIR}/new.txt`);
    expect(run.stdout).toMatch(/与旧版相比：\d+ 处修改/);
    expect(run.stdout).toContain('增加一条');
  });
});

describe('check on bad input', () => {
  test.each([
    [['missing.txt'], /文件不存在/],
    [['--bogus', CASE_TXT], /Unknown option/],
    [[`${DOCS}/binary.txt`], /二进制文件/],
    [[], /没有要检查的文件/],
    [['--related', 'missing.txt', CASE_TXT], /文件不存在/],
  ])('exits 2 with a one-line reason for %j', (args, reason) => {
    const run = check(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(reason);
  });
});
