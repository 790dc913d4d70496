import type { ComplaintDimension, EngagementDrillDown } from '@web/generated/graphql';

/**
 * The messages behind a breakdown row that drew a complaint: the engagement list narrowed by the breakdown's own
 * key (complaintDimension: a template by name in any language, a category with the pricing-category fallback) and
 * status 'complained' (delivered business-initiated messages, as the row counts them), so the list is the row's
 * complaint count. The '' row (no template, campaign or category) opens too.
 */
export function breakdownDrill(by: ComplaintDimension, key: string): EngagementDrillDown {
  return { complaintDimension: by, key, status: 'complained' };
}
