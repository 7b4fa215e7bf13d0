import {
  readNameBackward,
  readNameExactly,
  readNameForward,
  readTransliteratedNameBackward,
  type NameCandidate,
} from './person-name';
import { clauseBefore, isHan } from './boundaries';

/** Cues of an epidemic case or contact: the name after them is a patient's. */
const CASE_CUE =
  /(?:确诊病例|无症状感染者|阳性感染者|阳性人员|阳性患者|感染者|患者|病例|密切接触者|次密切接触者|次密接者|次密接|密接者|密接|死者|伤者|病人)(?:\d{1,4}(?:号)?)?(?:[:,\s]|为|是|系|\(|、)*/g;
/** Cues of a named private person in other documents: 当事人, 申请人, 姓名：… */
const PERSON_CUE =
  /(?:当事人|被处罚人|违法行为人|失信被执行人|被执行人|被申请人|申请人|户主|姓名|收款人|领款人|领取人|持卡人|开户人|户名|业主|房主|承租人|租户|嫌疑人|举报人|投诉人|受害人|求助人|同住人|家属|名单|所有人|被处理人|关系人|受送达人|委托诉讼代理人|委托代理人|诉讼代理人|法定代理人|监护人|继承人|被继承人|失主|遗失人|驾驶员|车主|驾驶人|权利人|原告|被告|第三人|上诉人|被上诉人|申诉人|缴款人|借款人|购房人|承包户|受助人)(?:[:,\s)]|为|是|系)*(?:[A-Za-z ]{1,12}:\s{0,2})?/g;
/** A resident introduced by where they live: 家住大南路12号的张建国. */
const RESIDENT_OF = /(?:家住|住在|居住在|居住于)[^,。;\n]{2,30}?的/g;
/** Weak cues (居民王芳): the name must stand alone, not run into the next word. */
const RESIDENT_CUE = /(?:居民|村民|市民|亲属|群众)/g;
/** Staff acting in office: their names are contact information, not private data. */
const STAFF_CUE =
  /(?:(?<!紧急)联系人|负责人|经办人|联络员|责任人|审核人|发布人|编辑|记者|通讯员|咨询|值班|网格员|工作人员|民警|辅警|书记|主任|站长|队长)[:\s]*$/;
/** Headings that open a list of people (公示名单, 以下人员…). */
const LIST_CUE =
  /名单|名册|花名册|如下人员|以下人员|人员如下|公示如下|拟录用|拟聘用|拟表彰|获奖者|受助对象|补助对象|发放对象/g;
/** A name followed by sex and age: 王建华（男，35岁）, 李秀兰，女，56岁. */
const SEX_AFTER = /(?:[(,、]|(?<!\s)\s)\s{0,3}[男女](?:性)?(?=[,、\s)]|\d{1,3}岁)/g;
/** A line that only addresses a person, as a reply letter opens: 任建军： */
const SALUTATION = /^[ \t]*([\u4e00-\u9fff]{2,4})(?:同志|先生|女士)?:[ \t]*$/gm;
/** A document about one person's request: 关于吴国栋信访事项的处理意见. */
const ABOUT_PERSON = /关于([\u4e00-\u9fff]{2,4}?)(?:同志)?(?:信访|申请|举报|投诉|反映|提出)/g;
/** A numbered list item or table row that starts with a name: 1. 隋振海，… / |3|刘德明| / 4\t柯美兰\t女. */
const ROW_START =
  /^[ \t]{0,8}(?:\|[ \t]{0,4})?(?:\d{1,4}|[一二三四五六七八九十]{1,3})(?:[ \t]{0,4}[|.、]|[ \t]{2,8}|\t)[ \t]{0,8}(?:[\u4e00-\u9fff]{2,5}:)?[ \t]{0,4}/gm;
