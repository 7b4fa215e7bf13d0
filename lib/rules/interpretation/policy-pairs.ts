import { classifyDocument, type DocumentClass } from '../../classify/classify-document';
import { documentFacts } from '../../engine/document-facts';
import type { ReviewContext } from '../../engine/review-context';
import { parseDocumentStructure } from '../../structure/parse-document-structure';

/** A policy and an interpretation that belong together, one of which is the draft. */
export interface PolicyPair {
  policyTitle: string;
  policyNumber: string | null;
  policyText: string;
  interpretationText: string;
  /** Which of the two is the draft being published. */
  draftIs: 'policy' | 'interpretation';
}

/** Classes whose publication needs a 解读 released with it. */
export const NEEDS_INTERPRETATION: ReadonlySet<DocumentClass> = new Set([
  'regulation',
  'normative',
  'policy',
]);

interface RelatedDocument {
  title: string;
  number: string | null;
  text: string;
  cls: DocumentClass;
  role: string;
}

function readRelated(ctx: ReviewContext): RelatedDocument[] {
  return ctx.memo('related-documents', () =>
    ctx.related
      .filter((r) => r.role !== 'previous' && r.role !== 'attachment')
      .map((r) => {
        const structure = parseDocumentStructure(r.text);
        const title = r.title || structure.title?.text || '';
        const cls =
          r.role === 'interpretation'
            ? 'interpretation'
            : classifyDocument({ title, text: r.text }).class;
        return {
          title,
          number: structure.documentNumber?.text ?? null,
          text: r.text,
          cls,
          role: r.role,
        };
      }),
  );
}

/** Pairs the draft with its related interpretation (a policy draft) or its policy (an interpretation draft). */
export function policyPairs(ctx: ReviewContext): PolicyPair[] {
  return ctx.memo('policy-pairs', () => {
    const facts = documentFacts(ctx);
    const related = readRelated(ctx);
    if (facts.classification.class === 'interpretation') {
      return related
        .filter((r) => r.cls !== 'interpretation' || r.role === 'policy')
        .map((r) => ({
          policyTitle: r.title,
          policyNumber: r.number,
          policyText: r.text,
          interpretationText: ctx.text,
          draftIs: 'interpretation' as const,
        }));
    }
    if (!NEEDS_INTERPRETATION.has(facts.classification.class)) return [];
    return related
      .filter((r) => r.cls === 'interpretation')
      .map((r) => ({
        policyTitle: facts.title,
        policyNumber:
          facts.structure.documentNumber?.text ?? ctx.draft.fields.documentNumber ?? null,
        policyText: ctx.text,
        interpretationText: r.text,
        draftIs: 'policy' as const,
      }));
  });
}

/** The names a policy is cited by: the 《》 part of 关于印发《X》的通知, the title without 关于…的通知,
 * and for a 政府令 (whose title is the order) the 《X》 it promulgates. */
export function citedNames(title: string, text: string): string[] {
  const names: string[] = [];
  const quoted = title.match(/[《〈]([^》〉]{2,80})[》〉]/)?.[1];
  if (quoted) names.push(quoted);
  else if (title)
    names.push(
      title.replace(/^关于(?:印发|转发|发布)?/, '').replace(/的(?:通知|决定|公告|通告|批复)$/, ''),
    );
  const promulgated = text.slice(0, 600).match(/《([^》\n]{2,60})》/)?.[1];
  if (promulgated && !names.includes(promulgated)) names.push(promulgated);
  return names.filter((n) => n.length >= 2);
}
