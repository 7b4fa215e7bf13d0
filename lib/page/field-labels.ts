/**
 * The form fields a review reads around the editor: the draft's title and the engine's
 * DraftFieldsSchema keys (lib/engine/schema.ts).
 */
export const FIELD_KEYS = [
  'title',
  'documentNumber',
  'disclosureAttribute',
  'disclosureReason',
  'column',
  'publisher',
  'indexNumber',
  'writtenDate',
] as const;
/** One of the form fields a review reads. */
export type FieldKey = (typeof FIELD_KEYS)[number];

/**
 * Labels as CMS forms show them, after cleanup (no spaces, markers, colon or 信息/文章 prefix).
 * Only whole labels match, so 副标题, 标题颜色, 发布时间 and 主题分类 are left alone.
 */
export const FIELD_LABELS: Readonly<Record<FieldKey, readonly string[]>> = {
  /** 标题; 短标题, 副标题 and 引题 are display variants, not the title the review reads. */
  title: ['标题', '主标题', '正标题', '大标题', '主题', '题目'],
  /** 发文字号 (GB/T 9704 §7.2.4); 字号 alone is a font size, so it needs 文件/公文 before it. */
  documentNumber: [
    '发文字号',
    '文号',
    '发文文号',
    '发文号',
    '发文编号',
    '文件编号',
    '文件字号',
    '公文字号',
  ],
  /** 公开属性 / 公开方式: 主动公开, 依申请公开, 不予公开. */
  disclosureAttribute: ['公开属性', '公开方式', '公开类型', '公开形式', '公开范围', '是否公开'],
  /** 不公开理由: the reason a non-public attribute needs (条例 Art. 14–16). */
  disclosureReason: [
    '不公开理由',
    '不予公开理由',
    '不公开原因',
    '不予公开原因',
    '不公开依据',
    '不予公开依据',
    '不主动公开理由',
    '非主动公开理由',
    '依申请公开理由',
    '依申请公开原因',
  ],
  /** 栏目: where on the site the document goes (频道 in some CMSs). */
  column: ['栏目', '所属栏目', '发布栏目', '栏目名称', '选择栏目', '频道', '所属频道', '发布频道'],
  /** 发布机构 / 发文机关: who issues it; 来源 is where CMSs put it for news-style pages. */
  publisher: ['发布机构', '发文机关', '发布单位', '发文单位', '发布部门', '发文机构', '来源'],
  /** 索引号 of the 政府信息公开目录. */
  indexNumber: ['索引号', '索引编号'],
  /** 成文日期 (GB/T 9704 §7.3.5); 发布日期 is a different date and is not matched. */
  writtenDate: ['成文日期', '成文时间', '发文日期', '发文时间', '印发日期'],
};

/** Words CMSs put before a label (信息标题, 文章来源, 信息公开方式) that do not change the field. */
const LABEL_PREFIXES = ['信息公开', '信息', '文章', '文件', '新闻', '稿件', '文档', '公文', '内容'];

/** Labels longer than this are sentences or help text, not a field's label. */
const MAX_LABEL_LENGTH = 20;
/** Raw texts longer than this are not normalised at all (a table cell holding the whole body). */
const MAX_RAW_LABEL_LENGTH = 200;

/** Required-field markers around a label: * ※ ★ (＊ folds to *). */
const REQUIRED_MARKS = new Set(['*', '※', '★']);
/** What may follow a label: the markers and a colon (： folds to :, ∶ is what Word users type). */
const LABEL_ENDINGS = new Set([...REQUIRED_MARKS, ':', '∶']);
/** Hints after a label: (必填), (选填), (限80字), (不超过100字). */
const LABEL_HINT = /\((?:必填|必选|选填|可选|非必填|[^()]{0,8}字)\)$/u;
/** Spaces, including the 全角空格 forms pad short labels with (标\u3000\u3000题), and zero-width marks. */
const SPACES = /[\s\u200b-\u200d\u2060\ufeff]+/gu;

const LABEL_TO_FIELD = new Map<string, FieldKey>(
  FIELD_KEYS.flatMap((key) => FIELD_LABELS[key].map((label) => [label, key] as const)),
);

/**
 * The text without the characters at either end that the tests accept. A loop, because
 * an unanchored `[…]+$` backtracks quadratically (test/lib/engine/regex-safety.test.ts).
 */
function trimWhere(
  text: string,
  isLeading: (char: string) => boolean,
  isTrailing: (char: string) => boolean,
): string {
  const chars = [...text];
  let from = 0;
  let to = chars.length;
  while (from < to && isLeading(chars[from]!)) from++;
  while (to > from && isTrailing(chars[to - 1]!)) to--;
  return chars.slice(from, to).join('');
}

