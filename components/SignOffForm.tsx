import { useId } from 'react';
import type { Outcome } from '@/lib/checklist/build-checklist';
import type { MessageKey } from '@/lib/i18n/catalog';
import { t } from './i18n';
import { signOffProblemText } from './sign-off-problems';

/** The outcomes in the order offered, with their names in the UI language. */
const OUTCOME_KEYS: Record<Outcome, MessageKey> = {
  approved: 'ui_outcome_approved',
  returned: 'ui_outcome_returned',
  conditional: 'ui_outcome_conditional',
};

export interface SignOffFormProps {
  outcome: Outcome | null;
  comment: string;
  problems: readonly string[];
  busy: boolean;
  onOutcome(outcome: Outcome): void;
  onComment(comment: string): void;
  onSign(): void;
}

/** The outcome (通过, 退回修改, 有条件通过), a comment, and the sign-off button. */
export function SignOffForm({
  outcome,
  comment,
  problems,
  busy,
  onOutcome,
  onComment,
  onSign,
}: SignOffFormProps) {
  const commentId = useId();
  const name = useId();
  return (
    <form
      className="sign-off"
      onSubmit={(event) => {
        event.preventDefault();
        onSign();
      }}
    >
      <fieldset>
        <legend>{t('ui_outcome_legend')}</legend>
        {(Object.keys(OUTCOME_KEYS) as Outcome[]).map((value) => (
          <label key={value} className="sign-off__option">
            <input
              type="radio"
              name={name}
              value={value}
              checked={outcome === value}
              onChange={() => onOutcome(value)}
            />
            {t(OUTCOME_KEYS[value])}
          </label>
        ))}
      </fieldset>
      <label htmlFor={commentId}>{t('ui_signoff_comment')}</label>
      <textarea
        id={commentId}
        rows={3}
        value={comment}
        onChange={(e) => onComment(e.target.value)}
      />
      {problems.length > 0 && (
        <ul className="sign-off__problems" data-testid="sign-off-problems">
          {problems.map((problem) => (
            <li key={problem}>{signOffProblemText(problem)}</li>
          ))}
        </ul>
      )}
      <button type="submit" className="primary" disabled={problems.length > 0 || busy}>
        {t('ui_signoff_submit')}
      </button>
    </form>
  );
}
