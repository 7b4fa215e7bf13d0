/**
 * Shapes of whole lines in a 公文 (密级 line, 发文机关标志, 附注, signature…). Every function takes
 * the line's folded content (see foldWidth) without surrounding spaces.
 */

const SEPARATOR_CHARS = new Set(['-', '—', '–', '─', '━', '=', '_', '*', '★', '☆', '~', '·']);
const MIN_SEPARATOR = 3;

/** Whether a line is a rule such as the red 分隔线 pasted as ———— or ────★────. */
export function isSeparatorLine(content: string): boolean {
  if (content.length < MIN_SEPARATOR) return false;
  for (const ch of content) if (ch !== ' ' && !SEPARATOR_CHARS.has(ch)) return false;
  return true;
}

const URGENCY = new Set(['特急', '加急', '特提', '平急']);
const SECRECY_PREFIXES = ['秘密', '机密', '绝密'] as const;
const INTERNAL_MARKS = new Set(['内部', '内部资料', '内部文件', '注意保存']);
const MAX_MARK_LINE = 24;
const MAX_COPY_NUMBER = 8;

function isCopyNumber(token: string): boolean {
  if (token.length === 0 || token.length > MAX_COPY_NUMBER) return false;
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** Whether a line holds only the 份号, 密级 and 紧急程度 marks (000123 秘密★1年 特急). */
export function isMarkLine(content: string): boolean {
  if (content.length === 0 || content.length > MAX_MARK_LINE) return false;
  return content
    .split(' ')
    .filter((t) => t.length > 0)
    .every(
      (t) =>
        isCopyNumber(t) ||
        URGENCY.has(t) ||
        INTERNAL_MARKS.has(t) ||
        t.includes('★') ||
        t.includes('☆') ||
        SECRECY_PREFIXES.some((p) => t.startsWith(p)),
    );
}

const MAX_EMBLEM = 40;

/** Whether a line is a 发文机关标志 (庆阳市人民政府办公室文件), not a title about 文件. */
export function isEmblemLine(content: string): boolean {
  return (
    content.length > 2 &&
    content.length <= MAX_EMBLEM &&
    content.endsWith('文件') &&
    !content.includes('关于') &&
    !content.includes('《')
  );
}

/** Labels of the metadata block a government website prints around a document. */
export const METADATA_LABELS = [
  '索引号',
  '发布机构',
  '发文机关',
  '发文单位',
  '公开属性',
  '公开方式',
  '公开类别',
  '信息公开选项',
  '主题分类',
  '组配分类',
  '体裁分类',
  '成文日期',
  '发布日期',
  '发布时间',
  '发文日期',
  '发文字号',
  '文号',
  '有效性',
  '生效日期',
  '失效日期',
  '信息来源',
  '来源',
  '作者',
  '标题',
  '名称',
  '主题词',
  '关键词',
  '浏览次数',
  '点击数',
  '责任编辑',
  '编辑',
] as const;

const MAX_LABEL_GAP = 2;

/** End of `label` + optional spaces + colon at the start of `content`, or -1. */
export function labelColonEnd(content: string, label: string): number {
  if (!content.startsWith(label)) return -1;
  let j = label.length;
  while (j < content.length && j - label.length < MAX_LABEL_GAP && content[j] === ' ') j++;
  return content[j] === ':' ? j + 1 : -1;
}

/** The metadata label a line opens with (索引号：…, 发布时间：…), or null. */
export function metadataLabel(content: string): string | null {
  for (const label of METADATA_LABELS) if (labelColonEnd(content, label) >= 0) return label;
  return null;
}

/** Whether a line is wholly in parentheses, as a 附注 or 题注 is: （此件公开发布）. */
export function isParenthesisedLine(content: string): boolean {
  const n = content.length;
  if (n < 3 || content[0] !== '(' || content[n - 1] !== ')') return false;
  let depth = 0;
  for (let i = 0; i < n; i++) {
    const ch = content[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    // The opening parenthesis must close only at the end: （一）…（略） is not one note.
    if (depth === 0 && i < n - 1) return false;
  }
  return depth === 0;
}

const TITLE_ENDINGS = [
  '通知',
  '通报',
  '决定',
  '决议',
  '意见',
  '办法',
  '规定',
  '细则',
  '方案',
  '规划',
  '计划',
  '要点',
  '批复',
  '函',
  '请示',
  '报告',
  '公告',
  '通告',
  '公报',
  '命令',
  '令',
  '议案',
  '纪要',
  '条例',
  '规则',
  '制度',
  '解读',
  '答记者问',
  '标准',
  '指南',
  '指引',
  '清单',
  '目录',
  '章程',
  '说明',
  '公示',
  '守则',
  '措施',
  '规范',
  '名单',
] as const;

/** Whether a text ends like the title of a 公文 or policy (…的通知, …办法, …政策解读). */
export function endsWithTitleWord(content: string): boolean {
  // Short titles are letter-spaced in print: 公  告, 通  知.
  const unspaced = content.split(' ').join('');
  const trimmed = unspaced.endsWith('》') ? unspaced.slice(0, -1) : unspaced;
  return TITLE_ENDINGS.some((w) => trimmed.endsWith(w));
}

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['《', '》'],
  ['(', ')'],
  ['“', '”'],
  ['〈', '〉'],
];

/** Whether a text opens a 《 or （ it does not close (a title that wraps mid-name). */
export function hasUnclosedPair(content: string): boolean {
  return PAIRS.some(([open, close]) => {
    let depth = 0;
    for (const ch of content) {
      if (ch === open) depth++;
      else if (ch === close && depth > 0) depth--;
    }
    return depth > 0;
  });
}

const SENTENCE_ENDS = new Set(['。', '!', '?']);

/** Whether a text ends a sentence (。！？). */
export function endsSentence(content: string): boolean {
  return SENTENCE_ENDS.has(content[content.length - 1] ?? '');
}

const TRAILING_PUNCTUATION = new Set(['。', ',', '，', ';', ':', '!', '?', '、']);
const CLOSING_PREFIXES = ['附件', '特此', '此复', '专此', '妥否', '当否', '以上', '请'] as const;
const MAX_SIGNATURE = 40;

/** Whether a line could be a 发文机关署名: short, unpunctuated, not a closing phrase or label. */
export function isSignatureLike(content: string): boolean {
  if (content.length < 2 || content.length > MAX_SIGNATURE) return false;
  if (TRAILING_PUNCTUATION.has(content[content.length - 1]!)) return false;
  if (content.includes(':') || content.includes('《') || content.includes('。')) return false;
  if (content[0] === '(') return false;
  return !CLOSING_PREFIXES.some((p) => content.startsWith(p));
}

const ORG_ENDINGS = [
  '府',
  '室',
  '厅',
  '会',
  '局',
  '部',
  '委',
  '院',
  '处',
  '所',
  '站',
  '办',
  '中心',
  '公司',
  '集团',
  '组',
  '校',
  '大学',
  '银行',
  '队',
  '社',
  '党组',
] as const;

/** Whether a signature-like line names an organisation (…人民政府, …办公室, …局). */
export function isOrganisationName(content: string): boolean {
  return isSignatureLike(content) && ORG_ENDINGS.some((e) => content.endsWith(e));
}

/** Whether a line is the 版记 印发 line: ends with 日印发 (庆阳市人民政府办公室 2022年5月19日印发). */
export function isPrintedByLine(content: string): boolean {
  if (!content.endsWith('印发') || content.length > 60) return false;
  let j = content.length - 2;
  while (j > 0 && content[j - 1] === ' ') j--;
  return content[j - 1] === '日';
}

const MAX_SERIAL_LINE = 20;

/** Whether a line is a bare serial such as a 公告's 〔2022〕第3号 or 第3号 (a title never ends in 号). */
export function isSerialLine(content: string): boolean {
  return content.length <= MAX_SERIAL_LINE && content.endsWith('号');
}
