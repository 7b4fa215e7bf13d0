import { clauseBefore, isHan } from './boundaries';

const NUM = '[\\d一二三四五六七八九十百]{1,4}';
/**
 * The precise tail of an address (RULES §1.4), one alternative per level:
 * building + unit + floor + room; unit + room; a standalone room; a road's 门牌号;
 * a village group with or without house number; a numbered compound (号院).
 */
const ADDRESS_TAIL = new RegExp(
  // The lookahead lets the engine skip quickly to characters an address tail can start with.
  '(?=[\\d一二三四五六七八九十百路街巷道胡里弄村])(?:' +
    [
      `${NUM}(?:号楼|栋|幢|座)(?:-?${NUM}单元)?(?:-?${NUM}(?:层|楼))?(?:-?\\d{1,4}(?:室|户|号房|号)?)?`,
      `${NUM}单元(?:-?${NUM}(?:层|楼))?(?:-?\\d{1,4}(?:室|户|号房|号)?)?`,
      `\\d{3,4}(?:室|号房|房间)`,
      `(?:路|街|巷|道|胡同|里|弄)${NUM}(?:号|弄)(?:院|楼)?(?:${NUM}号)?`,
      `村${NUM}(?:组|社|队)(?:${NUM}号)?`,
      `${NUM}(?:组|社|队)${NUM}号`,
      `${NUM}号院`,
      // 3-2-501: building-unit-room in hyphens (a date has a four-digit year, so it never fits).
      `(?<![\\d-])\\d{1,3}-\\d{1,2}-\\d{3,4}(?![\\d-])`,
      // 168号3-2-501, 118号附2号12-3: building-unit-room written with hyphens after a house number.
      `\\d{1,5}号(?:附\\d{1,3}号)?\\d{1,3}-\\d{1,4}(?:-\\d{2,4})?`,
    ].join('|') +
    ')',
  'g',
);

/** Words that introduce where a person lives (住址, 家住, 居住于…). */
const RESIDENCE_CUE =
  /(?:家庭住址|家庭地址|户籍地址|现住址|居住地址|送达地址|送达地点|住址|住所|居住地|居住于|居住在|居住|家住|住在|住于|暂住|租住|寄住|现住|住(?![宿院房建户所]))[:为是在于]?$/;
