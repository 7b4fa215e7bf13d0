/**
 * How strict the publish gate is when block findings remain. Kept apart from policy-schema (zod
 * and the rule registry) so the in-page content script can read the one key it needs without
 * bundling the whole engine.
 */
export const GATE_MODES = ['warn-only', 'reason-required', 'no-publish-with-block'] as const;
export type GateMode = (typeof GATE_MODES)[number];
/** The gate's mode without a policy: publishing anyway needs a written reason. */
export const DEFAULT_GATE_MODE: GateMode = 'reason-required';

/**
 * The gate mode a managed-storage value stands for. An invalid value is ignored whole, as
 * parsePolicy ignores it (the options page reports it), so the gate falls back to the default.
 */
export function gateModeFrom(value: unknown): GateMode {
  return (GATE_MODES as readonly unknown[]).includes(value)
    ? (value as GateMode)
    : DEFAULT_GATE_MODE;
}
