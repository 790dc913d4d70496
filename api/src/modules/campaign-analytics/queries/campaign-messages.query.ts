import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { GROUP_KEY, millisBetween, TOUCH_FILTER, TOUCH_WINDOW_WITH } from './touch-window.fragment';

/** Per group, and in total (key ''). */
export interface CampaignMessagesRow {
  key: string;
  sent: number;
  replies: number;
}

/**
 * Outbound campaign messages (message.sent with a campaign id; `campaign_sends`, migration 0008) sent in the
 * period, by {dimension} (their campaign, source kind `campaign_reply`, or channel), and how many got their
 * first reply within the window.
 */
export function campaignMessagesQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
WITH ${TOUCH_WINDOW_WITH}
SELECT
    if(grouping(group_key) = 1, '', group_key) AS key,
    -- one row per campaign message in the rollup
    toUInt32(count()) AS sent,
    toUInt32(countIf(replied)) AS replies
FROM
(
    SELECT id, replied, ${GROUP_KEY} AS group_key
    FROM
    (
        SELECT
            s.id AS id,
            toString(s.channel) AS channel,
            toString(s.account_id) AS account_id,
            toString(s.campaign_id) AS campaign_key,
            'campaign_reply' AS source_kind,
            s.reply_id != ''
                AND ${millisBetween('s.sent_at', 's.replied_at')} <= {windowMs:Int64} AS replied
        FROM ${db}.campaign_sends AS s
        WHERE s.tenant_id = {tenant:String}
            AND s.sent_at >= period_start
            AND s.sent_at < period_end
    )
    WHERE ${TOUCH_FILTER}
)
GROUP BY GROUPING SETS ((group_key), ())`;
}