/** A label without padding, markers, colon and hint, full-width folded (NFKC). */
function cleanLabel(label: string): string {
  let cleaned = label.normalize('NFKC').replace(SPACES, '');
  for (let previous = ''; previous !== cleaned;) {
    previous = cleaned;
    cleaned = trimWhere(
      cleaned,
      (char) => REQUIRED_MARKS.has(char),
      (char) => LABEL_ENDINGS.has(char),
    ).replace(LABEL_HINT, '');
  }
  return cleaned;
}

/** The field a visible label names (标题, ＊发文字号：, 信息公开方式), or null for anything else. */
export function matchFieldLabel(label: string): FieldKey | null {
  if (label.length > MAX_RAW_LABEL_LENGTH) return null;
  const cleaned = cleanLabel(label);
  if (cleaned.length === 0 || cleaned.length > MAX_LABEL_LENGTH) return null;
  const direct = LABEL_TO_FIELD.get(cleaned);
  if (direct) return direct;
  for (const prefix of LABEL_PREFIXES) {
    if (!cleaned.startsWith(prefix)) continue;
    const field = LABEL_TO_FIELD.get(cleaned.slice(prefix.length));
    if (field) return field;
  }
  return null;
}

/**
 * name/id attribute values, as lower-case words joined (docNo, doc_no → docno), including the
 * pinyin initials Chinese CMSs use (fwzh 发文字号, gkfs 公开方式, bgkly 不公开理由).
 * Only whole names match, so subtitle, titleColor and publishTime are left alone;
 * subject is not the title either (it is often 主题分类 or 主题词).
 */
export const FIELD_NAMES: Readonly<Record<FieldKey, readonly string[]>> = {
  /** title, post_title (WordPress), biaoti/wzbt/xxbt (标题); bare bt is too often a button. */
  title: ['title', 'maintitle', 'biaoti', 'wzbt', 'xxbt'],
  /** 发文字号: wenhao, fwzh, docNo; fwwh 发文文号, wjbh 文件编号. */
  documentNumber: [
    'documentnumber',
    'documentno',
    'docnumber',
    'docno',
    'docnum',
    'wenhao',
    'fwzh',
    'fwwh',
    'wjbh',
  ],
  /** 公开属性 / 公开方式: gkfs, gksx, gklx 公开类型, gkxs 公开形式. */
  disclosureAttribute: [
    'disclosure',
    'disclosureattribute',
    'disclosuretype',
    'disclosuremode',
    'opentype',
    'openmode',
    'publictype',
    'gkfs',
    'gksx',
    'gklx',
    'gkxs',
    'gongkaifangshi',
    'gongkaishuxing',
  ],
  /** 不公开理由: bgkly, bygkly 不予公开理由, bgkyy 不公开原因. */
  disclosureReason: [
    'disclosurereason',
    'nopublicreason',
    'notpublicreason',
    'nonpublicreason',
    'nodisclosurereason',
    'bgkly',
    'bygkly',
    'bgkyy',
  ],
  /** 栏目: lanmu, lm, channel, column, catalog, catid (PHPCMS). */
  column: ['column', 'channel', 'catalog', 'catid', 'lanmu', 'lm'],
  /** 发布机构: fbjg, fwjg 发文机关, fbdw 发布单位. */
  publisher: [
    'publisher',
    'issuer',
    'publishorg',
    'publishunit',
    'publishdept',
    'fbjg',
    'fwjg',
    'fbdw',
  ],
  /** 索引号: syh, indexNo. */
  indexNumber: ['indexnumber', 'indexno', 'indexcode', 'syh', 'suoyinhao'],
  /** 成文日期: cwrq, fwrq 发文日期. */
  writtenDate: ['writtendate', 'writedate', 'cwrq', 'fwrq', 'chengwenriqi'],
};

/** Words before the field's own name: namespaces (article_, info., post_) and widget prefixes (txtTitle, ddlColumn). */
const NAME_PREFIXES = new Set([
  'article',
  'info',
  'information',
  'doc',
  'document',
  'news',
  'post',
  'content',
  'xxgk',
  'form',
  'item',
  'data',
  'model',
  'entity',
  'field',
  'txt',
  'text',
  'tb',
  'ipt',
  'input',
  'sel',
  'select',
  'ddl',
  'cbo',
  'hid',
  'hidden',
]);
/** Words after the field's own name that do not change it: channelId, publisherName, titleInput. */
const NAME_SUFFIXES = new Set([
  'id',
  'ids',
  'name',
  'code',
  'value',
  'val',
  'text',
  'txt',
  'input',
  'str',
  'field',
]);

