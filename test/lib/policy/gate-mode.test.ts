import { describe, expect, it } from 'vitest';
import { DEFAULT_GATE_MODE, GATE_MODES, gateModeFrom } from '@/lib/policy/gate-mode';
import { parsePolicy } from '@/lib/policy/parse-policy';

describe('gateModeFrom (what the in-page gate reads from managed storage)', () => {
  it('takes each mode an administrator may set', () => {
    for (const mode of GATE_MODES) expect(gateModeFrom(mode)).toBe(mode);
  });

  it('falls back to reason-required for a missing or invalid value, as parsePolicy drops it', () => {
    for (const value of [undefined, null, '', 'WARN-ONLY', 'block', 1, ['warn-only'], {}]) {
      expect(gateModeFrom(value)).toBe(DEFAULT_GATE_MODE);
      expect(parsePolicy({ gateMode: value }).policy.gateMode ?? DEFAULT_GATE_MODE).toBe(
        gateModeFrom(value),
      );
    }
    expect(DEFAULT_GATE_MODE).toBe('reason-required');
  });
});
