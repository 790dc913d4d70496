import type { ContentRuleSet } from '../content/content-rules';
import { ADULT_RULES } from './adult';
import { ALCOHOL_RULES } from './alcohol';
import { BODY_PARTS_RULES } from './body-parts';
import { COUNTERFEIT_RULES } from './counterfeit';
import { CURRENCY_RULES } from './currency';
import { DATING_RULES } from './dating';
import { DIGITAL_ACCESS_RULES } from './digital-access';
import { DIGITAL_SUBSCRIPTIONS_RULES } from './digital-subscriptions';
import { DRUGS_RULES } from './drugs';
import { ENDANGERED_SPECIES_RULES } from './endangered-species';
import { FRAUD_RULES } from './fraud';
import { GAMBLING_RULES } from './gambling';
import { HAZARDOUS_MATERIALS_RULES } from './hazardous-materials';
import { LIVE_ANIMALS_RULES } from './live-animals';
import { MEDICAL_RULES } from './medical';
import { MLM_RULES } from './mlm';
import { PAYDAY_LOANS_RULES } from './payday-loans';
import { PROMOTIONAL_RULES } from './promotional';
import { SURVEY_RULES } from './survey';
import { TOBACCO_RULES } from './tobacco';
import { UNSAFE_SUPPLEMENTS_RULES } from './unsafe-supplements';
import { WEAPONS_RULES } from './weapons';

/**
 * Version of the built-in rule data (year.month.revision). Bump it with every change to the files in this folder:
 * violations store the version that found them, and a spec fails when the data changes without a bump.
 */
export const RULE_SET_VERSION = '2026.11.3';

/** The built-in rule set: the prohibited categories of DOMAIN.md §1 in its order, then promotional and survey. */
export const BUILT_IN_RULE_SET: ContentRuleSet = {
  version: RULE_SET_VERSION,
  categories: [
    WEAPONS_RULES,
    ALCOHOL_RULES,
    TOBACCO_RULES,
    DRUGS_RULES,
    UNSAFE_SUPPLEMENTS_RULES,
    MEDICAL_RULES,
    LIVE_ANIMALS_RULES,
    ENDANGERED_SPECIES_RULES,
    ADULT_RULES,
    BODY_PARTS_RULES,
    GAMBLING_RULES,
    DATING_RULES,
    DIGITAL_SUBSCRIPTIONS_RULES,
    CURRENCY_RULES,
    PAYDAY_LOANS_RULES,
    MLM_RULES,
    HAZARDOUS_MATERIALS_RULES,
    COUNTERFEIT_RULES,
    DIGITAL_ACCESS_RULES,
    FRAUD_RULES,
    PROMOTIONAL_RULES,
    SURVEY_RULES,
  ],
};
