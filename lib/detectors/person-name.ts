import surnames from './surnames.json';
import { isHan } from './boundaries';

const SINGLE_SURNAMES = new Set(surnames.single);
/** Surnames that are also common words (应, 楼, 党…): read only right after a cue such as 被告 or 姓名：. */
const AMBIGUOUS_SURNAMES = new Set(surnames.ambiguous);
const COMPOUND_SURNAMES = new Set(surnames.compound);

/** Characters that do not occur in a given name but often follow a surname-like character. */
const NOT_GIVEN = new Set(
  '某的了在和与及或等是为于到从自已未曾将被把对向以其该各所有无乘驾去前后区县市省镇乡村组路街号楼室司局委厅办院校店馆站场所厂队部处科社岁年日时分人名单们同亲氏男女性士先师现住居系因经族一二三四五六七八九十百千万元期次例*上下班工作务业员职办理请报告知通据按照此件本布规条款项亿米亩斤屋房面积账卡证码行政府商网点站线',
);
/** Characters that may directly follow a name inside a run of Han text (verbs, particles). */
const FOLLOWERS = new Set(
  '在于到从自已曾系是为乘驾去前往诉师住居现同与和及的等因经被将该其先又也都均不未无所今昨近这那说称拒违涉持向对把就才仍出返来进入坐搭骑参赴一二两男女家所驾途',
);
/** Two- and three-character words that start with a surname character but are not names. */
const NOT_NAMES = new Set([
  '关联',
  '关于',
  '关注',
  '关闭',
  '高风险',
  '高速',
  '高新',
  '高中',
  '高度',
  '高发',
  '高铁',
  '江苏',
  '江西',
  '安徽',
  '安全',
  '安排',
  '安置',
  '方面',
  '方舱',
  '方式',
  '方案',
  '石油',
  '金融',
  '金昌',
  '黄河',
  '常规',
  '常态',
  '万元',
  '于是',
  '甘肃',
  '甘南',
  '兰州',
  '武威',
  '张掖',
  '白银',
  '平凉',
  '宁夏',
  '云南',
  '贵州',
  '海南',
  '重庆',
  '农民',
  '农村',
  '农业',
  '华池',
  '庞大',
  '周边',
  '周末',
  '周一',
  '周二',
  '周三',
  '周四',
  '周五',
  '周六',
  '周日',
  '全部',
  '全面',
  '全员',
  '全市',
  '全县',
  '全省',
  '全国',
  '国家',
  '国内',
  '国外',
  '明确',
  '明显',
  '明天',
  '强化',
  '强调',
  '陆续',
  '严格',
  '严重',
  '邵阳',
  '余下',
  '任务',
  '任何',
  '任职',
  '程序',
  '程度',
  '苏州',
  '鲁能',
  '管控',
  '管理',
  '包括',
  '包装',
  '施工',
  '施行',
  '文件',
  '文化',
  '向前',
  '向上',
  '申请',
  '申报',
  '车辆',
  '车站',
  '车次',
  '车厢',
  '路段',
  '路口',
  '路线',
  '项目',
  '连续',
  '简称',
  '古城',
  '南京',
  '南昌',
  '南宁',
  '南方',
  '南区',
  '北京',
  '谷歌',
  '解除',
  '解读',
  '雷达',
  '华为',
  '华北',
  '华东',
  '华南',
  '应急',
  '宫颈',
  '计划',
  '齐全',
  '曾经',
  '许可',
  '许多',
  '单位',
  '单独',
  '单元',
  '时间',
  '公安',
  '公共',
  '公开',
  '公示',
  '公司',
  '公告',
  '公众',
  '景区',
  '乐园',
  '司法',
  '柏油',
  '封控',
  '封闭',
  '封存',
  '容易',
  '水平',
  '海关',
  '海外',
  '叶子',
  '常住',
  '邱县',
  '相关',
  '温度',
  '康复',
  '居民',
  '高龄',
  '信息',
  '银行',
  '平方',
  '平方米',
  '金额',
  '余额',
  '江南',
  '关键',
  '何处',
  '何时',
  '时代',
  '万人',
  '牛羊',
  '马路',
  '林业',
  '林地',
  '黄金',
  '白天',
  '白色',
  '房屋',
  '申报',
  '解决',
  '安心',
  '安装',
  '东方',
  '司机',
  '居住',
  '米粉',
  '毛巾',
  '宁县',
  '陶瓷',
  '钱款',
  '卫生',
  '卫健',
  '卫健委',
  '范围',
  '任意',
]);

