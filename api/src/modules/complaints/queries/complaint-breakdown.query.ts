import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { COMPLAINT_RATE_MESSAGES, complaintGroupKey } from './complaint-groups.fragment';

export interface ComplaintBreakdownRow {
  key: string;
  complaints: number;
  delivered: number;
}

/** Most groups a breakdown returns. */
export const COMPLAINT_BREAKDOWN_LIMIT = 200;

/**
 * Delivered business-initiated messages first seen in the period (tenant time zone, channels that report
 * delivery; business-initiated as the Overview's complaint rate: templates, campaign sends, template-priced
 * messages) and how many of them drew a complaint (message_outcomes.complained: the contact complained on the
 * channel within 7 days, or named the message), grouped by template name, campaign key, account id or category
 * (template category, else pricing category). Most complaints first.
 */
export function complaintBreakdownQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    ${complaintGroupKey('{by:String}')} AS key,
    toUInt32(countIf(complained)) AS complaints,
    toUInt32(count()) AS delivered
FROM ${db}.message_outcomes
WHERE tenant_id = {tenant:String}
    AND anchor >= toDateTime({from:Date}, {tz:String})
    AND anchor < toDateTime(addDays({to:Date}, 1), {tz:String})
    AND ${COMPLAINT_RATE_MESSAGES}
    AND (NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})
    AND (NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})
    AND (NOT {filterAgents:Bool} OR agent_id IN {agents:Array(String)})
    AND (NOT {filterCampaigns:Bool} OR campaign_id IN {campaigns:Array(String)})
GROUP BY key
ORDER BY complaints DESC, delivered DESC, key
LIMIT {limit:UInt32}`;
}
