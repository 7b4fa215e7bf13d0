import type { DocumentFacts } from '../../engine/document-facts';
import type { DisclosureValue } from '../../detectors/disclosure-attribute';

/** The attribute that applies: the form's when it holds a valid value, else the body's first valid one. */
export function effectiveDisclosure(
  facts: DocumentFacts,
): { value: DisclosureValue; start: number | null; end: number | null } | null {
  if (facts.fieldDisclosure?.kind === 'value')
    return { value: facts.fieldDisclosure.value, start: null, end: null };
  for (const body of facts.bodyDisclosure) {
    if (body.parsed.kind === 'value')
      return { value: body.parsed.value, start: body.start, end: body.end };
  }
  return null;
}
