import { defineMessages } from '../define-messages';

/**
 * The rules' message templates ($1 is the masked value found), so pages without the engine (the
 * in-page review) can show a finding in the UI language. A copy of each rule's meta.message:
 * test/lib/i18n/rule-messages.test.ts keeps the two the same.
 */
export const RULE_MESSAGES = defineMessages({
  rule_confidentiality_classification_mark: {
    zh: '含国家秘密标志“$1”，涉密文件禁止上网发布。',
    en: 'Contains the classification mark “$1”; classified documents must never be published online.',
  },
  rule_confidentiality_internal_marking: {
    zh: '含“$1”标识，属内部文件，不得在政府网站公开发布。',
    en: 'Marked “$1”: an internal document that must not be published on the website.',
  },
  rule_confidentiality_internal_marking_review: {
    zh: '含“$1”标识；未经批准，标注此类警示字样的资料不得网上发布，请确认已审批。',
    en: 'Marked “$1”; such material may be published only with approval. Confirm it was approved.',
  },
  rule_disclosure_conflict: {
    zh: '公开属性为“$1”，却要在政府门户网站主动发布。依申请公开（《政府信息公开条例》第二十七条）、不予公开（第十四条至第十六条）的公文不应主动发布。',
    en: 'Marked “$1” but about to be published on the public website.',
  },
  rule_disclosure_invalid: {
    zh: '公开属性“$1”不是规定的取值；只能是主动公开（《政府信息公开条例》第十九条）、依申请公开（第二十七条）或不予公开（第十四条至第十六条）。',
    en: 'Disclosure attribute “$1” is not an allowed value (主动公开, 依申请公开, 不予公开).',
  },
  rule_disclosure_mismatch: {
    zh: '正文标注的公开属性与表单不一致：$1。公开属性应随公文一并报批，并经《政府信息公开条例》第十七条规定的审查机制确认。',
    en: 'The body and the form give different disclosure attributes: $1.',
  },
  rule_disclosure_missing: {
    zh: '$1未标明公开属性（主动公开、依申请公开或不予公开）。依《政府信息公开条例》第十三条，公开为常态、不公开为例外；公文拟制时须明确公开属性并随公文报批（国办发〔2016〕80号）。',
    en: '$1The document has no disclosure attribute (主动公开, 依申请公开 or 不予公开).',
  },
  rule_disclosure_policy_not_public: {
    zh: '$1，依《政府信息公开条例》第二十条第（一）项应当主动公开。',
    en: '$1; Article 20(1) of the Regulation requires regulations and normative documents to be public.',
  },
  rule_disclosure_reason_missing: {
    zh: '公开属性为“$1”，但未依法说明理由（应援引《政府信息公开条例》第十四条、第十五条或第十六条规定的情形）。',
    en: 'Marked “$1” without a legal reason (Articles 14–16 of the Regulation on Open Government Information).',
  },
  rule_interpretation_copied: {
    zh: '解读材料约$1的内容照搬文件原文，疑似“文件要点摘抄”，应解释而不是重复文件。',
    en: 'About $1 of the interpretation repeats the policy verbatim; it should explain, not repeat.',
  },
  rule_interpretation_differences_missing: {
    zh: '文件$1，但解读材料没有说明新旧政策差异。',
    en: 'The policy $1, but its interpretation does not explain the differences.',
  },
  rule_interpretation_incomplete: {
    zh: '解读材料缺少：$1。解读应突出核心概念、影响范围、执行标准及注意事项、惠企利民举措及享受条件。',
    en: 'The interpretation lacks: $1.',
  },
  rule_interpretation_missing: {
    zh: '$1，须与解读材料同步审签、同步发布（三同步），但未关联解读材料。',
    en: '$1: it must be released together with its interpretation (三同步), and none is related.',
  },
  rule_interpretation_unrelated: {
    zh: '解读材料既未提到文件名称$1，也未提到其文号，请确认关联的是同一文件。',
    en: 'The interpretation names neither the policy $1 nor its document number.',
  },
  rule_personal_data_activity: {
    zh: '活动轨迹描述了具体活动内容（$1），只写场所和区域即可，避免敏感词汇。',
    en: 'The trajectory describes what the person did ($1); give only the place and area.',
  },
  rule_personal_data_address: {
    zh: '发现精确到楼栋、门牌或村组的个人住址 $1；公开时只保留到小区、村或街道。',
    en: 'Personal address $1 precise to building, house or village group; publish only down to community or street.',
  },
  rule_personal_data_bank_card: {
    zh: '发现未脱敏的银行卡号 $1（金融账户属敏感个人信息）。',
    en: 'Unmasked bank card number $1 (financial accounts are sensitive personal data).',
  },
  rule_personal_data_email: {
    zh: '发现个人电子邮箱 $1。机关的监督、信息公开邮箱不在此列。',
    en: 'Personal e-mail address $1. Office mailboxes are not affected.',
  },
  rule_personal_data_id_number: {
    zh: '发现未脱敏的公民身份号码 $1，公开前须脱敏。',
    en: 'Unmasked resident ID number $1; mask it before publishing.',
  },
  rule_personal_data_id_number_unverified: {
    zh: '疑似公民身份号码 $1（地址码和出生日期有效，但校验位不符或为旧15位号码），请核实后脱敏。',
    en: 'Possible resident ID number $1 (region and birth date fit, check digit does not, or old 15-digit form); verify and mask it.',
  },
  rule_personal_data_license_plate: {
    zh: '发现车辆号牌 $1，私家车号牌可识别个人，须脱敏。',
    en: 'Vehicle plate $1; a private car plate identifies a person, mask it.',
  },
  rule_personal_data_name: {
    zh: '发现病例、感染者或密接人员的真实姓名 $1，流调信息不得公开姓名。',
    en: 'Full name $1 of a case or contact; epidemiological releases must not publish names.',
  },
  rule_personal_data_name_in_list: {
    zh: '发现个人姓名 $1（名单、当事人或与证件号码相邻）。请确认公开姓名有依据，否则改为“王某某”。',
    en: 'Personal name $1 (in a list, as a party, or next to an identifier). Confirm there is a basis for publishing it.',
  },
  rule_personal_data_native_place: {
    zh: '流调信息写明了籍贯或户籍地（$1），一般不予公开。',
    en: 'The release gives a native place ($1), which epidemiological releases generally omit.',
  },
  rule_personal_data_passport: {
    zh: '发现护照号码 $1，须删除或脱敏。',
    en: 'Passport number $1; remove or mask it.',
  },
  rule_personal_data_phone: {
    zh: '发现未脱敏的个人电话号码 $1。机关的咨询、监督、值班电话不在此列。',
    en: 'Unmasked personal phone number $1. Office enquiry, complaint and duty lines are not affected.',
  },
  rule_personal_data_precise_time: {
    zh: '活动轨迹中的时间精确到分钟（$1），只公布大致时段即可。',
    en: 'Movement time given to the minute ($1); publish only an approximate period.',
  },
  rule_personal_data_public_vehicle_plate: {
    zh: '出租车、网约车或公交车号牌 $1：为寻找密接公布通常可以，请确认不涉及个人。',
    en: 'Taxi or bus plate $1: usually published to trace contacts; confirm it names no private person.',
  },
  rule_personal_data_sex_age: {
    zh: '流调信息写明了性别和年龄（$1），一般不予公开。',
    en: 'The release gives sex and age ($1), which epidemiological releases generally omit.',
  },
  rule_personal_data_travel_permit: {
    zh: '发现往来港澳台通行证（回乡证、台胞证）号码 $1，须删除或脱敏。',
    en: 'Hong Kong/Macao/Taiwan travel permit number $1; remove or mask it.',
  },
  rule_personal_data_workplace: {
    zh: '流调信息写明了病例的工作单位（$1），一般不公开所在单位及从事的工作。',
    en: 'The release names the employer of a case ($1); employers and jobs are generally omitted.',
  },
  rule_policy_change_undisclosed_change: {
    zh: '与旧版相比的主要变化未在解读中说明：$1',
    en: 'A key change from the previous version is not explained in the interpretation: $1',
  },
});
