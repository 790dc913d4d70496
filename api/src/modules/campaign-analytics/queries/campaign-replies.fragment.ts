/**
 * Replies to outbound campaign messages: for each business message with a campaign id, the first customer
 * message of the same contact with the same account after it and before the next business message, when it
 * came within the window ({windowMs}, both ends included). Customer messages from `from` to `until` are read
 * (fixed SQL expressions of the calling query, as is `contactsIn`, an optional sub-select of the only contacts
 * needed); replayed copies count once.
 */
export function campaignRepliesSelect(
  db: string,
  { from, until, contactsIn }: { from: string; until: string; contactsIn?: string },
): string {
  // Only contacts who got a campaign message can reply to one (and, when given, only the contacts needed).
  const contacts =
    `contact_id IN (SELECT contact_id FROM ${db}.events WHERE tenant_id = {tenant:String} AND type = 'message.sent'` +
    ` AND campaign_id != '' AND occurred_at >= ${from} - toIntervalDay({windowDays:UInt16}) AND occurred_at < ${until})` +
    (contactsIn === undefined ? '' : ` AND contact_id IN (${contactsIn})`);
  return `
SELECT
    sent_id,
    min(sent_time) AS sent_at,
    argMin(reply_id, (reply_at, reply_id)) AS id,
    min(reply_at) AS at,
    any(channel) AS channel,
    any(account_id) AS account_id,
    any(contact_id) AS contact_id,
    any(campaign_key) AS campaign_key
FROM
(
    SELECT
        r.id AS reply_id,
        r.occurred_at AS reply_at,
        toString(r.channel) AS channel,
        toString(r.account_id) AS account_id,
        r.contact_id AS contact_id,
        s.id AS sent_id,
        s.occurred_at AS sent_time,
        toString(s.campaign_id) AS campaign_key
    FROM
    (
        SELECT id, occurred_at, channel, account_id, contact_id
        FROM ${db}.events
        WHERE tenant_id = {tenant:String}
            AND type = 'message.received'
            AND content_type NOT IN ('system', 'reaction')
            AND occurred_at >= ${from}
            AND occurred_at < ${until}
            AND contact_id != ''
            AND ${contacts}
    ) AS r
    ASOF INNER JOIN
    (
        SELECT id, occurred_at, channel, account_id, contact_id, campaign_id
        FROM ${db}.events
        WHERE tenant_id = {tenant:String}
            AND type = 'message.sent'
            AND occurred_at >= ${from} - toIntervalDay({windowDays:UInt16})
            AND occurred_at < ${until}
            AND contact_id != ''
            AND ${contacts}
    ) AS s
    ON r.channel = s.channel AND r.account_id = s.account_id AND r.contact_id = s.contact_id
        AND r.occurred_at >= s.occurred_at
    WHERE s.campaign_id != ''
        AND toUnixTimestamp64Milli(r.occurred_at) - toUnixTimestamp64Milli(s.occurred_at) <= {windowMs:Int64}
)
GROUP BY sent_id`;
}
