import { z } from 'zod';
import { ExportMetaSchema, type ExportMeta } from '../export/export-meta';
import { LOG_EXPORT_FORMAT, LOG_EXPORT_FORMAT_VERSION } from '../export/json-export';
import { verifyChain, type ChainProblem } from '../hash-chain';
import { throwIfAborted } from '../log-pages';
import { deriveIndexFields, ReviewLogEntrySchema, type ReviewLogEntry } from '../review-log-entry';
import { HashSchema, RECORD_SCHEMA_VERSION, ReviewRecordSchema } from '../review-record';
import type { ImportProblem, ImportReport } from './import-report';

/**
 * Reads a colleague's JSON export and verifies it before anything is merged (issue 7): every
 * hash recomputes, consecutive records link, nothing is missing in a complete export, and the
 * closing chain summary agrees with what is there, so a file cut short is caught.
 */

const SeqHashSchema = z.object({ seq: z.number().int().nonnegative(), hash: HashSchema });
const ChainSummarySchema = z.object({
  count: z.number().int().nonnegative(),
  first: z.object({ seq: z.number().int().positive(), prevHash: HashSchema }).nullable(),
  head: SeqHashSchema.nullable(),
});

const EnvelopeSchema = z.looseObject({
  format: z.literal(LOG_EXPORT_FORMAT),
  formatVersion: z.number(),
  recordSchemaVersion: z.number().optional(),
  meta: z.unknown().optional(),
  complete: z.boolean().optional(),
  entries: z.array(z.unknown()),
  chain: z.unknown().optional(),
  sourceChains: z.array(z.unknown()).optional(),
});

/** Just enough to tell our files and their version apart before reading the rest. */
const HeaderSchema = z.looseObject({
  format: z.literal(LOG_EXPORT_FORMAT),
  formatVersion: z.number(),
  recordSchemaVersion: z.number().optional(),
});

/** The fields verification needs, read loosely so a damaged entry is reported, not thrown. */
const RowSchema = z.looseObject({
  seq: z.number().int().positive(),
  id: z.string(),
  schemaVersion: z.number(),
  content: z.unknown(),
  prevHash: z.string(),
  hash: z.string(),
  redacted: z.literal(true).optional(),
  source: z.string().optional(),
});
type Row = z.infer<typeof RowSchema>;

/** Options for reading a large file without freezing the page. */
export interface ReadExportOptions {
  signal?: AbortSignal;
}

function problem(kind: ImportProblem['kind'], zh: string, en: string, seq?: number): ImportProblem {
  return withMessage(kind, `${zh}${en}`, seq);
}

function withMessage(kind: ImportProblem['kind'], message: string, seq?: number): ImportProblem {
  return seq === undefined ? { kind, message } : { kind, message, seq };
}

function report(fileName: string, problems: ImportProblem[], fields: Partial<ImportReport> = {}) {
  return {
    fileName,
    ok: problems.length === 0,
    problems,
    entryCount: 0,
    duplicates: 0,
    added: 0,
    ...fields,
  } satisfies ImportReport;
}

/** What a problem verifyChain found means for an imported file. */
function fromChainProblem(
  p: ChainProblem,
  rows: ReadonlyMap<number, Row>,
  complete: boolean,
): ImportProblem | null {
  const seq = p.seq ?? undefined;
  switch (p.kind) {
    case 'hash-mismatch':
      if (seq !== undefined && rows.get(seq)?.redacted) {
        return problem(
          'tampered',
          `第 ${seq} 条记录在导出时遮蔽了个人信息，其哈希无法核对。`,
          `Entry ${seq} had personal data masked at export, so its hash cannot be checked.`,
          seq,
        );
      }
      return withMessage('tampered', p.message, seq);
    case 'broken-link':
    case 'duplicate':
      return withMessage('tampered', p.message, seq);
    case 'missing':
      // A filtered export leaves gaps on purpose; a complete one may not.
      if (!complete) return null;
      return withMessage(seq === 1 ? 'truncated' : 'tampered', p.message, seq);
    case 'bad-record':
      return withMessage('bad-record', p.message, seq);
    default: {
      const unreachable: never = p.kind;
      return unreachable;
    }
  }
}

