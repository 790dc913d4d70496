/**
 * The sub-select both conversation queries read: a tenant's message and conversation events from seven days
 * before the period to `until`, each with `session` — the source's conversation id when it gives one, otherwise
 * the thread of a contact with an account split where a customer message follows {silenceSeconds} of silence or a
 * resolution. `columns` are the extra event columns the caller needs; both arguments are fixed SQL from the
 * calling query, never user input (which stays in typed parameters).
 */
export function conversationSessionsSelect(
  db: string,
  { columns, until }: { columns: string[]; until: string },
): string {
  return `
SELECT
    *,
    sum(is_start) OVER (
        PARTITION BY channel, account_id, contact_id, conversation_id
        ORDER BY occurred_at, id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS session
FROM
(
    SELECT
        *,
        toUInt8(conversation_id = '' AND is_message AND (
            last_message_at IS NULL
            OR (type = 'message.received' AND (
                dateDiff('second', last_message_at, occurred_at) >= {silenceSeconds:UInt32}
                OR last_resolved_at >= last_message_at
            ))
        )) AS is_start
    FROM
    (
        SELECT
            channel, account_id, contact_id, conversation_id, id, type, occurred_at, ${columns.join(', ')},
            type != 'conversation.updated' AS is_message,
            max(if(type != 'conversation.updated', occurred_at, NULL)) OVER previous AS last_message_at,
            max(if(conversation_action = 'resolved', occurred_at, NULL)) OVER previous AS last_resolved_at
        FROM ${db}.events
        WHERE tenant_id = {tenant:String}
            AND type IN ('message.received', 'message.sent', 'conversation.updated')
            AND occurred_at >= period_start - INTERVAL 7 DAY
            AND occurred_at < ${until}
            AND contact_id != ''
            AND NOT (type = 'message.received' AND content_type IN ('system', 'reaction'))
            AND (NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})
            AND (NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})
        WINDOW previous AS (
            PARTITION BY channel, account_id, contact_id, conversation_id
            ORDER BY occurred_at, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
        )
    )
)`;
}
