import { TOKEN_END, TOKEN_START, clauseBefore } from './boundaries';

/** Mobile prefixes allocated by MIIT up to 2019-12 (RULES §2.2), with optional +86/0086. */
const MOBILE = new RegExp(
  `${TOKEN_START}(?:(?:\\+|00)?86-?)?1(?:3\\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\\d|9[0-35-9])\\d{8}${TOKEN_END}`,
  'g',
);
/** Landlines: area code 0XX/0XXX (optionally in brackets) and a 7–8 digit local number. */
const LANDLINE = new RegExp(
  `${TOKEN_START}(?:\\(0\\d{2,3}\\)|0\\d{2,3})-?[2-9]\\d{6,7}${TOKEN_END}`,
  'g',
);

/** Labels of an office's public numbers (条例 Art. 20(二) requires publishing them). */
export const OFFICE_PHONE_CONTEXT =
  /咨询|监督|举报|投诉|值班|办公|服务|热线|受理|传真|客服|预约|报名|报备|求助|救援|急救|24小时|政务|办事|窗口|信访/;
/** Words that tie a number to a private person. */
const PERSONAL_CONTEXT =
  /病例|患者|感染者|密接|密切接触|家属|本人|当事人|申请人|被处罚人|户主|住宅|家庭|家中|个人|手机|其电话|其联系|联系方式为/;

export interface PhoneCandidate {
  start: number;
  end: number;
  value: string;
  type: 'mobile' | 'landline';
}

/** Finds personal phone numbers: mobiles unless labelled as an office line; landlines only when tied to a person. */
export function detectPhones(text: string): PhoneCandidate[] {
  const found: PhoneCandidate[] = [];
  for (const m of text.matchAll(MOBILE)) {
    const before = clauseBefore(text, m.index, 16);
    if (OFFICE_PHONE_CONTEXT.test(before) && !PERSONAL_CONTEXT.test(before)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, value: m[0], type: 'mobile' });
  }
  for (const m of text.matchAll(LANDLINE)) {
    const before = clauseBefore(text, m.index, 24);
    if (!PERSONAL_CONTEXT.test(before) || OFFICE_PHONE_CONTEXT.test(before)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, value: m[0], type: 'landline' });
  }
  return found.sort((a, b) => a.start - b.start);
}