/** Checks the closing summary against the entries there: count, first link and head. */
function summaryProblems(chain: z.infer<typeof ChainSummarySchema>, rows: Row[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const first = rows[0];
  const last = rows[rows.length - 1];
  const headSeq = chain.head?.seq ?? 0;
  const lastSeq = last?.seq ?? 0;
  if (lastSeq < headSeq || (chain.head && !rows.some((r) => r.seq === headSeq))) {
    problems.push(
      problem(
        'truncated',
        `文件在第 ${lastSeq} 条之后被截断：应到第 ${headSeq} 条。`,
        `The file is cut off after entry ${lastSeq}: it should end at entry ${headSeq}.`,
        lastSeq + 1,
      ),
    );
  } else if (chain.head && last && last.hash !== chain.head.hash) {
    problems.push(
      problem(
        'tampered',
        `第 ${headSeq} 条记录与文件末尾的链摘要不符。`,
        `Entry ${headSeq} does not match the chain summary at the end of the file.`,
        headSeq,
      ),
    );
  } else if (!chain.head && last) {
    problems.push(
      problem(
        'tampered',
        '链摘要称文件中没有记录。',
        'The chain summary says the file has no entries.',
      ),
    );
  }
  if (chain.first && first && first.seq > chain.first.seq) {
    problems.push(
      problem(
        'truncated',
        `文件开头缺少第 ${chain.first.seq}–${first.seq - 1} 条。`,
        `Entries ${chain.first.seq}–${first.seq - 1} are missing from the start of the file.`,
        chain.first.seq,
      ),
    );
  } else if (chain.first && first && first.prevHash !== chain.first.prevHash) {
    problems.push(
      problem(
        'tampered',
        `第 ${first.seq} 条记录与链摘要中的开头不符。`,
        `Entry ${first.seq} does not match the start recorded in the chain summary.`,
        first.seq,
      ),
    );
  }
  if (problems.length === 0 && chain.count !== rows.length) {
    problems.push(
      problem(
        lastSeq < headSeq ? 'truncated' : 'tampered',
        `链摘要记有 ${chain.count} 条记录，文件中有 ${rows.length} 条。`,
        `The chain summary counts ${chain.count} entries; the file holds ${rows.length}.`,
      ),
    );
  }
  return problems;
}

/** Rows by the source they carry ('' for the exporter's own log), every summarised source included. */
function groupBySource(rows: readonly Row[], sources: Iterable<string>): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const source of sources) groups.set(source, []);
  for (const row of rows) {
    const source = row.source ?? '';
    const group = groups.get(source);
    if (group) group.push(row);
    else groups.set(source, [row]);
  }
  return groups;
}

/** Verifies one chain of the file against its summary. */
function verifyGroup(
  rows: Row[],
  summary: unknown,
  options: { complete: boolean; isOwn: boolean },
): ImportProblem[] {
  const { complete, isOwn } = options;
  const problems: ImportProblem[] = [];
  const bySeq = new Map(rows.map((row) => [row.seq, row]));
  for (const p of verifyChain(rows).problems) {
    const mapped = fromChainProblem(p, bySeq, complete);
    if (mapped) problems.push(mapped);
  }
  const chain = ChainSummarySchema.safeParse(summary);
  if (chain.success) problems.push(...summaryProblems(chain.data, rows));
  else if (isOwn) {
    problems.push(
      problem(
        'truncated',
        '文件末尾缺少链摘要。',
        'The chain summary at the end of the file is missing.',
      ),
    );
  } else {
    problems.push(
      problem(
        'tampered',
        '该来源的记录没有链摘要。',
        'The entries of this source have no chain summary.',
      ),
    );
  }
  return problems;
}

/** Names the imported source a problem belongs to. */
function inSource(p: ImportProblem, source: string): ImportProblem {
  return { ...p, message: `［来源：${source}］${p.message}` };
}

