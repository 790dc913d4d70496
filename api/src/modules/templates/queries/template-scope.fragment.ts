import { ROLLUP_WHERE } from '../../engagement/queries/engagement-rollup.fragment';

/**
 * The rollup rows (message_engagement, alias `r`) every template figure shares: the engagement rows of the
 * period and analytics filter (first sight in the tenant's time zone, the same rule as the Overview, so counts
 * agree), template messages only.
 */
export const TEMPLATE_ROLLUP_WHERE = `${ROLLUP_WHERE}
        AND r.is_template AND r.template_name != ''`;
