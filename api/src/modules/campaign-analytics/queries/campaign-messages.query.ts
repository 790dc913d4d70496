import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { campaignRepliesSelect } from './campaign-replies.fragment';
import { GROUP_KEY, TOUCH_FILTER, TOUCH_WINDOW_WITH } from './touch-window.fragment';

/** Per group, and in total (key ''). */
export interface CampaignMessagesRow {
  key: string;
  sent: number;
  replies: number;
}

/**
 * Outbound campaign messages (message.sent with a campaign id) sent in the period, by {dimension} (their
 * campaign, source kind `campaign_reply`, or channel), and how many got a reply within the window.
 */
export function campaignMessagesQuery(database: string): string {
  const db = quoteIdentifier(database);
  const replies = campaignRepliesSelect(db, {
    from: 'period_start',
    until: 'period_end + toIntervalDay({windowDays:UInt16})',
  });
  return `
WITH ${TOUCH_WINDOW_WITH}
SELECT
    if(grouping(group_key) = 1, '', group_key) AS key,
    toUInt32(uniqExact(s.id)) AS sent,
    toUInt32(uniqExactIf(s.id, r.sent_id != '')) AS replies
FROM
(
    SELECT id, ${GROUP_KEY} AS group_key
    FROM
    (
        SELECT
            id,
            toString(channel) AS channel,
            toString(account_id) AS account_id,
            toString(campaign_id) AS campaign_key,
            'campaign_reply' AS source_kind
        FROM ${db}.events
        WHERE tenant_id = {tenant:String}
            AND type = 'message.sent'
            AND campaign_id != ''
            AND occurred_at >= period_start
            AND occurred_at < period_end
    )
    WHERE ${TOUCH_FILTER}
) AS s
LEFT JOIN (SELECT sent_id FROM (${replies})) AS r ON r.sent_id = s.id
GROUP BY GROUPING SETS ((group_key), ())`;
}
