/**
 * Replies to outbound campaign messages that count as touches: campaign messages (rebuilt with their first reply
 * by the refreshable view `campaign_sends_mv`, migration 0008) whose first reply — the first customer message of
 * the same contact with the same account after it and before the next business message — came within the window
 * ({windowMs}, both ends included). Replies from `from` to `until` (fixed SQL expressions of the calling query,
 * as is `contactsIn`, an optional sub-select of the only contacts needed).
 */
export function campaignRepliesSelect(
  db: string,
  { from, until, contactsIn }: { from: string; until: string; contactsIn?: string },
): string {
  const contacts = contactsIn === undefined ? '' : `\n    AND s.contact_id IN (${contactsIn})`;
  return `
SELECT
    s.id AS sent_id,
    s.sent_at AS sent_at,
    s.reply_id AS id,
    s.replied_at AS at,
    toString(s.channel) AS channel,
    toString(s.account_id) AS account_id,
    s.contact_id AS contact_id,
    toString(s.campaign_id) AS campaign_key
FROM ${db}.campaign_sends AS s
WHERE s.tenant_id = {tenant:String}
    AND s.sent_at >= ${from} - toIntervalDay({windowDays:UInt16})
    AND s.sent_at < ${until}
    AND s.reply_id != ''
    AND s.replied_at >= ${from}
    AND s.replied_at < ${until}
    AND toUnixTimestamp64Milli(s.replied_at) - toUnixTimestamp64Milli(s.sent_at) <= {windowMs:Int64}${contacts}`;
}
