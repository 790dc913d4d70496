import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { conversationSessionsSelect } from './conversation-sessions.fragment';

/** One row per day with answered conversations, and one for the whole period (day ''). */
export interface FirstResponseRow {
  day: string;
  answered: number;
  median_seconds: number | null;
}

/**
 * First response time of conversations whose first customer message falls in the period, by that message's day:
 * first human agent reply at or after it − the first customer message, or − the bot hand-off when a bot
 * answered first. Bot, automation, campaign and system messages never count as replies; conversations with no
 * agent reply within 7 days after the period are left out (they have no response time yet). Conversations are
 * split as in active-conversations.query.ts. With an agent filter, the first responder must be one of them.
 */
export function firstResponseQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
WITH
    toDateTime({from:Date}, {tz:String}) AS period_start,
    toDateTime(addDays({to:Date}, 1), {tz:String}) AS period_end
SELECT
    if(grouping(first_message_day) = 1, '', toString(first_message_day)) AS day,
    toUInt32(count()) AS answered,
    quantileExactInclusive(0.5)(response_seconds) AS median_seconds
FROM
(
    SELECT
        toDate(first_customer_at, {tz:String}) AS first_message_day,
        arrayFilter(r -> r.1 >= first_customer_at, agent_replies) AS replies,
        replies[1].1 AS reply_at,
        replies[1].2 AS responder,
        arrayExists(t -> t >= first_customer_at AND t < reply_at, bot_messages) AS bot_answered_first,
        arrayFilter(t -> t >= first_customer_at AND t <= reply_at, handoffs) AS handoffs_before_reply,
        if(bot_answered_first AND notEmpty(handoffs_before_reply), arrayMin(handoffs_before_reply), first_customer_at) AS clock_start,
        greatest(0, dateDiff('millisecond', clock_start, reply_at)) / 1000 AS response_seconds,
        has_campaign
    FROM
    (
        SELECT
            channel, account_id, contact_id, conversation_id, session,
            minIf(occurred_at, type = 'message.received') AS first_customer_at,
            countIf(type = 'message.received') AS customer_messages,
            arraySort(groupArrayIf((occurred_at, CAST(agent_id, 'String')), type = 'message.sent' AND sender_kind = 'agent')) AS agent_replies,
            groupArrayIf(occurred_at, type = 'message.sent' AND sender_kind = 'bot') AS bot_messages,
            groupArrayIf(occurred_at, conversation_action = 'bot_handoff') AS handoffs,
            max(type = 'message.sent' AND campaign_id IN {campaigns:Array(String)}) AS has_campaign
        FROM (${conversationSessionsSelect(db, { columns: ['sender_kind', 'agent_id', 'campaign_id', 'conversation_action'], until: 'period_end + INTERVAL 7 DAY' })})
        GROUP BY channel, account_id, contact_id, conversation_id, session
        HAVING customer_messages > 0 AND first_customer_at >= period_start AND first_customer_at < period_end
    )
    WHERE notEmpty(replies)
        AND (NOT {filterAgents:Bool} OR responder IN {agents:Array(String)})
        AND (NOT {filterCampaigns:Bool} OR has_campaign)
)
GROUP BY GROUPING SETS ((first_message_day), ())
ORDER BY day`;
}
