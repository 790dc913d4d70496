import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { complaintEventsWith } from './complaint-events.fragment';

/** One complaint; the time is epoch milliseconds as a string (64-bit), absent values ''. */
export interface ComplaintEventRow {
  id: string;
  occurred_ms: string;
  channel: string;
  account_id: string;
  contact_id: string;
  kind: string;
  reason: string;
  template_name: string;
  campaign_id: string;
  related_message_id: string;
}

/**
 * The drill-down's complaints newest first by (occurred_at, id), after the cursor when {filterAfter} is set, at
 * most {limit}. A complaint that does not name its template or campaign takes them from the message it names
 * (looked up for the page's messages only).
 */
export function complaintEventsQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
WITH ${complaintEventsWith(db)},
page AS
(
    SELECT *
    FROM selected
    WHERE NOT {filterAfter:Bool} OR (toUnixTimestamp64Milli(complaint_time), id) < ({afterMs:Int64}, {afterId:String})
    ORDER BY complaint_time DESC, id DESC
    LIMIT {limit:UInt32}
)
SELECT
    p.id AS id,
    toString(toUnixTimestamp64Milli(p.complaint_time)) AS occurred_ms,
    toString(p.complaint_channel) AS channel,
    toString(p.complaint_account) AS account_id,
    p.complaint_contact AS contact_id,
    toString(p.complaint_kind) AS kind,
    p.complaint_reason AS reason,
    toString(if(p.complaint_template != '', p.complaint_template, m.template_name)) AS template_name,
    toString(if(p.complaint_campaign != '', p.complaint_campaign, m.campaign_id)) AS campaign_id,
    p.complaint_message AS related_message_id
FROM page AS p
LEFT JOIN
(
    SELECT toString(channel) AS message_channel, message_id, any(template_name) AS template_name,
        any(campaign_id) AS campaign_id
    FROM ${db}.message_facts_v
    WHERE tenant_id = {tenant:String}
        AND message_id IN (SELECT complaint_message FROM page WHERE complaint_message != '')
    GROUP BY message_channel, message_id
) AS m ON m.message_channel = toString(p.complaint_channel) AND m.message_id = p.complaint_message
ORDER BY p.complaint_time DESC, p.id DESC`;
}
