import type { DocumentStructure } from '../structure/schema';

/** The values of 公开属性 (国办发〔2016〕80号), plus the local 删减后公开 (保山). */
export const DISCLOSURE_VALUES = ['active', 'on-request', 'withheld', 'redacted'] as const;
export type DisclosureValue = (typeof DISCLOSURE_VALUES)[number];

/** How each value is written in messages. */
export const DISCLOSURE_LABELS: Record<DisclosureValue, string> = {
  active: '主动公开',
  'on-request': '依申请公开',
  withheld: '不予公开',
  redacted: '删减后公开',
};

/** A value as read: one of the allowed ones, empty, or something else (公开, 部分公开, 内部). */
export type ParsedDisclosure =
  { kind: 'value'; value: DisclosureValue } | { kind: 'empty' } | { kind: 'invalid'; raw: string };

/** Wording of each value, in a form field or an 附注 (此件公开发布). */
const VALUE_WORDING: Array<[RegExp, DisclosureValue]> = [
  [/^(?:此件)?(?:主动公开|公开发布)$/, 'active'],
  [/^(?:此件)?依申请公开$/, 'on-request'],
  [/^(?:此件)?(?:不予公开|不公开|不予以公开)$/, 'withheld'],
  [/^(?:此件)?删减后公开$/, 'redacted'],
];

/** Reads a 公开属性 value as written in a form field or the body. */
export function parseDisclosureValue(raw: string | undefined): ParsedDisclosure {
  // 不予公开（理由：…） and 依申请公开，理由…: the value is what comes before the reason.
  const value = (raw ?? '').split(/[（(,，;；]/)[0]!.replace(/[\s)）【】[\]。.:：]/g, '');
  if (value === '' || value === '请选择' || value === '--') return { kind: 'empty' };
  for (const [pattern, parsed] of VALUE_WORDING)
    if (pattern.test(value)) return { kind: 'value', value: parsed };
  return { kind: 'invalid', raw: raw!.trim() };
}

/** A 公开属性 marking found in the body. */
export interface BodyDisclosure {
  parsed: ParsedDisclosure;
  /** The marking as written (（此件公开发布）, 公开属性：主动公开). */
  text: string;
  start: number;
  end: number;
}

/** An 附注 that states the attribute: （此件公开发布）, （此件不予公开）. */
const NOTE =
  /[(（【[]\s{0,2}(此件\s{0,2}(?:公开发布|主动公开|依申请公开|不予以?公开|不公开|删减后公开))\s{0,2}(?:[,，;；][^)）】\]\n]{0,80})?[)）】\]]/g;

/** Reads the attribute the body states, from its 附注 and its 公开属性/公开方式 lines. */
export function readBodyDisclosure(text: string, structure: DocumentStructure): BodyDisclosure[] {
  const found: BodyDisclosure[] = [];
  for (const line of structure.disclosureLines) {
    found.push({
      parsed: parseDisclosureValue(line.value),
      text: text.slice(line.start, line.end),
      start: line.start,
      end: line.end,
    });
  }
  // Notes may stand anywhere after the body; read them from the text so none is missed.
  for (const m of text.matchAll(NOTE)) {
    if (found.some((f) => f.start <= m.index && m.index < f.end)) continue;
    found.push({
      parsed: parseDisclosureValue(m[1]!.replace(/\s/g, '')),
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A legal reason for not publishing: 条例 Art. 14–16 and the grounds they name (RULES §4.1 C4.4). */
const LEGAL_REASON =
  /第(?:十[四五六]|1[456])条|国家秘密|商业秘密|个人隐私|内部事务|过程性信息|行政执法案卷|工作秘密|人事管理|后勤管理|内部工作流程|国家安全|公共安全|经济安全|社会稳定|第三方合法权益/;

/** Whether a reason for withholding names a legal ground. */
export function hasLegalReason(reason: string): boolean {
  return LEGAL_REASON.test(reason);
}
