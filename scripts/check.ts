/**
 * `check`: reviews files as drafts for the public website and prints findings.
 * Usage: npm run --silent check -- [--json] [--related FILE] [--previous FILE] FILE...
 * Exit 1 when any finding is block, 0 otherwise, 2 on bad input.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { compareVersions } from '../lib/compare/compare-versions';
import { extractBodyText, reviewDraft, ReviewInputError } from '../lib/engine/review';
import { RelatedDocumentSchema } from '../lib/engine/schema';
import type { DraftInput, Finding } from '../lib/engine/schema';
import { DocumentReadError, readDocument } from '../lib/formats/read-document';
import { formatCheckReport, type CheckedFile } from '../lib/formats/check-report';

const USAGE = 'usage: check [--json] [--related FILE] [--previous FILE] FILE...';

class UsageError extends Error {}

async function load(path: string): Promise<DraftInput['body']> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? '文件不存在 / no such file'
        : code === 'EISDIR'
          ? '是目录 / is a directory'
          : '无法读取 / cannot read';
    throw new DocumentReadError(`${why}: ${path}`);
  }
  return (await readDocument(path, bytes)).body;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        related: { type: 'string', multiple: true },
        previous: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (${USAGE})`);
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length === 0)
    throw new UsageError(`没有要检查的文件 / no file given (${USAGE})`);

  const related: NonNullable<DraftInput['related']> = [];
  for (const path of parsed.values.related ?? [])
    related.push({ role: 'related', body: await load(path), source: path });
  if (parsed.values.previous) {
    related.push({
      role: 'previous',
      body: await load(parsed.values.previous),
      source: parsed.values.previous,
    });
  }
  const bodies = [];
  for (const path of parsed.positionals) bodies.push({ path, body: await load(path) });

  const previous = related.find((r) => r.role === 'previous');
  const previousText = previous
    ? extractBodyText(RelatedDocumentSchema.parse(previous)).text
    : null;
  const files: CheckedFile[] = [];
  for (const { path, body } of bodies) {
    const result = reviewDraft({ body, related, target: 'public-website' });
    files.push({
      path,
      text: result.bodyText,
      profile: result.profile,
      documentClass: result.documentClass,
      findings: result.findings,
      ...(previousText !== null
        ? { comparison: compareVersions(previousText, result.bodyText) }
        : {}),
    });
  }

  if (parsed.values.json) {
    const json = {
      files: files.map((f) => ({
        path: f.path,
        findings: f.findings.filter((x) => x.field === 'body').map(toJsonFinding),
        class: f.documentClass.class,
        classEvidence: f.documentClass.evidence,
        ...(f.comparison
          ? {
              changes: f.comparison.changes.map((c) => ({
                type: c.type,
                oldLabel: c.oldLabel,
                newLabel: c.newLabel,
                summary: c.summary,
                substantive: c.substantive,
              })),
              keyFacts: f.comparison.keyFacts.map((k) => ({
                kind: k.kind,
                old: k.old,
                new: k.new,
                summary: k.summary,
              })),
            }
          : {}),
      })),
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    process.stdout.write(formatCheckReport(files));
  }
  return files.some((f) => f.findings.some((x) => x.severity === 'block')) ? 1 : 0;
}

function toJsonFinding(f: Finding) {
  return {
    ruleId: f.ruleId,
    category: f.category,
    kind: f.kind,
    severity: f.severity,
    start: f.start,
    end: f.end,
    message: f.message,
    excerpt: f.excerpt,
  };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known =
      error instanceof UsageError ||
      error instanceof DocumentReadError ||
      error instanceof ReviewInputError;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`check: ${known ? message : `内部错误 / internal error: ${message}`}\n`);
    process.exitCode = 2;
  },
);
