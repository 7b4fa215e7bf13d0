import { z } from 'zod';
import { defineRule } from '../../engine/define-rule';
import { BASIS } from './basis';

/** Kinds of employer an organisation name ends with. */
const EMPLOYER =
  '(?:有限责任公司|有限公司|股份公司|公司|集团|工厂|厂|医院|卫生院|诊所|学校|中学|小学|幼儿园|大学|学院|银行|支行|分行|局|委员会|委|中心|超市|商场|酒店|宾馆|饭店|餐厅|门店|店|车间|工地|项目部|研究所|事务所|营业厅|网点|站|所)';
/** What a person does at the employer: 工作, 上班, 员工, 护士… */
const WORKING =
  '(?=的?[^,。;\\n]{0,10}?(?:工作|上班|任职|任教|执教|员工|职工|务工|就职|打工|实习|教师|老师|医生|护士|护工|保安|保洁|厨师|技师|服务员|店员|柜员|收银员|司机|销售|会计|经理|工人))';
/** Working there: 在…公司工作, 系…医院护士 (group 1), 工作单位为…局 (group 2). */
const WORKPLACE = new RegExp(
  `[在于系为是]([^,。;、在于系为是\\n]{2,24}?${EMPLOYER})${WORKING}|(?:工作|就职|所在)单位(?:为|是|:)?([^,。;、\\n]{2,24}?${EMPLOYER})`,
  'g',
);
const EMPLOYER_SUFFIX = new RegExp(`${EMPLOYER}$`);

export default defineRule({
  meta: {
    id: 'personal-data/workplace',
    category: 'personal-data',
    kind: 'workplace',
    severity: 'warn',
    profiles: ['epidemiological'],
    title: { zh: '病例所在单位', en: 'Employer of a case' },
    message: {
      zh: '流调信息写明了病例的工作单位（{value}），一般不公开所在单位及从事的工作。',
      en: 'The release names the employer of a case ({value}); employers and jobs are generally omitted.',
    },
    basis: [BASIS.guideline103],
    fix: {
      zh: '删去单位名称，必要时写作“某单位”。',
      en: 'Remove the employer; write 某单位 if needed.',
    },
  },
  options: z.object({}).prefault({}),
  check(ctx) {
    return [...ctx.text.matchAll(WORKPLACE)].flatMap((m) => {
      const name = m[1] ?? m[2] ?? m[0];
      // 上述洗浴中心, 该公司, 公司分拣中心: a reference back or a generic word, not a named employer.
      if (/^(?:上述|该|本|此|其|公司|单位|所在)/.test(name)) return [];
      const start = m.index + m[0].length - name.length;
      const suffix = name.match(EMPLOYER_SUFFIX)?.[0] ?? '单位';
      return [{ start, end: start + name.length, shown: `某${suffix}` }];
    });
  },
});
