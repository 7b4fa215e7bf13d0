import type { ReviewOptions, RuleSetting } from '../engine/review';
import type { Policy } from './policy-schema';

/** The internal-marking rule, which takes a unit's extra markings as an option. */
const INTERNAL_MARKING_RULE = 'confidentiality/internal-marking';

/** What a policy changes in a review: rules off or re-graded, a unit's markings and exemptions. */
export function policyReviewOptions(
  policy: Policy,
): Required<Pick<ReviewOptions, 'ruleSettings' | 'exemptions'>> {
  const ruleSettings: Record<string, RuleSetting> = {};
  for (const [ruleId, override] of Object.entries(policy.ruleOverrides ?? {})) {
    ruleSettings[ruleId] = override === 'off' ? { enabled: false } : { severity: override };
  }
  if (policy.extraInternalMarkings?.length) {
    ruleSettings[INTERNAL_MARKING_RULE] = {
      ...ruleSettings[INTERNAL_MARKING_RULE],
      options: { extraMarkings: policy.extraInternalMarkings },
    };
  }
  return {
    ruleSettings,
    exemptions: {
      phoneNumbers: policy.publicOfficeNumbers ?? [],
      personNames: policy.publicOfficialNames ?? [],
    },
  };
}
