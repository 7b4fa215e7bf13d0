import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { policyPairs } from './policy-pairs';
import { BASIS } from './basis';

/** The policy repeals, replaces or revises an older one (RULES §3.3 C3.4). */
const REVISES =
  /(?:同时|一并|予以)废止|(?<!不)废止|不再执行|停止执行|同时失效|代替|替代|修订|修正|原《[^》\n]{2,60}》/;
/** The interpretation describes what changed. */
const DESCRIBES_DIFFERENCES =
  /新旧|变化|变动|调整|修订|修改|与原[^。\n]{0,30}相比|相比|较原|区别|不同之处|差异|新增|增加了|删除了|取消了|提高了|降低了|由原/;

export default defineRule({
  meta: {
    id: 'interpretation/differences-missing',
    category: 'interpretation',
    kind: 'differences-missing',
    severity: 'block',
    profiles: ['general', 'epidemiological'],
    scope: 'document',
    title: { zh: '解读未说明新旧政策差异', en: 'Interpretation omits old/new differences' },
    message: {
      zh: '文件{value}，但解读材料没有说明新旧政策差异。',
      en: 'The policy {value}, but its interpretation does not explain the differences.',
    },
    basis: [BASIS.qingyang2022, BASIS.gansu2019],
    fix: {
      zh: '在解读中增加“新旧政策对比”部分，写明主要变化（标准、金额、期限、对象等）。',
      en: 'Add a section comparing the old and new policy: what changed in standards, amounts, deadlines, coverage.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    return policyPairs(ctx).flatMap((pair) => {
      const revision = pair.policyText.match(REVISES);
      // 《…办法（2023年修订）》 is the policy's name, not a description of what changed.
      const ownWords = pair.interpretationText.replace(/《[^》\n]{0,80}》/g, '');
      if (!revision || DESCRIBES_DIFFERENCES.test(ownWords)) return [];
      return [{ start: null, end: null, shown: `涉及“${revision[0]}”` }];
    });
  },
});
