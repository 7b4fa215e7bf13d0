import type { Draft, Profile } from './schema';
import type { DocumentSignals } from './review-context';

/** Words of a 流调/疫情 release (RULES §1.2): they switch on the epidemiological profile. */
const EPIDEMIC_TRIGGER =
  /流调|流行病学调查|活动轨迹|行动轨迹|行程轨迹|确诊病例|无症状感染者|感染者|密切接触者|次密接|密接|阳性|核酸检测结果异常|疫情通报|疫情防控指挥部|风险区|封控|管控区|协查/g;
/** Words of a 风险区 announcement, which may name buildings and units (RULES §1.4). */
/** In a title or column these alone mark an epidemic release (关于某小区疫情防控的通报). */
const EPIDEMIC_HEADING = /疫情|流调/;
const RISK_AREA = /(?:高|中|低)风险区|封控区|管控区|防范区|风险区域|风险地区/;
const RISK_AREA_ACTION = /划定|划为|调整为|调整|解除|列为|公告|通告/;

export interface ProfileDecision {
  profile: Profile;
  evidence: string[];
  signals: DocumentSignals;
}

/** Decides the profile from title, column and body: one trigger in title or column, or two in the body. */
export function detectProfile(
  draft: Pick<Draft, 'fields'>,
  title: string,
  body: string,
): ProfileDecision {
  const heading = `${title}\n${draft.fields.column ?? ''}`;
  const headingHits = [...heading.matchAll(EPIDEMIC_TRIGGER)].map((m) => m[0]);
  const bodyHits = [...body.slice(0, 200_000).matchAll(EPIDEMIC_TRIGGER)].map((m) => m[0]);
  const headingMatch = heading.match(EPIDEMIC_HEADING);
  if (headingHits.length === 0 && headingMatch) headingHits.push(headingMatch[0]);
  const epidemic = headingHits.length > 0 || bodyHits.length >= 2;
  const evidence = [...new Set([...headingHits, ...bodyHits])].slice(0, 5);
  const all = `${heading}\n${body.slice(0, 20_000)}`;
  return {
    profile: epidemic ? 'epidemiological' : 'general',
    evidence: epidemic ? evidence : [],
    signals: { riskAreaNotice: RISK_AREA.test(all) && RISK_AREA_ACTION.test(all) },
  };
}
