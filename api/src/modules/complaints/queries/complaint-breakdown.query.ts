import { quoteIdentifier } from '@checkmark/schemas/warehouse';

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
    multiIf(
        {by:String} = 'TEMPLATE', template_name,
        {by:String} = 'CAMPAIGN', campaign_id,
        {by:String} = 'ACCOUNT', account_id,
        if(template_category != '', template_category, pricing_category)) AS key,
    toUInt32(countIf(complained)) AS complaints,
    toUInt32(count()) AS delivered
FROM ${db}.message_outcomes
WHERE tenant_id = {tenant:String}
    AND anchor >= toDateTime({from:Date}, {tz:String})
    AND anchor < toDateTime(addDays({to:Date}, 1), {tz:String})
    AND delivered_at IS NOT NULL
    AND channel IN {deliveryChannels:Array(String)}
    AND (is_template OR sender_kind = 'campaign' OR template_category != ''
        OR pricing_category IN ('marketing', 'marketing_lite', 'utility', 'authentication'))
    AND (NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})
    AND (NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})
    AND (NOT {filterAgents:Bool} OR agent_id IN {agents:Array(String)})
    AND (NOT {filterCampaigns:Bool} OR campaign_id IN {campaigns:Array(String)})
GROUP BY key
ORDER BY complaints DESC, delivered DESC, key
LIMIT {limit:UInt32}`;
}
