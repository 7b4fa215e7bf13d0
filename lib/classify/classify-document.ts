/** Document classes that decide whether a 解读 must be released with the document (三同步). */
export const DOCUMENT_CLASSES = [
  'regulation',
  'normative',
  'policy',
  'interpretation',
  'no-interpretation-needed',
] as const;
export type DocumentClass = (typeof DOCUMENT_CLASSES)[number];

/** Chinese names of the classes, for messages and the side panel. */
export const DOCUMENT_CLASS_LABELS: Record<DocumentClass, string> = {
  regulation: '规章',
  normative: '行政规范性文件',
  policy: '政策性文件',
  interpretation: '政策解读材料',
  'no-interpretation-needed': '无需解读的文件',
};

export interface DocumentClassification {
  class: DocumentClass;
  /** Why: the words and sentences that decided the class. */
  evidence: string[];
}

export interface ClassifyInput {
  title: string;
  /** Normalised body text. */
  text: string;
}

/** Titles of interpretation material: 政策解读, 答记者问, 一图读懂… */
const INTERPRETATION_TITLE =
  /解读(?!会|活动|讲座|培训|宣讲|进)|答记者问|政策问答|问答|一图读懂|图解/;
/** Question-and-answer layout (问：…答：…, 1．…？): an interpretation even under a catchy title. */
const QUESTION_ANSWER = /(?:^|\n)\s{0,4}(?:问|Q)[:：]/g;
/** Titles of documents that need no interpretation (RULES §3.2: 工作要点、会议纪要、任免、表彰…). */
const NO_NEED_TITLE =
  /工作要点|作风|党建|党风|廉政|干部|队伍建设|机关事务|内部管理|公文|保密工作|要点|会议纪要|纪要|任免|任职|免职|聘任|表彰|表扬|嘉奖|请示|报告|总结|批复|复函|讲话|致辞|简报|动态|召开|举行|调研|考察|慰问|座谈|流调|轨迹|疫情通报|确诊|病例|公示|名单|招聘|录用|中标|成交|采购|会议|培训|值班|放假|节日|活动/;
/** A 规章 is promulgated by a government order: 庆阳市人民政府令第3号. */
const GOVERNMENT_ORDER =
  /人民政府令|政府令|令\s{0,2}(?:第\s{0,2})?[\d一二三四五六七八九十百]{1,5}\s{0,2}号|第\s{0,2}\d{1,4}\s{0,2}号令/;
const REGULATION_TITLE = /办法|规定|细则|规则/;
/** 庆阳市人民政府令第5号 《X办法》已经…通过，现予公布: the order names what it promulgates. */
const PROMULGATED_NAME = /《[^》\n]{2,60}(办法|规定|细则|规则)》/;
/** Names a 行政规范性文件 takes (RULES §3.2). */
const NORMATIVE_TITLE =
  /(?:办法|规定|细则|规则|实施意见|若干措施|若干规定|决定|通告|规范|标准|管理制度)(?:[（(][^）)]{1,12}[）)])?$/;
/** Names of other policy documents (包头: 意见、措施、方案、办法、规划). */
const POLICY_TITLE =
  /(?:意见|方案|规划|措施|政策|计划|指南|办法|规定|细则)(?:（试行）|\(试行\)|（暂行）)?$/;
/** In force from a date, or for a period: repeatedly applicable (RULES §3.2). */
const EFFECT =
  /自\s{0,2}\d{4}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日起(?:施行|执行|实施)|自(?:公布|印发|发布)之日起(?:施行|执行|实施)|有效期(?:为|至)?\s{0,2}[\d一二三四五]{1,2}\s{0,2}年|有效期至/;
/** Rights and duties of citizens and companies. */
const RIGHTS =
  /应当|不得|严禁|禁止|必须|自愿|收费|免费|可以申请|补贴|补助|奖励|资助|申报条件|享受|罚款|收费标准|办理|申请人|符合条件|给予|免征|减免/g;

function firstMatch(text: string, pattern: RegExp): string | null {
  return text.match(pattern)?.[0] ?? null;
}

/** Classifies a draft for the 三同步 rule, with the evidence a reviewer can check. */
export function classifyDocument({ title, text }: ClassifyInput): DocumentClassification {
  const head = text.slice(0, 600);
  const evidence: string[] = [];
  // The title may be pushed down by a marking line; the head's short lines are read too.
  const headLines = text
    .slice(0, 300)
    .split('\n')
    .filter((l) => l.trim().length > 0 && l.length <= 60)
    .slice(0, 3);
  const interpretation = [title, ...headLines]
    .map((line) => firstMatch(line, INTERPRETATION_TITLE))
    .find(Boolean);
  if (interpretation) return { class: 'interpretation', evidence: [`标题含“${interpretation}”`] };
  const questions = [...text.slice(0, 20_000).matchAll(QUESTION_ANSWER)].length;
  if (questions >= 2) return { class: 'interpretation', evidence: [`问答体（${questions}问）`] };

  // 关于印发《X办法》的通知: the document's own name is the one in 《》.
  const inner =
    title.match(/[《〈]([^》〉]{2,60})[》〉]/)?.[1] ??
    title
      .replace(/^关于/, '')
      .replace(/的(?:通知|函|批复|复函)$/, '')
      .trim();
  const noNeed = firstMatch(inner, NO_NEED_TITLE);
  const order = firstMatch(head, GOVERNMENT_ORDER);
  const effect = firstMatch(text, EFFECT);
  const rights = [...new Set([...text.slice(0, 50_000).matchAll(RIGHTS)].map((m) => m[0]))];

  const regulationName = firstMatch(inner, REGULATION_TITLE) ?? head.match(PROMULGATED_NAME)?.[1];
  if (order && regulationName) {
    evidence.push(`以“${order}”公布`, `名称含“${regulationName}”`);
    return { class: 'regulation', evidence };
  }
  if (noNeed) return { class: 'no-interpretation-needed', evidence: [`标题含“${noNeed}”`] };
  const normativeName = firstMatch(inner, NORMATIVE_TITLE);
  if (normativeName && (effect || rights.length >= 2)) {
    evidence.push(`标题含“${normativeName}”`);
    if (effect) evidence.push(`“${effect}”`);
    if (rights.length) evidence.push(`涉及权利义务：${rights.slice(0, 4).join('、')}`);
    return { class: 'normative', evidence };
  }
  const policyName = firstMatch(inner, POLICY_TITLE);
  if (policyName && rights.length >= 2) {
    evidence.push(`标题含“${policyName}”`, `涉及权利义务：${rights.slice(0, 4).join('、')}`);
    return { class: 'policy', evidence };
  }
  return {
    class: 'no-interpretation-needed',
    evidence: policyName
      ? [`标题含“${policyName}”，但未见涉及公民、企业权利义务的内容`]
      : ['未见政策性文件的特征'],
  };
}
