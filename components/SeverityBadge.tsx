import './findings.css';
import { severityLabel, type Severity } from './severity';

export { SEVERITY_ORDER, severityLabel, type Severity } from './severity';

export interface SeverityBadgeProps {
  severity: Severity;
}

export function SeverityBadge({ severity }: SeverityBadgeProps) {
  return (
    <span className={`dr-badge dr-badge--${severity}`} data-severity={severity}>
      {severityLabel(severity)}
    </span>
  );
}
