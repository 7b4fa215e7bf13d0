import { classifyDocument, type DocumentClassification } from '../classify/classify-document';
import {
  readBodyDisclosure,
  parseDisclosureValue,
  type BodyDisclosure,
  type ParsedDisclosure,
} from '../detectors/disclosure-attribute';
import { parseDocumentStructure } from '../structure/parse-document-structure';
import type { DocumentStructure } from '../structure/schema';
import type { ReviewContext } from './review-context';

/** What the document-level rules need to know about the draft, computed once per review. */
export interface DocumentFacts {
  structure: DocumentStructure;
  /** The title from the CMS form, or the one parsed from the body. */
  title: string;
  classification: DocumentClassification;
  /** 公开属性 as the body states it. */
  bodyDisclosure: BodyDisclosure[];
  /** 公开属性 as the CMS form states it; null when the form has no such field. */
  fieldDisclosure: ParsedDisclosure | null;
}

/** Reads the facts about the body of the context (memoised on the context). */
export function documentFacts(ctx: ReviewContext): DocumentFacts {
  return ctx.memo('document-facts', () => {
    const structure = parseDocumentStructure(ctx.text);
    const title = ctx.draft.title || structure.title?.text || '';
    const field = ctx.draft.fields.disclosureAttribute;
    return {
      structure,
      title,
      classification: classifyDocument({ title, text: ctx.text }),
      bodyDisclosure: readBodyDisclosure(ctx.text, structure),
      fieldDisclosure: field === undefined ? null : parseDisclosureValue(field),
    };
  });
}
