import type { ComplaintDimension, EngagementDrillDown } from '@web/generated/graphql';

/**
 * The delivered messages behind a breakdown row, where the engagement list selects exactly the row's messages:
 * a campaign's (all campaign sends are business-initiated). Templates (the list keys them by name and language),
 * categories (the list has no pricing category) and numbers (the list has every business message, not only
 * business-initiated ones) have no exact list, so their rows open nothing rather than a different set.
 */
export function breakdownDrill(by: ComplaintDimension, key: string): EngagementDrillDown | null {
  if (by === 'CAMPAIGN' && key !== '') return { dimension: 'CAMPAIGN', key, status: 'delivered' };
  return null;
}
