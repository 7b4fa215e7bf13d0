// i18n-allow-file: sample records for the demo and tests, not UI text
import { DOCUMENT_CLASSES } from '@/lib/classify/classify-document';
import type { Category, Severity } from '@/lib/engine/schema';
import type {
  ChecklistState,
  LoggedFinding,
  Disposition,
  Outcome,
  ReviewRecordInput,
} from '@/lib/log/review-record';

// i18n-allow-file: sample review records (Chinese documents, units and names are data, not UI).

/**
 * Realistic, varied review records for the supervisor's page: several units with their own
 * reviewers and sites, every outcome, gate decisions including 仍然发布, findings in every
 * category and severity with MASKED excerpts only, spread over about six months. Deterministic
 * for a seed, so a test or the demo gets the same log every time. Used by entrypoints/log-seed.ts.
 */

/** What to generate. */
export interface SeedOptions {
  /** PRNG seed (1). */
  seed?: number;
  /** The newest record's time, epoch ms (now). */
  now?: number;
  /** Days the records span, ending at `now` (182). */
  days?: number;
  /** Index of the first record, so batches continue one sequence of 文号. */
  offset?: number;
  /** Total records of the whole seeding, for spreading times across batches (count). */
  total?: number;
}

interface Unit {
  name: string;
  abbr: string;
  origin: string;
  reviewers: string[];
  /** How often this unit's editors publish anyway at the gate. */
  publishAnyway: number;
}

/** Fictional units of a prefecture-level city, with their CMS sites (example.gov.cn). */
export const SEED_UNITS: readonly Unit[] = [
  {
    name: '市人民政府办公室',
    abbr: '市政办发',
    origin: 'https://www.city.example.gov.cn',
    reviewers: ['李明', '周静', '吴海'],
    publishAnyway: 0.12,
  },
  {
    name: '市卫生健康委员会',
    abbr: '市卫发',
    origin: 'https://wjw.city.example.gov.cn',
    reviewers: ['王芳', '陈刚'],
    publishAnyway: 0.41,
  },
  {
    name: '市教育局',
    abbr: '市教发',
    origin: 'https://jyj.city.example.gov.cn',
    reviewers: ['赵磊', '孙丽', '钱伟'],
    publishAnyway: 0.22,
  },
  {
    name: '市财政局',
    abbr: '市财发',
    origin: 'https://czj.city.example.gov.cn',
    reviewers: ['郑洁', '冯涛'],
    publishAnyway: 0.08,
  },
  {
    name: '市自然资源局',
    abbr: '市自然资发',
    origin: 'https://zrzyj.city.example.gov.cn',
    reviewers: ['何平', '许娜'],
    publishAnyway: 0.3,
  },
  {
    name: '东区人民政府办公室',
    abbr: '东政办发',
    origin: 'https://www.dongqu.example.gov.cn',
    reviewers: ['高远', '林欣', '马超'],
    publishAnyway: 0.18,
  },
];

const SUBJECTS = [
  '城乡居民医疗保险',
  '义务教育招生入学',
  '老旧小区改造',
  '农村危房改造补助',
  '疫情防控',
  '政府采购',
  '国有土地使用权出让',
  '最低生活保障',
  '中小企业纾困',
  '安全生产',
  '校外培训机构监管',
  '耕地保护',
  '预算绩效管理',
  '城市生活垃圾分类',
  '重大行政决策',
];

const TITLE_TEMPLATES = [
  '关于印发《{s}实施办法》的通知',
  '关于做好{s}工作的通知',
  '《{s}实施细则》政策解读',
  '{s}工作情况通报',
  '关于{s}有关事项的公告',
  '关于公布{s}名单的公示',
];

interface FindingTemplate {
  ruleId: string;
  category: Category;
  kind: string;
  severity: Severity;
  excerpts: string[];
}