/** Whether unparsable text is the start of one of our exports (a download cut short). */
function looksLikeCutExport(text: string): boolean {
  return /^\s*\{\s*"format"\s*:\s*"disclosure-review-log"/.test(text.slice(0, 200));
}

/**
 * Reads and verifies an exported file; never throws on bad input (only on cancel). The entries
 * returned are those that parse, with their index fields, whatever the problems: the caller
 * decides whether a file with problems may be merged.
 */
export async function readLogExport(
  fileName: string,
  text: string,
  options: ReadExportOptions = {},
): Promise<{ report: ImportReport; entries: ReviewLogEntry[] }> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const cut = looksLikeCutExport(text);
    return {
      report: report(fileName, [
        cut
          ? problem(
              'truncated',
              '文件不完整（在中途被截断）。',
              'The file is incomplete (cut off).',
            )
          : problem('not-json', '文件不是 JSON。', 'The file is not JSON.'),
      ]),
      entries: [],
    };
  }
  const header = HeaderSchema.safeParse(json);
  if (!header.success) {
    return {
      report: report(fileName, [
        problem(
          'foreign',
          '这不是公开审查助手导出的审核日志。',
          'This is not a review log exported by Disclosure Review.',
        ),
      ]),
      entries: [],
    };
  }
  const { formatVersion, recordSchemaVersion } = header.data;
  if (
    formatVersion !== LOG_EXPORT_FORMAT_VERSION ||
    (recordSchemaVersion ?? RECORD_SCHEMA_VERSION) !== RECORD_SCHEMA_VERSION
  ) {
    return {
      report: report(fileName, [
        problem(
          'unsupported-version',
          `文件格式版本 ${formatVersion}（记录版本 ${String(recordSchemaVersion)}）无法识别，请升级扩展。`,
          `Format version ${formatVersion} (record version ${String(recordSchemaVersion)}) is not supported; update the extension.`,
        ),
      ]),
      entries: [],
    };
  }
  const envelope = EnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    return {
      report: report(fileName, [
        problem('truncated', '导出文件缺少记录列表。', 'The export lacks its list of entries.'),
      ]),
      entries: [],
    };
  }
  const file = envelope.data;

  const problems: ImportProblem[] = [];
  const meta = ExportMetaSchema.safeParse(file.meta);
  if (!meta.success) {
    problems.push(
      problem(
        'foreign',
        '导出信息（导出人、时间、版本）缺失或不合格式。',
        'The export metadata is missing or invalid.',
      ),
    );
  }
  const complete = file.complete ?? false;

  const rows: Row[] = [];
  for (const raw of file.entries) {
    const row = RowSchema.safeParse(raw);
    if (row.success) rows.push(row.data);
    else {
      const seq = (raw as { seq?: unknown } | null)?.seq;
      problems.push(
        problem(
          'bad-record',
          '记录结构不完整，无法校验。',
          'An entry lacks the fields needed to verify it.',
          typeof seq === 'number' ? seq : undefined,
        ),
      );
    }
  }
  rows.sort((a, b) => a.seq - b.seq);
  throwIfAborted(options.signal);
  const summaries = new Map<string, unknown>([['', file.chain]]);
  for (const other of Array.isArray(file.sourceChains) ? file.sourceChains : []) {
    const source = (other as { source?: unknown } | null)?.source;
    if (typeof source === 'string' && source !== '') summaries.set(source, other);
  }
  for (const [source, group] of groupBySource(rows, summaries.keys())) {
    // Only the exporter's own chain can be complete; imported ones were whatever was merged.
    const found = verifyGroup(group, summaries.get(source), {
      complete: complete && source === '',
      isOwn: source === '',
    });
    problems.push(...(source ? found.map((p) => inSource(p, source)) : found));
  }

  const entries: ReviewLogEntry[] = [];
  const reported = new Set(problems.map((p) => p.seq));
  for (const row of rows) {
    const content = ReviewRecordSchema.safeParse(row.content);
    const entry = content.success
      ? ReviewLogEntrySchema.safeParse({
          seq: row.seq,
          id: row.id,
          schemaVersion: row.schemaVersion,
          content: content.data,
          prevHash: row.prevHash,
          hash: row.hash,
          ...deriveIndexFields(content.data),
        })
      : null;
    if (entry?.success) entries.push(entry.data);
    else if (!reported.has(row.seq)) {
      problems.push(
        problem(
          'bad-record',
          `第 ${row.seq} 条记录无法读取。`,
          `Entry ${row.seq} cannot be read.`,
          row.seq,
        ),
      );
    }
  }
  problems.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  const exportMeta: ExportMeta | undefined = meta.success ? meta.data : undefined;
  return {
    report: report(fileName, problems, {
      meta: exportMeta,
      complete,
      entryCount: entries.length,
    }),
    entries,
  };
}
