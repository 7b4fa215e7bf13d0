import './findings.css';

export type Severity = 'block' | 'warn' | 'info';

/** Chinese label first, English second: severity is never conveyed by colour alone. */
export const SEVERITY_LABELS: Readonly<Record<Severity, { zh: string; en: string }>> = {
  block: { zh: '阻断', en: 'block' },
  warn: { zh: '警告', en: 'warn' },
  info: { zh: '提示', en: 'info' },
};

export const SEVERITY_ORDER: readonly Severity[] = ['block', 'warn', 'info'];

export interface SeverityBadgeProps {
  severity: Severity;
}

export function SeverityBadge({ severity }: SeverityBadgeProps) {
  const label = SEVERITY_LABELS[severity];
  return (
    <span className={`dr-badge dr-badge--${severity}`} data-severity={severity}>
      {label.zh}
      <span className="dr-badge__en" lang="en">
        {label.en}
      </span>
    </span>
  );
}