/** Findings as the engine logs them: masked excerpts (138****5678, 62**************34, 王**). */
const FINDINGS: readonly FindingTemplate[] = [
  {
    ruleId: 'personal-data/id-number',
    category: 'personal-data',
    kind: 'id-number',
    severity: 'block',
    excerpts: ['…身份证号62**************34，住…', '…公民身份号码32**************1X…'],
  },
  {
    ruleId: 'personal-data/phone',
    category: 'personal-data',
    kind: 'phone',
    severity: 'block',
    excerpts: ['…联系电话138****5678，…', '…手机：159****0123）…'],
  },
  {
    ruleId: 'personal-data/name',
    category: 'personal-data',
    kind: 'name',
    severity: 'block',
    excerpts: ['…确诊病例王**，男，…', '…密接人员张**（…'],
  },
  {
    ruleId: 'personal-data/address',
    category: 'personal-data',
    kind: 'address',
    severity: 'block',
    excerpts: ['…住某小区3栋*单元***室…', '…某村*组**号…'],
  },
  {
    ruleId: 'personal-data/name-in-list',
    category: 'personal-data',
    kind: 'name-in-list',
    severity: 'warn',
    excerpts: ['…公示名单：李**、赵**…'],
  },
  {
    ruleId: 'personal-data/precise-time',
    category: 'personal-data',
    kind: 'precise-time',
    severity: 'warn',
    excerpts: ['…11月3日**:**到达…'],
  },
  {
    ruleId: 'confidentiality/classification-mark',
    category: 'confidentiality',
    kind: 'classification-mark',
    severity: 'block',
    excerpts: ['秘密★1年', '密级：机密'],
  },
  {
    ruleId: 'confidentiality/internal-marking',
    category: 'confidentiality',
    kind: 'internal-marking',
    severity: 'block',
    excerpts: ['内部明电', '不得外传'],
  },
  {
    ruleId: 'confidentiality/internal-marking-review',
    category: 'confidentiality',
    kind: 'internal-marking-review',
    severity: 'warn',
    excerpts: ['内部资料 注意保存'],
  },
  {
    ruleId: 'disclosure/missing',
    category: 'disclosure',
    kind: 'missing',
    severity: 'block',
    excerpts: ['（表单与正文均未标明公开属性）'],
  },
  {
    ruleId: 'disclosure/reason-missing',
    category: 'disclosure',
    kind: 'reason-missing',
    severity: 'warn',
    excerpts: ['公开属性：不予公开'],
  },
  {
    ruleId: 'interpretation/missing',
    category: 'interpretation',
    kind: 'missing',
    severity: 'block',
    excerpts: ['（未关联解读材料）'],
  },
  {
    ruleId: 'interpretation/incomplete',
    category: 'interpretation',
    kind: 'incomplete',
    severity: 'warn',
    excerpts: ['（解读缺少“适用范围”）'],
  },
  {
    ruleId: 'policy-change/undisclosed-change',
    category: 'policy-change',
    kind: 'undisclosed-change',
    severity: 'warn',
    excerpts: ['…补助标准由每人12元调整为15元…'],
  },
  {
    ruleId: 'personal-data/public-vehicle-plate',
    category: 'personal-data',
    kind: 'public-vehicle-plate',
    severity: 'info',
    excerpts: ['…乘坐甘M·T****出租车…'],
  },
];

const CHECKLIST = [
  { itemId: 'auto:personal-data', label: '个人信息已脱敏', group: 'personal-data' },
  { itemId: 'manual:secrecy-opinion', label: '保密审查意见已出具', group: 'confidentiality' },
  { itemId: 'auto:confidentiality', label: '无密级和内部标识', group: 'confidentiality' },
  { itemId: 'auto:disclosure', label: '公开属性明确', group: 'disclosure' },
  { itemId: 'manual:disclosure-channel', label: '公开方式适当', group: 'disclosure' },
  { itemId: 'manual:interpretation-signed', label: '解读材料已同步审签', group: 'interpretation' },
  { itemId: 'manual:elements', label: '要素齐全', group: 'policy-change' },
];

const COMMENTS = [
  '请删除附件中的联系电话后再报。',
  '解读材料未同步报送，补齐后发布。',
  '个人信息须脱敏后发布。',
  '请补充公开属性及不公开理由。',
];
const CONDITIONAL_COMMENTS = ['修改第三段表述后可发布。', '核对文号后发布。'];
const PUBLISH_REASONS = [
  '经分管领导同意，已电话核实为公开信息。',
  '涉及内容为公示所需，依据招录公告公开。',
  '紧急发布，事后补办审批。',
];
const BUTTONS = ['发布', '提交审核', '保存并发布', '签发'];
const ATTRIBUTES = ['主动公开', '主动公开', '主动公开', '依申请公开', '不予公开', ''];

