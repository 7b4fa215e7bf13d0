import type { ChainVerification } from '@/lib/log/hash-chain';
import { t } from '../i18n';
import './log.css';

export type ChainState =
  | { status: 'checking' }
  | { status: 'done'; result: ChainVerification; ms: number }
  | { status: 'error'; message: string };

const SHOWN = 20;

/** The result of verifying the own log's hash chain: 链校验通过, or the problems found. */
export function ChainStatus({ state }: { state: ChainState }) {
  switch (state.status) {
    case 'checking':
      return (
        <p className="chain chain--checking" role="status" data-testid="chain-status">
          {t('log_chain_checking')}
        </p>
      );
    case 'error':
      return (
        <p className="chain chain--bad" role="alert" data-testid="chain-status">
          {t('log_chain_failed', state.message)}
        </p>
      );
    case 'done': {
      const { result } = state;
      if (result.ok) {
        return (
          <p className="chain chain--ok" role="status" data-testid="chain-status">
            <span aria-hidden="true">✓ </span>
            {t('log_chain_ok', result.checked)}
          </p>
        );
      }
      return (
        <div className="chain chain--bad" role="alert" data-testid="chain-status">
          <p>
            <span aria-hidden="true">⚠ </span>
            {t('log_chain_problems', result.problems.length)}
          </p>
          <ul>
            {result.problems.slice(0, SHOWN).map((problem, i) => (
              <li key={i}>{problem.message}</li>
            ))}
          </ul>
          {result.problems.length > SHOWN && (
            <p>{t('log_chain_more', result.problems.length - SHOWN)}</p>
          )}
        </div>
      );
    }
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
}
