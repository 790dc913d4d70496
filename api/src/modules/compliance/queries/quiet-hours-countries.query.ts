import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { IN_RANGE, MARKETING_PURPOSE } from './message-purpose.fragment';

export interface QuietHoursCountryRow {
  contact_country: string;
}

/** The contact countries ('' = unknown) among the marketing sends of the range: which time zones to look in. */
export function quietHoursCountriesQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT DISTINCT contact_country
FROM ${db}.events
WHERE tenant_id = {tenant:String}
    AND type = 'message.sent'
    AND ${MARKETING_PURPOSE}
    AND ${IN_RANGE}
ORDER BY contact_country`;
}
