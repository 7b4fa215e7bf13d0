import { TOKEN_END, TOKEN_START, clauseBefore } from './boundaries';

const CARD = new RegExp(`${TOKEN_START}\\d{16,19}${TOKEN_END}`, 'g');
/** Words that say a number is an account or card. */
const CARD_CONTEXT =
  /卡号|账号|帐号|银行|开户|账户|帐户|银联|储蓄|信用卡|借记卡|社保卡|工资卡|存折|一卡通|收款/;
/** Words that say a long number is something else: orders, waybills, document indexes. */
const NOT_CARD_CONTEXT =
  /订单|单号|流水号|编号|索引号|信用代码|税号|批次|合同号|条码|快递|运单|证书号|准考证|学号/;

/** Luhn (ISO/IEC 7812) check, the last digit of every bank card. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export interface CardCandidate {
  start: number;
  end: number;
  value: string;
}

/** Finds bank card numbers: 16–19 digits passing Luhn, 银联-prefixed or in account context. */
export function detectBankCards(
  text: string,
  claimed: (start: number) => boolean,
): CardCandidate[] {
  const found: CardCandidate[] = [];
  for (const m of text.matchAll(CARD)) {
    if (claimed(m.index) || !passesLuhn(m[0])) continue;
    const before = clauseBefore(text, m.index, 20);
    if (NOT_CARD_CONTEXT.test(before)) continue;
    if (!m[0].startsWith('62') && !CARD_CONTEXT.test(before)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
  }
  return found;
}
