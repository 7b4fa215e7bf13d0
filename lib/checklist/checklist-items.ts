import { z } from 'zod';

/**
 * The checklist's groups follow the 2022 work plan's tasks: personal information in 流调
 * releases, 保密审查 before publication, the 公开属性 of every document, 三同步 policy
 * interpretation, and explaining what changed between old and new policy.
 */
export const CHECKLIST_GROUPS = [
  {
    id: 'personal-data',
    label: '个人信息保护',
    en: 'Personal data',
    categories: ['personal-data'],
  },
  {
    id: 'confidentiality',
    label: '保密审查',
    en: 'Secrecy review',
    categories: ['confidentiality'],
  },
  { id: 'disclosure', label: '公开属性', en: 'Disclosure attribute', categories: ['disclosure'] },
  {
    id: 'interpretation',
    label: '政策解读（三同步）',
    en: 'Policy interpretation',
    categories: ['interpretation'],
  },
  {
    id: 'policy-change',
    label: '新旧政策差异',
    en: 'Old/new policy differences',
    categories: ['policy-change'],
    // Without the previous version in the page, no finding does not mean checked: a person decides.
    cleanMeans: 'waiting',
  },
] as const;

export const GROUP_IDS = CHECKLIST_GROUPS.map((g) => g.id) as [
  (typeof CHECKLIST_GROUPS)[number]['id'],
  ...Array<(typeof CHECKLIST_GROUPS)[number]['id']>,
];
export const GroupIdSchema = z.enum(GROUP_IDS);
export type GroupId = z.infer<typeof GroupIdSchema>;

/** An item no machine decides: a person confirms it, with a note. */
export const ManualItemSchema = z
  .object({
    id: z
      .string()
      .min(1)
      .max(60)
      .regex(/^[a-z0-9-]+$/, '编号只能用小写字母、数字和连字符 / id: a-z, 0-9 and -'),
    group: GroupIdSchema,
    label: z.string().trim().min(1).max(80),
  })
  .strict();
export type ManualItem = z.infer<typeof ManualItemSchema>;

/** The manual items a unit starts with; the options page (or a policy) can change them. */
export const DEFAULT_MANUAL_ITEMS: readonly ManualItem[] = [
  { id: 'privacy-checked', group: 'personal-data', label: '已逐段核对，无遗漏的个人隐私信息' },
  {
    id: 'secrecy-opinion',
    group: 'confidentiality',
    label: '保密审查意见已出具（涉密信息不上网）',
  },
  { id: 'disclosure-method', group: 'disclosure', label: '公开方式适当，不公开的已说明理由' },
  {
    id: 'elements-complete',
    group: 'disclosure',
    label: '要素齐全：标题、文号、发布机构、成文日期、索引号',
  },
  {
    id: 'interpretation-signed',
    group: 'interpretation',
    label: '解读材料已与政策文件同步组织、同步审签',
  },
  { id: 'changes-explained', group: 'policy-change', label: '新旧政策差异已在解读中说明' },
];

/** storage.local key of the user's manual checklist items. */
export const MANUAL_ITEMS_KEY = 'checklist.items.v1';

/** Reads manual items from storage; invalid entries are reported and skipped, none → defaults. */
export function parseManualItems(value: unknown): { items: ManualItem[]; errors: string[] } {
  if (value === undefined) return { items: [...DEFAULT_MANUAL_ITEMS], errors: [] };
  if (!Array.isArray(value)) {
    return {
      items: [...DEFAULT_MANUAL_ITEMS],
      errors: ['清单设置不是列表，已使用默认清单 / not a list'],
    };
  }
  const items: ManualItem[] = [];
  const errors: string[] = [];
  value.forEach((entry, index) => {
    const parsed = ManualItemSchema.safeParse(entry);
    if (!parsed.success) {
      errors.push(
        `第 ${index + 1} 项无效，已跳过 / item ${index + 1} is invalid: ${parsed.error.issues[0]?.message ?? ''}`,
      );
    } else if (items.some((item) => item.id === parsed.data.id)) {
      errors.push(
        `第 ${index + 1} 项编号重复，已跳过 / item ${index + 1} repeats id ${parsed.data.id}`,
      );
    } else {
      items.push(parsed.data);
    }
  });
  return { items, errors };
}
