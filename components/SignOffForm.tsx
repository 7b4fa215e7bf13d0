import { useId } from 'react';
import { OUTCOME_LABELS, type Outcome } from '@/lib/checklist/build-checklist';

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
        <legend>
          审核结论 <span className="en">Outcome</span>
        </legend>
        {(Object.keys(OUTCOME_LABELS) as Outcome[]).map((value) => (
          <label key={value} className="sign-off__option">
            <input
              type="radio"
              name={name}
              value={value}
              checked={outcome === value}
              onChange={() => onOutcome(value)}
            />
            {OUTCOME_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <label htmlFor={commentId}>
        审核意见 <span className="en">Comment</span>
      </label>
      <textarea
        id={commentId}
        rows={3}
        value={comment}
        onChange={(e) => onComment(e.target.value)}
      />
      {problems.length > 0 && (
        <ul className="sign-off__problems" data-testid="sign-off-problems">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <button type="submit" className="primary" disabled={problems.length > 0 || busy}>
        签署并记入日志 <span className="en">Sign off</span>
      </button>
    </form>
  );
}
