import { clauseBefore } from './boundaries';

const EMAIL =
  /(?<![A-Za-z0-9._%+*-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9])/g;
/** An office's public mailbox (监督邮箱, 信息公开邮箱) is contact information, not personal data. */
const OFFICE_MAIL_CONTEXT =
  /监督|投诉|举报|咨询|受理|公开|政务|来信|办公|官方|工作|服务|联系我们|信箱|报名|发送至|发至|报送|投稿|电子版|机构/;

/** Words that make a mailbox someone's own: 你/您, 本人, 申请人… */
const PERSONAL_MAIL_CONTEXT =
  /你|您|本人|申请人|当事人|患者|病例|个人|私人|其邮箱|其电子|现住|住址|家住|身份证|通行证|护照|出生/;
/** A personal identifier nearby (a mobile or an ID number) says the row is about a person. */
const PERSONAL_NEARBY = /(?<!\d)1[3-9]\d-?\d{4}-?\d{4}(?!\d)|(?<!\d)\d{17}[\dXx](?![\dXx])/;

export interface EmailCandidate {
  start: number;
  end: number;
  value: string;
}

/** Finds personal e-mail addresses. */
export function detectEmails(text: string): EmailCandidate[] {
  const found: EmailCandidate[] = [];
  for (const m of text.matchAll(EMAIL)) {
    if (/\.gov\.cn$/i.test(m[0])) continue;
    const before = clauseBefore(text, m.index, 16);
    const around = text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60);
    const personal =
      PERSONAL_MAIL_CONTEXT.test(text.slice(Math.max(0, m.index - 40), m.index)) ||
      PERSONAL_NEARBY.test(around);
    if (!personal || OFFICE_MAIL_CONTEXT.test(before)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
  }
  return found;
}
