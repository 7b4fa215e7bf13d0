import { z } from 'zod';
import { DraftFieldsSchema, TargetSchema, type DraftInput } from '../engine/schema';

/** fields.json of a case: the CMS form, plus where the draft is going. */
const CaseFieldsSchema = DraftFieldsSchema.and(z.object({ target: TargetSchema.optional() }));

/** Builds the draft of a corpus case from its files' contents (draft.txt, related.txt, fields.json). */
export function draftFromCase(files: {
  draft: string;
  related?: string;
  fields?: string;
}): DraftInput {
  const parsed = files.fields ? CaseFieldsSchema.parse(JSON.parse(files.fields)) : null;
  const { target, ...fields } = parsed ?? {};
  return {
    body: { format: 'text', content: files.draft },
    ...(parsed ? { fields: fields as z.infer<typeof DraftFieldsSchema> } : {}),
    ...(target ? { target } : {}),
    related: files.related
      ? [{ role: 'related', body: { format: 'text', content: files.related } }]
      : [],
  };
}