/** Words that tie a building to a person (病例居住的楼栋, 其所在单元). */
const PERSON_CUE = /病例|患者|感染者|密接|确诊|阳性|当事人|户主|本人|家属|其家|该人|申请人/;
/** Sex with age or a mobile in the same clause: the row is about one person, so the place is a home. */
const PERSON_ROW = /[男女](?:性)?[,、/\s]{0,3}\d{1,3}岁|1[3-9]\d{9}(?!\d)/;
/** A home named after the address: 粮道街88号2栋4楼住宅. */
const HOME_AFTER = /^.{0,3}(?:住宅|家中|住所|居所|家里)/;
/** An organisation right before the address (执法队（东坡路8号）): its office, not a home. */
const ORGANISATION_BEFORE =
  /(?:队|局|委|办|院|中心|所|站|处|科|公司|大厦|单位|机关|政府|集团|银行)[(:]?\s{0,2}$/;
/** A registered seat of a company (公司，住所地：…). */
const COMPANY = /公司|企业|有限|单位|机构|商行|合作社|个体工商户|法定代表人|统一社会信用代码/;
/** Venues and offices: their addresses are published on purpose (场所, 办公地址). */
const VENUE =
  /办公|受理|窗口|地点|大厅|会议|政务|服务中心|中心|局|委|办公室|医院|卫生院|诊所|药店|学校|中学|小学|幼儿园|酒店|宾馆|饭店|餐厅|超市|商场|市场|公司|大厦|广场|银行|政府|法院|检察院|派出所|车站|机场|营业厅|门诊|核酸|采样|检测点|网点/;
/** Words at the start of a walked-back phrase that are not part of the address. */
const LEADING_VERB =
  /^(?:到访|前往|途经|位于|居住于|居住在|家住|住在|住于|现住|暂住|住址|住|在|于|到|至|从|去|是|为|系|现|及|和|与)/;

export type AddressLevel = 'room' | 'building' | 'door' | 'group';

/** How the text ties the place to a person: a home (住址, 家住, a person's row), a person nearby, or nothing. */
export type AddressTie = 'home' | 'person' | 'none';

export interface AddressCandidate {
  start: number;
  end: number;
  value: string;
  level: AddressLevel;
  tie: AddressTie;
}

function levelOf(tail: string): AddressLevel {
  if (
    /室|户|号房|房间/.test(tail) ||
    /(?:号楼|栋|幢|座|单元)-?[\d一二三四五六七八九十]+(?:层|楼)?-?\d{1,4}号?$/.test(tail)
  ) {
    return 'room';
  }
  if (/-/.test(tail)) return 'room';
  if (/组|社|队/.test(tail)) return /号$/.test(tail) ? 'room' : 'group';
  if (/号楼|栋|幢|座|单元/.test(tail)) return 'building';
  return 'door';
}

function trimSeparatorsEnd(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s,:]/.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

function isAddressChar(ch: string | undefined): boolean {
  return ch !== undefined && (isHan(ch) || /[0-9A-Za-z-]/.test(ch));
}

/** Merges tails that belong to one address (路12号院 + 3号楼2单元502室). */
function mergeTails(text: string): Array<{ start: number; end: number; tails: string[] }> {
  const groups: Array<{ start: number; end: number; tails: string[] }> = [];
  for (const m of text.matchAll(ADDRESS_TAIL)) {
    const start = m.index;
    const end = start + m[0].length;
    const last = groups[groups.length - 1];
    const gap = last ? text.slice(last.end, start) : '';
    if (last && start - last.end <= 8 && [...gap].every(isAddressChar) && !VENUE.test(gap)) {
      last.end = end;
      last.tails.push(m[0]);
    } else {
      groups.push({ start, end, tails: [m[0]] });
    }
  }
  return groups;
}

/** Finds addresses precise below community/village level, with how precise and whether a home. */
export function detectAddresses(text: string): AddressCandidate[] {
  const found: AddressCandidate[] = [];
  for (const group of mergeTails(text)) {
    let start = group.start;
    while (start > 0 && group.start - start < 30 && isAddressChar(text[start - 1])) start--;
    const before = clauseBefore(text, group.start, 40);
    // The address starts after the cue that introduces it, when there is one.
    const phraseLead = text.slice(start, group.start);
    let residence = false;
    for (let cut = phraseLead.length; cut >= 0; cut--) {
      if (RESIDENCE_CUE.test(phraseLead.slice(0, cut))) {
        start += cut;
        residence = true;
        break;
      }
    }
    if (!residence)
      residence = RESIDENCE_CUE.test(
        trimSeparatorsEnd(before.slice(0, before.length - phraseLead.length)),
      );
    const lead = text.slice(start, group.start).match(LEADING_VERB);
    if (lead) start += lead[0].length;
    const value = text.slice(start, group.end);
    const levels = group.tails.map(levelOf);
    const level: AddressLevel = levels.includes('room')
      ? 'room'
      : levels.includes('group')
        ? 'group'
        : levels.includes('building')
          ? 'building'
          : 'door';
    if (
      residence &&
      /住所地?$/.test(trimSeparatorsEnd(text.slice(Math.max(0, start - 8), start))) &&
      COMPANY.test(text.slice(Math.max(0, start - 150), start))
    ) {
      residence = false;
    }
    const home =
      residence || PERSON_ROW.test(before) || HOME_AFTER.test(text.slice(group.end, group.end + 6));
    if (
      !home &&
      (VENUE.test(value) || ORGANISATION_BEFORE.test(text.slice(Math.max(0, start - 12), start)))
    )
      continue;
    const tie: AddressTie = home ? 'home' : PERSON_CUE.test(before) ? 'person' : 'none';
    found.push({ start, end: group.end, value, level, tie });
  }
  return found;
}