export interface NameCandidate {
  start: number;
  end: number;
  value: string;
  surnameLength: number;
}

function surnameLengthAt(text: string, pos: number, allowAmbiguous = false): number {
  if (COMPOUND_SURNAMES.has(text.slice(pos, pos + 2))) return 2;
  const ch = text[pos] ?? '';
  return SINGLE_SURNAMES.has(ch) || (allowAmbiguous && AMBIGUOUS_SURNAMES.has(ch)) ? 1 : 0;
}

function isGivenName(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (!isHan(ch) || NOT_GIVEN.has(ch!)) return false;
  }
  return true;
}

function candidate(
  text: string,
  start: number,
  surnameLength: number,
  givenLength: number,
): NameCandidate | null {
  const end = start + surnameLength + givenLength;
  if (!isGivenName(text, start + surnameLength, end)) return null;
  const value = text.slice(start, end);
  if (NOT_NAMES.has(value) || NOT_NAMES.has(text.slice(start, end + 1))) return null;
  return { start, end, value, surnameLength };
}

function hanRunLength(text: string, pos: number, max: number): number {
  let n = 0;
  while (n < max && isHan(text[pos + n])) n++;
  return n;
}

/** Reads a full name starting exactly at `pos` (after a cue such as 患者 or 姓名：). */
export function readNameForward(
  text: string,
  pos: number,
  allowAmbiguous = false,
): NameCandidate | null {
  const sl = surnameLengthAt(text, pos, allowAmbiguous);
  if (sl === 0) return null;
  const run = hanRunLength(text, pos, 8);
  // A surname that is also a common word (应, 楼) must carry a two-character given name: 应建国, not 支付.
  if (sl === 1 && !SINGLE_SURNAMES.has(text[pos]!)) {
    return run === 3 || (run > 3 && FOLLOWERS.has(text[pos + 3]!))
      ? candidate(text, pos, 1, 2)
      : null;
  }
  if (run === sl + 1 || run === sl + 2) return candidate(text, pos, sl, run - sl);
  if (run < sl + 1) return null;
  if (run > sl + 2 && FOLLOWERS.has(text[pos + sl + 2]!)) {
    const two = candidate(text, pos, sl, 2);
    if (two) return two;
  }
  if (FOLLOWERS.has(text[pos + sl + 1]!)) return candidate(text, pos, sl, 1);
  return null;
}

/** Reads a full name ending exactly at `end` (before （男 or an identifier). */
export function readNameBackward(text: string, end: number): NameCandidate | null {
  let run = 0;
  while (run < 8 && isHan(text[end - run - 1])) run++;
  if (run < 2) return null;
  const attempts: Array<[number, number]> = [
    [4, 2],
    [3, 2],
    [3, 1],
    [2, 1],
  ];
  for (const [length, sl] of attempts) {
    if (length > run) continue;
    const start = end - length;
    if (surnameLengthAt(text, start) !== sl) continue;
    if (sl === 2 && !COMPOUND_SURNAMES.has(text.slice(start, start + 2))) continue;
    const found = candidate(text, start, sl, length - sl);
    if (found) return found;
  }
  return null;
}

/** Names transliterated from Uyghur, Mongolian and other languages: 阿依古丽·买买提. */
const TRANSLITERATED = /[\u4e00-\u9fff]{2,6}[·•・][\u4e00-\u9fff]{2,8}$/;

/** Reads a transliterated name with a middle dot ending at `end`, which has no surname to anchor on. */
export function readTransliteratedNameBackward(text: string, end: number): NameCandidate | null {
  const m = text.slice(Math.max(0, end - 16), end).match(TRANSLITERATED);
  if (!m) return null;
  return { start: end - m[0].length, end, value: m[0], surnameLength: m[0].search(/[·•・]/) };
}

/** Readers of a whole run of Han text as one name (list items, table cells). */
export function readNameExactly(text: string, start: number, end: number): NameCandidate | null {
  const sl = surnameLengthAt(text, start);
  const given = end - start - sl;
  if (sl === 0 || given < 1 || given > 2) return null;
  return candidate(text, start, sl, given);
}
