import './findings.css';
import { findingMessage } from './finding-message';
import { t } from './i18n';
import { SEVERITY_ORDER, SeverityBadge, severityLabel, type Severity } from './SeverityBadge';

/**
 * What the list needs from an engine finding. Structural on purpose: pass the engine's
 * `Finding` objects straight in. `excerpt` must already be masked — this component renders it
 * verbatim and never sees the raw draft.
 */
export interface FindingItem {
  ruleId: string;
  category: string;
  kind: string;
  severity: Severity;
  start: number | null;
  end: number | null;
  message: string;
  excerpt: string;
  fix?: { masked: string };
}

export interface FindingListProps {
  findings: readonly FindingItem[];
  /** Accessible name of the list. */
  label?: string;
  /** Shown instead of the list when there are no findings. */
  emptyText?: string;
}

export function countBySeverity(findings: readonly FindingItem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { block: 0, warn: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

function sortFindings(findings: readonly FindingItem[]): FindingItem[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      (a.start ?? Number.MAX_SAFE_INTEGER) - (b.start ?? Number.MAX_SAFE_INTEGER),
  );
}

export function FindingList({
  findings,
  label = t('ui_findings_label'),
  emptyText = t('ui_findings_none'),
}: FindingListProps) {
  const counts = countBySeverity(findings);
  const summary = SEVERITY_ORDER.map((s) => `${severityLabel(s)} ${counts[s]}`).join(' · ');

  return (
    <section className="dr-findings" aria-label={label}>
      <p className="dr-findings__counts" role="status" aria-live="polite" data-testid="counts">
        {summary}
      </p>
      {findings.length === 0 ? (
        <p className="dr-findings__empty" data-testid="no-findings">
          {emptyText}
        </p>
      ) : (
        <ul className="dr-findings__list" tabIndex={0} aria-label={label}>
          {sortFindings(findings).map((finding, index) => (
            <li
              key={`${finding.ruleId}:${finding.start ?? 'doc'}:${index}`}
              className={`dr-finding dr-finding--${finding.severity}`}
              data-testid="finding"
              data-rule-id={finding.ruleId}
            >
              <div className="dr-finding__head">
                <SeverityBadge severity={finding.severity} />
                <span className="dr-finding__message">{findingMessage(finding)}</span>
              </div>
              {finding.excerpt && (
                <blockquote className="dr-finding__excerpt" data-testid="excerpt">
                  {finding.excerpt}
                </blockquote>
              )}
              {finding.fix && (
                <p className="dr-finding__fix">
                  {t('ui_findings_fix')}
                  <code>{finding.fix.masked}</code>
                </p>
              )}
              <p className="dr-finding__meta">
                {finding.category} / {finding.kind} · <code>{finding.ruleId}</code>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
