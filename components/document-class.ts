import type { DocumentClass } from '@/lib/classify/classify-document';
import type { MessageKey } from '@/lib/i18n/catalog';
import { t } from './i18n';

const CLASS_KEYS: Record<DocumentClass, MessageKey> = {
  regulation: 'ui_class_regulation',
  normative: 'ui_class_normative',
  policy: 'ui_class_policy',
  interpretation: 'ui_class_interpretation',
  'no-interpretation-needed': 'ui_class_no_interpretation_needed',
};

/** A document class's name in the UI language (lib's DOCUMENT_CLASS_LABELS stay in the log). */
export function documentClassLabel(documentClass: DocumentClass): string {
  return t(CLASS_KEYS[documentClass]);
}
