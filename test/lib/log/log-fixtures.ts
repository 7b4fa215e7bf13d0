import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { exportLog, type ExportOptions } from '../../../lib/log/export/export-log';
import type { ExportFormat, ExportMeta } from '../../../lib/log/export/export-meta';
import type { ReviewLogEntry } from '../../../lib/log/review-log-entry';
import { defineReviewLogSchema, type ReviewLogDb } from '../../../lib/log/review-log-schema';
import type {
  GateDecisionRecordInput,
  LoggedFinding,
  ReviewRecordInput,
  SignOffRecordInput,
} from '../../../lib/log/review-record';

/**
 * Realistic review-log records for tests, the benchmark and seeding the supervisor page: a few
 * units and reviewers, 文号 with full-width digits now and then, findings of real rules with
 * masked excerpts. Deterministic for a given seed.
 */

const UNITS = [
  '市政府办公室',
  '市卫生健康委员会',
  '市教育局',
  '市人力资源和社会保障局',
  '某区人民政府',
];
const REVIEWERS = ['王科员', '李科长', '张主任', '赵干事', '陈处长', '刘专员'];
const ORIGINS = [
  'https://cms.example.gov.cn',
  'https://www.example.gov.cn',
  'https://wsjkw.example.gov.cn',
];
const TITLES = [
  '关于一例确诊病例的情况通报',
  '关于印发《城市更新行动实施方案》的通知',
  '关于2026年度部门预算公开的说明',
  '《养老服务条例》政策解读',
  '关于调整最低工资标准的通知',
  '关于做好秋冬季传染病防控工作的通知',
  '行政处罚决定书',
  '关于公布第三批历史建筑名录的公告',
];
const DOCUMENT_NUMBERS = [
  '市政办发〔2026〕12号',
  '卫健发〔２０２６〕３号',
  '教发〔2026〕45号',
  '',
  '人社规〔2025〕7号',
];
const ATTRIBUTES = ['主动公开', '依申请公开', '不予公开', ''];
const FINDINGS: LoggedFinding[] = [
  {
    ruleId: 'personal-data/phone',
    category: 'personal-data',
    kind: 'phone',
    severity: 'block',
    excerpt: '联系电话：138****5678',
  },
  {
    ruleId: 'personal-data/id-number',
    category: 'personal-data',
    kind: 'id-number',
    severity: 'block',
    excerpt: '身份证号62**************34',
  },
  {
    ruleId: 'personal-data/name',
    category: 'personal-data',
    kind: 'name',
    severity: 'block',
    excerpt: '患者王**，女',
  },
  {
    ruleId: 'personal-data/address',
    category: 'personal-data',
    kind: 'address',
    severity: 'block',
    excerpt: '住址：某小区*号楼*单元',
  },
  {
    ruleId: 'personal-data/sex-age',
    category: 'personal-data',
    kind: 'sex-age',
    severity: 'warn',
    excerpt: '女，**岁',
  },
  {
    ruleId: 'personal-data/precise-time',
    category: 'personal-data',
    kind: 'precise-time',
    severity: 'warn',
    excerpt: '11月2日14时30分',
  },
  {
    ruleId: 'confidentiality/internal-marking',
    category: 'confidentiality',
    kind: 'internal-marking',
    severity: 'block',
    excerpt: '内部资料 注意保存',
  },
  {
    ruleId: 'disclosure/missing',
    category: 'disclosure',
    kind: 'missing',
    severity: 'block',
    excerpt: '',
  },
  {
    ruleId: 'disclosure/reason-missing',
    category: 'disclosure',
    kind: 'reason-missing',
    severity: 'warn',
    excerpt: '不予公开',
  },
  {
    ruleId: 'interpretation/missing',
    category: 'interpretation',
    kind: 'missing',
    severity: 'block',
    excerpt: '',
  },
  {
    ruleId: 'interpretation/copied',
    category: 'interpretation',
    kind: 'copied',
    severity: 'warn',
    excerpt: '第一条 为了规范……',
  },
  {
    ruleId: 'policy-change/undisclosed-change',
    category: 'policy-change',
    kind: 'undisclosed-change',
    severity: 'warn',
    excerpt: '第五条修改为',
  },
  {
    ruleId: 'personal-data/public-vehicle-plate',
    category: 'personal-data',
    kind: 'license-plate',
    severity: 'info',
    excerpt: '甘A****警',
  },
];

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options for sampleRecords. */
export interface SampleOptions {
  seed?: number;
  /** Time of the first record (default 2025-12-01 Beijing time). */
  start?: number;
  /** Spread of the records (default one year). */
  spanMs?: number;
}