const NAME_TO_FIELD = new Map<string, FieldKey>(
  FIELD_KEYS.flatMap((key) => FIELD_NAMES[key].map((name) => [name, key] as const)),
);

const isLower = (char: string | undefined): boolean =>
  char !== undefined && char >= 'a' && char <= 'z';
const isUpper = (char: string | undefined): boolean =>
  char !== undefined && char >= 'A' && char <= 'Z';
const isDigit = (char: string | undefined): boolean =>
  char !== undefined && char >= '0' && char <= '9';

/**
 * The lower-case words of the last segment of a name: ctl00$txtTitle → txt title,
 * article[docNo][] → doc no, HTMLTitle → html title, INDEX_NO → index no.
 */
function nameWords(nameOrId: string): string[] {
  const segments = nameOrId.split(/[.[\]$:/]+/u).filter((segment) => segment.length > 0);
  const segment = segments.at(-1) ?? '';
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i]!;
    if (!isLower(char) && !isUpper(char) && !isDigit(char)) {
      if (word) words.push(word);
      word = '';
      continue;
    }
    const previous = segment[i - 1];
    const startsWord =
      isUpper(char) &&
      (isLower(previous) || isDigit(previous) || (isUpper(previous) && isLower(segment[i + 1])));
    if (startsWord && word) {
      words.push(word);
      word = '';
    }
    word += char.toLowerCase();
  }
  if (word) words.push(word);
  return words;
}

/** The field a name or id attribute names (docNo, info_title, txtTitle, lanmuId), or null. */
export function matchFieldName(nameOrId: string): FieldKey | null {
  const words = nameWords(nameOrId);
  if (words.length === 0) return null;
  let first = 0;
  while (first < words.length - 1 && NAME_PREFIXES.has(words[first]!)) first++;
  let last = words.length;
  while (last > 1 && NAME_SUFFIXES.has(words[last - 1]!)) last--;
  const candidates = [
    words,
    words.slice(first),
    words.slice(0, last),
    words.slice(first, Math.max(first + 1, last)),
  ];
  for (const candidate of candidates) {
    const field = NAME_TO_FIELD.get(candidate.join(''));
    if (field) return field;
  }
  return null;
}

/** Button texts longer than this are sentences or help text, not a button. */
const MAX_BUTTON_LENGTH = 12;

/**
 * A button that puts the draft on its way to the public: an optional 保存/确认/立即/审核通过…并,
 * the act (发布, 提交, 签发, 送审, 报送, 上报, 发表), an optional target (审核, 到网站, 文章) and
 * an optional 并关闭/并返回. 定时发布 counts (it schedules publication, so the check is due now);
 * 取消发布, 撤销发布, 发布时间 and 定时发布设置 do not fit the pattern.
 */
const PUBLISH_ZH =
  /^(?:(?:保存|确认|确定|立即|直接|马上|一键|正式|重新|定时|同步|审核通过|审批通过|审核|通过|提交|签发)并?)?(?:发布|提交|签发|送审|报送|上报|发表)(?:审核|审批|送审|到网站|至网站|到门户网站|到门户|到外网|文章|信息|稿件)?(?:并(?:关闭|返回|继续))?$/u;
/** The same in English UIs: Publish, Submit, Publish now, Save & Publish. */
const PUBLISH_EN = /^(?:save&)?(?:publish|submit)(?:now)?$/u;
/** Letters and digits; icons (emoji, icon-font glyphs), arrows and brackets around them are dropped. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const isNotWordChar = (char: string): boolean => !WORD_CHAR.test(char);
/** Raw texts longer than this are not normalised at all: no button says that much. */
const MAX_RAW_BUTTON_LENGTH = 200;

/** Whether a button's visible text, value, title or aria-label means publishing or submitting for publication. */
export function isPublishLabel(text: string): boolean {
  if (text.length > MAX_RAW_BUTTON_LENGTH) return false;
  const cleaned = trimWhere(
    text.normalize('NFKC').replace(SPACES, ''),
    isNotWordChar,
    isNotWordChar,
  ).toLowerCase();
  if (cleaned.length === 0 || [...cleaned].length > MAX_BUTTON_LENGTH) return false;
  return PUBLISH_ZH.test(cleaned) || PUBLISH_EN.test(cleaned);
}
