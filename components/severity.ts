import { t } from './i18n';

export type Severity = 'block' | 'warn' | 'info';

export const SEVERITY_ORDER: readonly Severity[] = ['block', 'warn', 'info'];

/** The severity's name in the UI language: severity is never conveyed by colour alone. */
export function severityLabel(severity: Severity): string {
  switch (severity) {
    case 'block':
      return t('ui_severity_block');
    case 'warn':
      return t('ui_severity_warn');
    case 'info':
      return t('ui_severity_info');
    default: {
      const never: never = severity;
      return never;
    }
  }
}