/** `count` plausible sign-offs and gate decisions, oldest first. */
export function sampleRecords(count: number, options: SampleOptions = {}): ReviewRecordInput[] {
  const next = random(options.seed ?? 7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const start = options.start ?? Date.parse('2025-12-01T00:00:00+08:00');
  const span = options.spanMs ?? 365 * 86_400_000;
  const records: ReviewRecordInput[] = [];
  for (let i = 0; i < count; i++) {
    const findings = Array.from({ length: Math.floor(next() * next() * 6) }, () => pick(FINDINGS));
    const common = {
      at: new Date(start + Math.floor((span * i) / Math.max(1, count))).toISOString(),
      unit: pick(UNITS),
      origin: pick(ORIGINS),
      path: `/wcm/edit.jsp?docId=${1000 + (i % 9000)}`,
      title: pick(TITLES),
      documentNumber: pick(DOCUMENT_NUMBERS),
      documentClass: null,
      disclosureAttribute: pick(ATTRIBUTES),
      findings,
      engineVersion: '0.1.0+rules.2026.11.1',
      rulesVersion: '2026.11.1',
    };
    if (next() < 0.7) {
      const outcome = pick(['approved', 'approved', 'returned', 'conditional'] as const);
      const signOff: SignOffRecordInput = {
        type: 'sign-off',
        ...common,
        reviewer: pick(REVIEWERS),
        outcome,
        comment: outcome === 'approved' ? '' : '请删除个人信息后再报',
      };
      records.push(signOff);
    } else {
      const decision = next() < 0.3 ? 'publish-anyway' : 'back-to-edit';
      const gate: GateDecisionRecordInput = {
        type: 'gate-decision',
        ...common,
        reviewer: next() < 0.5 ? pick(REVIEWERS) : '',
        decision,
        reason: decision === 'publish-anyway' ? '已经领导同意，按原稿发布' : '',
        button: '发布',
      };
      records.push(gate);
    }
  }
  return records;
}

let databases = 0;

/** A fresh review-log database in fake-indexeddb. */
export function fakeLogDb(prefix = 'log-test'): ReviewLogDb {
  databases += 1;
  return defineReviewLogSchema(
    new Dexie(`${prefix}-${databases}-${Date.now()}`, { indexedDB, IDBKeyRange }),
  );
}

/** Export metadata as the supervisor page fills it in. */
export function sampleMeta(overrides: Partial<ExportMeta> = {}): ExportMeta {
  return {
    exportedAt: '2026-12-03T03:10:00.000Z',
    exportedBy: { unit: '市政府办公室', reviewer: '陈处长' },
    filters: {},
    extensionVersion: '0.1.0',
    engineVersion: '0.1.0+rules.2026.11.1',
    rulesVersion: '2026.11.1',
    ...overrides,
  };
}

/** Exports entries in one format and returns the file as bytes. */
export async function exportBytes(
  format: ExportFormat,
  entries: readonly ReviewLogEntry[],
  options: Partial<ExportOptions> = {},
): Promise<Uint8Array> {
  const pages: ReviewLogEntry[][] = [];
  for (let i = 0; i < entries.length; i += 10) pages.push(entries.slice(i, i + 10));
  const { parts } = await exportLog(format, pages, {
    meta: sampleMeta(),
    total: entries.length,
    ...options,
  });
  const bytes = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** Exports entries and decodes the file as UTF-8, keeping a byte-order mark if there is one. */
export async function exportText(
  format: ExportFormat,
  entries: readonly ReviewLogEntry[],
  options: Partial<ExportOptions> = {},
): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(
    await exportBytes(format, entries, options),
  );
}

/** One publish-gate decision with no findings (back to editing unless overridden). */
export const GATE_RECORD = {
  type: 'gate-decision',
  at: '2026-11-28T02:00:00.000Z',
  unit: '市政府办公室',
  reviewer: '',
  origin: 'https://cms.example.gov.cn',
  path: '/wcm/edit.jsp',
  title: '关于一例确诊病例的情况通报',
  documentNumber: '',
  documentClass: null,
  disclosureAttribute: '主动公开',
  findings: [],
  engineVersion: '0.1.0',
  rulesVersion: '1',
  decision: 'back-to-edit',
} as const satisfies ReviewRecordInput;
