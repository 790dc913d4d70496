import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { conversationSessionsSelect } from './conversation-sessions.fragment';

/** One row per day with activity, and one for the whole period (day ''). */
export interface ActiveConversationsRow {
  day: string;
  conversations: number;
}

/**
 * Conversations with at least one message in the period, per day and in total (a conversation active on three
 * days counts once in the total). A conversation is the source's conversation id; without one, the thread of a
 * contact with an account is split: a customer message after {silenceSeconds} of silence, or after a
 * resolution, starts a new conversation. Seven days before the period are read so a conversation running into
 * the period is recognised as the same one. Each session is counted once however often its events were replayed.
 */
export function activeConversationsQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
WITH
    toDateTime({from:Date}, {tz:String}) AS period_start,
    toDateTime(addDays({to:Date}, 1), {tz:String}) AS period_end
SELECT
    if(grouping(activity_day) = 1, '', toString(activity_day)) AS day,
    toUInt32(uniqExact(channel, account_id, contact_id, conversation_id, session)) AS conversations
FROM
(
    SELECT
        channel, account_id, contact_id, conversation_id, session,
        groupUniqArrayIf(toDate(occurred_at, {tz:String}), is_message AND occurred_at >= period_start) AS days,
        max(type = 'message.sent' AND agent_id IN {agents:Array(String)}) AS has_agent,
        max(type = 'message.sent' AND campaign_id IN {campaigns:Array(String)}) AS has_campaign
    FROM (${conversationSessionsSelect(db, { columns: ['agent_id', 'campaign_id'], until: 'period_end' })})
    GROUP BY channel, account_id, contact_id, conversation_id, session
    HAVING notEmpty(days)
        AND (NOT {filterAgents:Bool} OR has_agent)
        AND (NOT {filterCampaigns:Bool} OR has_campaign)
)
ARRAY JOIN days AS activity_day
GROUP BY GROUPING SETS ((activity_day), ())
ORDER BY day`;
}
