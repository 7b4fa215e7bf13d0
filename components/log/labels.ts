import type { DocumentClass } from '@/lib/classify/classify-document';
import type { Category, Severity } from '@/lib/engine/schema';
import type { LogSource } from '@/lib/log/log-query';
import type { EntryOutcome } from '@/lib/log/review-log-entry';
import type { ChecklistState, RecordType } from '@/lib/log/review-record';
import { t } from '../i18n';

/** Visible names of the log's closed sets, through the i18n catalogue (lib/i18n/messages/log.ts). */

export function typeLabel(type: RecordType): string {
  switch (type) {
    case 'sign-off':
      return t('log_type_sign_off');
    case 'gate-decision':
      return t('log_type_gate_decision');
    case 'retention-delete':
      return t('log_type_retention_delete');
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

export function outcomeLabel(outcome: EntryOutcome): string {
  switch (outcome) {
    case 'approved':
      return t('log_outcome_approved');
    case 'returned':
      return t('log_outcome_returned');
    case 'conditional':
      return t('log_outcome_conditional');
    case 'back-to-edit':
      return t('log_outcome_back_to_edit');
    case 'publish-anyway':
      return t('log_outcome_publish_anyway');
    default: {
      const unreachable: never = outcome;
      return unreachable;
    }
  }
}

export function categoryLabel(category: Category): string {
  switch (category) {
    case 'personal-data':
      return t('log_category_personal_data');
    case 'confidentiality':
      return t('log_category_confidentiality');
    case 'disclosure':
      return t('log_category_disclosure');
    case 'interpretation':
      return t('log_category_interpretation');
    case 'policy-change':
      return t('log_category_policy_change');
    default: {
      const unreachable: never = category;
      return unreachable;
    }
  }
}

export function severityLabel(severity: Severity): string {
  switch (severity) {
    case 'block':
      return t('log_severity_block');
    case 'warn':
      return t('log_severity_warn');
    case 'info':
      return t('log_severity_info');
    default: {
      const unreachable: never = severity;
      return unreachable;
    }
  }
}

export function checklistStateLabel(state: ChecklistState): string {
  switch (state) {
    case 'passed':
      return t('log_state_passed');
    case 'failed':
      return t('log_state_failed');
    case 'waiting':
      return t('log_state_waiting');
    case 'confirmed':
      return t('log_state_confirmed');
    case 'not-applicable':
      return t('log_state_not_applicable');
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
}

export function documentClassLabel(documentClass: DocumentClass): string {
  switch (documentClass) {
    case 'regulation':
      return t('log_class_regulation');
    case 'normative':
      return t('log_class_normative');
    case 'policy':
      return t('log_class_policy');
    case 'interpretation':
      return t('log_class_interpretation');
    case 'no-interpretation-needed':
      return t('log_class_no_interpretation_needed');
    default: {
      const unreachable: never = documentClass;
      return unreachable;
    }
  }
}

/** The own log is 本机; an imported file is named by its label (file name and who exported it). */
export function sourceLabel(source: LogSource): string {
  return source.kind === 'own' ? t('log_source_own') : source.label;
}

/** Site shown without the scheme: https://www.example.gov.cn → www.example.gov.cn. */
export function siteLabel(origin: string): string {
  return origin.replace(/^https?:\/\//, '');
}