/** mulberry32: a small, fast, seedable PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;

/** `count` records, oldest first, the `offset`-th to the (offset+count-1)-th of the seeding. */
export function buildSeedRecords(
  count: number,
  options: SeedOptions = {},
  versions: { engineVersion: string; rulesVersion: string } = {
    engineVersion: 'seed',
    rulesVersion: 'seed',
  },
): ReviewRecordInput[] {
  const offset = options.offset ?? 0;
  const total = Math.max(options.total ?? count, offset + count);
  const now = options.now ?? Date.now();
  const span = (options.days ?? 182) * DAY_MS;
  const start = now - span;
  const records: ReviewRecordInput[] = [];
  for (let n = 0; n < count; n++) {
    const index = offset + n;
    // One generator per record: batches give the same records as one big call.
    const random = prng((options.seed ?? 1) * 1_000_003 + index);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const unit = pick(SEED_UNITS);
    const reviewer = pick(unit.reviewers);
    const time = Math.min(now, Math.floor(start + ((index + random()) * span) / total));
    const subject = pick(SUBJECTS);
    const title = pick(TITLE_TEMPLATES).replace('{s}', subject);
    const year = new Date(time).getFullYear();
    const documentNumber = random() < 0.85 ? `${unit.abbr}〔${year}〕${index + 1}号` : '';
    const findingCount = random() < 0.3 ? 0 : 1 + Math.floor(random() * random() * 6);
    const findings: LoggedFinding[] = [];
    for (let f = 0; f < findingCount; f++) {
      const template = pick(FINDINGS);
      findings.push({
        ruleId: template.ruleId,
        category: template.category,
        kind: template.kind,
        severity: template.severity,
        excerpt: pick(template.excerpts),
      });
    }
    const common = {
      at: new Date(time).toISOString(),
      unit: unit.name,
      reviewer,
      origin: unit.origin,
      path: `/cms/article/edit?id=${(index * 7919) % 100000}`,
      title,
      documentNumber,
      documentClass: random() < 0.15 ? null : pick(DOCUMENT_CLASSES),
      disclosureAttribute: pick(ATTRIBUTES),
      engineVersion: versions.engineVersion,
      rulesVersion: versions.rulesVersion,
    };
    const hasBlock = findings.some((f) => f.severity === 'block');
    if (hasBlock && random() < 0.35) {
      const anyway = random() < unit.publishAnyway;
      records.push({
        type: 'gate-decision',
        ...common,
        findings,
        decision: anyway ? 'publish-anyway' : 'back-to-edit',
        reason: anyway ? pick(PUBLISH_REASONS) : '',
        button: pick(BUTTONS),
      });
      continue;
    }
    const roll = random();
    const outcome: Outcome =
      findings.length === 0 || roll < 0.55 ? 'approved' : roll < 0.8 ? 'returned' : 'conditional';
    const dispositions = findings.flatMap((finding, findingIndex): Disposition[] => {
      const r = random();
      if (r < 0.6) return [];
      return r < 0.8
        ? [{ findingIndex, ruleId: finding.ruleId, disposition: 'accepted', reason: '' }]
        : [
            {
              findingIndex,
              ruleId: finding.ruleId,
              disposition: 'false-positive',
              reason: '为单位公开咨询电话，非个人信息。',
            },
          ];
    });
    const checklist = CHECKLIST.map((item) => {
      const failing = findings.some((f) => f.category === item.group);
      const state: ChecklistState = item.itemId.startsWith('auto:')
        ? failing
          ? 'failed'
          : 'passed'
        : pick(['confirmed', 'confirmed', 'confirmed', 'not-applicable', 'waiting'] as const);
      return {
        ...item,
        state,
        note: state === 'not-applicable' ? '本件不涉及。' : '',
      };
    });
    records.push({
      type: 'sign-off',
      ...common,
      findings,
      dispositions,
      checklist,
      outcome,
      comment:
        outcome === 'returned'
          ? pick(COMMENTS)
          : outcome === 'conditional'
            ? pick(CONDITIONAL_COMMENTS)
            : '',
    });
  }
  return records;
}