/** After a name: a family relation, an honorific or an act that only a private person does. */
const PERSON_AFTER =
  /[(（]?(?:父亲|母亲|儿子|女儿|之妻|之夫|妻子|丈夫|配偶|之子|之女)|\s{0,2}\((?:Father|Mother|Son|Daughter|Wife|Husband|Spouse)\)|阿婆|老人|夫妇|不慎遗失|同志在/g;
/** An identifier or its masked form: the name just before it belongs to its owner. */
const IDENTIFIER_AFTER =
  /(?<![0-9A-Za-z*])(?:\d[\d*]{6,17}[\dXx*]|1\d{2}\*{4}\d{4})(?![0-9A-Za-z])/g;
const IDENTIFIER_LABEL =
  /(?:身份证号码|身份证号|身份证|公民身份号码|证件号码|证件号|手机号码|手机号|手机|联系电话|电话|热线|传真|座机|银行卡号|卡号|账号)$/;

export interface NamedPerson extends NameCandidate {
  /** case: patient or contact in an epidemic release; person: a named private person elsewhere. */
  context: 'case' | 'person';
}

const LIST_SEPARATOR = /[、,;\s|/]/;

function isStaff(text: string, start: number): boolean {
  return STAFF_CUE.test(clauseBefore(text, start, 12));
}

function readListItems(text: string, from: number, push: (c: NameCandidate) => void): void {
  const limit = Math.min(text.length, from + 3000);
  let i = from;
  let misses = 0;
  let names = 0;
  const pending: NameCandidate[] = [];
  while (i < limit && misses < 12) {
    const ch = text[i]!;
    if (ch === '。') break;
    if (!isHan(ch)) {
      i++;
      continue;
    }
    let j = i;
    while (j < limit && isHan(text[j])) j++;
    const bounded = (i === 0 || !isHan(text[i - 1])) && (j >= text.length || !isHan(text[j]));
    const before = text[i - 1] ?? '';
    const after = text[j] ?? '';
    const separated =
      (i === from || LIST_SEPARATOR.test(before) || /\d|:/.test(before)) &&
      (j >= text.length || LIST_SEPARATOR.test(after) || /[\d(。]/.test(after));
    const found = bounded && separated ? readNameExactly(text, i, j) : null;
    if (found) {
      pending.push(found);
      names++;
      misses = 0;
    } else misses++;
    i = j;
  }
  // One name after a list heading is enough when the heading introduces it (名单：赵建平).
  if (names >= 2 || (names === 1 && /^[:\s]*$/.test(text.slice(from, pending[0]!.start))))
    pending.forEach(push);
}

/** Finds names of private persons from their context: cues, lists, sex-age and identifiers next to them. */
export function detectNamedPeople(text: string): NamedPerson[] {
  const byStart = new Map<number, NamedPerson>();
  const add = (
    c: NameCandidate | null,
    context: NamedPerson['context'],
    evenAfterStaffCue = false,
  ) => {
    if (!c || (!evenAfterStaffCue && isStaff(text, c.start))) return;
    const existing = byStart.get(c.start);
    if (existing && (existing.context === 'case' || context === 'person')) return;
    byStart.set(c.start, { ...c, context });
  };
  for (const m of text.matchAll(CASE_CUE))
    add(readNameForward(text, m.index + m[0].length), 'case');
  for (const m of text.matchAll(PERSON_CUE))
    add(readNameForward(text, m.index + m[0].length, true), 'person');
  for (const m of text.matchAll(RESIDENT_OF))
    add(readNameForward(text, m.index + m[0].length), 'person');
  for (const m of text.matchAll(RESIDENT_CUE)) {
    const at = m.index + m[0].length;
    let end = at;
    while (end - at < 5 && isHan(text[end])) end++;
    add(readNameExactly(text, at, end), 'person');
  }
  for (const m of text.matchAll(LIST_CUE))
    readListItems(text, m.index + m[0].length, (c) => add(c, 'person'));
  for (const m of text.matchAll(SEX_AFTER)) {
    add(readNameBackward(text, m.index) ?? readTransliteratedNameBackward(text, m.index), 'person');
  }
  for (const m of text.matchAll(SALUTATION)) {
    const start = m.index + m[0].indexOf(m[1]!);
    add(readNameExactly(text, start, start + m[1]!.length), 'person');
  }
  for (const m of text.matchAll(ABOUT_PERSON))
    add(readNameExactly(text, m.index + 2, m.index + 2 + m[1]!.length), 'person');
  for (const m of text.matchAll(ROW_START)) {
    const start = m.index + m[0].length;
    let end = start;
    while (end - start < 8 && (isHan(text[end]) || text[end] === '·')) end++;
    if (!/^(?:[\s|,(:]|$)/.test(text.slice(end, end + 1))) continue;
    add(readNameExactly(text, start, end), 'person');
  }
  for (const m of text.matchAll(PERSON_AFTER)) {
    const found = readNameBackward(text, m.index);
    // 王阿婆, 何师傅 are already masked; only a full three-character name counts here.
    if (found && found.value.length - found.surnameLength < 2 && !/[(（]/.test(m[0])) continue;
    // A relation after the name (联系人：郝丽娟（女儿）) marks a private person even after a staff cue.
    if (found) add(found, 'person', /父|母|儿|女|妻|夫|配偶|子|\(/.test(m[0]));
  }
  for (const m of text.matchAll(IDENTIFIER_AFTER)) {
    let end = m.index;
    while (end > 0 && /[\s:,(]/.test(text[end - 1]!)) end--;
    const label = text.slice(Math.max(0, end - 7), end).match(IDENTIFIER_LABEL);
    if (label) {
      end -= label[0].length;
      while (end > 0 && /[\s:,(]/.test(text[end - 1]!)) end--;
    }
    if (m.index - end > 12) continue;
    add(readNameBackward(text, end), 'person');
  }
  addRepeatedMentions(text, byStart);
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/** Most distinct names a document is searched for again; bounds the work on hostile input. */
const MAX_REPEATED_NAMES = 500;

/** A name found once is the same person wherever else it is written in the document. */
function addRepeatedMentions(text: string, byStart: Map<number, NamedPerson>): void {
  const byValue = new Map<string, NamedPerson>();
  for (const person of byStart.values()) {
    if (
      person.value.length >= 2 &&
      !byValue.has(person.value) &&
      byValue.size < MAX_REPEATED_NAMES
    ) {
      byValue.set(person.value, person);
    }
  }
  if (byValue.size === 0) return;
  // One scan for all names at once; names are Han characters (and ·), so they need no escaping.
  const values = [...byValue.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(
    values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
    'g',
  );
  for (const m of text.matchAll(pattern)) {
    if (byStart.has(m.index)) continue;
    const person = byValue.get(m[0])!;
    const end = m.index + m[0].length;
    // A two-character name inside a longer run of Han text is more likely part of another word.
    if (m[0].length === 2 && isHan(text[m.index - 1]) && isHan(text[end])) continue;
    byStart.set(m.index, { ...person, start: m.index, end });
  }
}
