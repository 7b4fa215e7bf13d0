import type { Rule } from '../engine/define-rule';
import classificationMark from './confidentiality/classification-mark';
import internalMarking from './confidentiality/internal-marking';
import internalMarkingReview from './confidentiality/internal-marking-review';
import disclosureConflict from './disclosure/conflict';
import disclosureInvalid from './disclosure/invalid';
import disclosureMismatch from './disclosure/mismatch';
import disclosureMissing from './disclosure/missing';
import disclosurePolicyNotPublic from './disclosure/policy-not-public';
import disclosureReasonMissing from './disclosure/reason-missing';
import interpretationCopied from './interpretation/copied';
import interpretationDifferencesMissing from './interpretation/differences-missing';
import interpretationIncomplete from './interpretation/incomplete';
import interpretationMissing from './interpretation/missing';
import interpretationUnrelated from './interpretation/unrelated';
import undisclosedChange from './policy-change/undisclosed-change';
import activity from './personal-data/activity';
import address from './personal-data/address';
import bankCard from './personal-data/bank-card';
import email from './personal-data/email';
import idNumber from './personal-data/id-number';
import idNumberUnverified from './personal-data/id-number-unverified';
import licensePlate from './personal-data/license-plate';
import name from './personal-data/name';
import nameInList from './personal-data/name-in-list';
import nativePlace from './personal-data/native-place';
import passport from './personal-data/passport';
import phone from './personal-data/phone';
import preciseTime from './personal-data/precise-time';
import publicVehiclePlate from './personal-data/public-vehicle-plate';
import sexAge from './personal-data/sex-age';
import travelPermit from './personal-data/travel-permit';
import workplace from './personal-data/workplace';

/** Every rule the engine runs, in reporting order. */
export const RULES: readonly Rule[] = [
  idNumber,
  idNumberUnverified,
  phone,
  bankCard,
  passport,
  travelPermit,
  licensePlate,
  publicVehiclePlate,
  email,
  name,
  nameInList,
  address,
  sexAge,
  nativePlace,
  workplace,
  preciseTime,
  activity,
  classificationMark,
  internalMarking,
  internalMarkingReview,
  disclosureMissing,
  disclosureInvalid,
  disclosureConflict,
  disclosureReasonMissing,
  disclosureMismatch,
  disclosurePolicyNotPublic,
  interpretationMissing,
  interpretationIncomplete,
  interpretationDifferencesMissing,
  interpretationUnrelated,
  interpretationCopied,
  undisclosedChange,
];

/** Version of the rule set, written into every review record. */
export const RULES_VERSION = '2026.11.1';
