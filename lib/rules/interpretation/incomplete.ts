import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { policyPairs } from './policy-pairs';
import { BASIS } from './basis';

/** The elements the work plan asks an interpretation to cover, each with the words that show it. */
export const INTERPRETATION_ELEMENTS = [
  {
    name: '核心概念和主要内容',
    pattern:
      /主要内容|核心内容|核心概念|名词解释|关键词|术语|重点内容|主要措施|主要政策|具体内容|基本内容|主要条款|内容要点|政策要点|核心要义|主要任务|明确了|是指|指的是|所称|所谓|主要讲|讲了什么|概念|含义/,
  },
  {
    name: '适用范围和影响对象',
    pattern: /适用范围|适用对象|适用于|影响范围|覆盖范围|实施范围|适用人群|惠及|哪些人|对象|范围/,
  },
  { name: '执行标准和注意事项', pattern: /执行标准|标准|注意事项|需要注意|应注意|注意/ },
  {
    name: '惠企利民举措和享受条件',
    pattern:
      /惠企|惠民|利民|支持政策|享受条件|申报条件|申请条件|申领条件|补贴|补助|奖励|优惠|扶持|减免|资助|如何申请|申请程序|办理流程|便民|便利|便捷|减轻|无需办理|免于|免费|不收费/,
  },
] as const;

export default defineRule({
  meta: {
    id: 'interpretation/incomplete',
    category: 'interpretation',
    kind: 'incomplete',
    severity: 'warn',
    profiles: ['general', 'epidemiological'],
    scope: 'document',
    title: { zh: '解读要素不全', en: 'Interpretation lacks required elements' },
    message: {
      zh: '解读材料缺少：{value}。解读应突出核心概念、影响范围、执行标准及注意事项、惠企利民举措及享受条件。',
      en: 'The interpretation lacks: {value}.',
    },
    basis: [BASIS.qingyang2022, BASIS.gansu2019],
    fix: {
      zh: '补写所缺部分后与文件同步审签。',
      en: 'Add the missing parts and sign it off with the document.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    return policyPairs(ctx).flatMap((pair) => {
      const missing = INTERPRETATION_ELEMENTS.filter(
        (e) => !e.pattern.test(pair.interpretationText),
      ).map((e) => e.name);
      return missing.length === 0 ? [] : [{ start: null, end: null, shown: missing.join('、') }];
    });
  },
});
