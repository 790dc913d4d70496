import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { TEMPLATE_MESSAGES_WHERE } from './template-scope.fragment';

/** One row per template as sent: channel, sending account, name and language. */
export interface TemplateStatsRow {
  channel: string;
  account_id: string;
  name: string;
  language: string;
  /** Category carried by the latest send ('' when none did). */
  sent_category: string;
  sent: number;
  delivered: number;
  read: number;
  failed: number;
  replied: number;
  complained: number;
  opted_out: number;
  /** Reads with a known send time, behind the median time to read. */
  timed_reads: number;
  median_time_to_read_seconds: number | null;
}

/**
 * Template messages first seen in the period, per template, sorted by sends (most first). Per-message facts come
 * from message_facts_v, so duplicate, replayed and out-of-order statuses change nothing and read implies
 * delivered. Follow-ups are looked for after each send (`first_seen_at`), within {followUpSeconds}:
 * - replied: a customer message (not a reaction or system notice) of the same contact on the same channel and
 *   account that quotes the send, or arrives before the business's next message to that contact;
 * - complained / opted out: a complaint.recorded, or a consent.updated opt_out, of the same contact on the same
 *   channel (any account: stops and blocks are per sender business); a complaint naming the message counts too.
 * Each of these is a count of template messages, so a contact complaining once after two sends counts for both.
 */
export function templateStatsQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
WITH
    sends AS
    (
        SELECT
            channel,
            account_id,
            message_id,
            contact_id,
            template_name,
            template_language,
            template_category,
            sent_at,
            effective_delivered_at,
            effective_read_at,
            failed_at,
            least(sent_at, effective_delivered_at, failed_at) AS first_seen_at
        FROM ${db}.message_facts_v
        WHERE ${TEMPLATE_MESSAGES_WHERE}
            AND (empty({search:String}) OR positionCaseInsensitiveUTF8(template_name, {search:String}) > 0)
    ),
    next_business AS
    (
        SELECT s.channel AS channel, s.account_id AS account_id, s.message_id AS message_id, min(b.at) AS next_at
        FROM sends AS s
        INNER JOIN
        (
            SELECT channel, account_id, contact_id, least(sent_at, effective_delivered_at, failed_at) AS at
            FROM ${db}.message_facts_v
            WHERE tenant_id = {tenant:String} AND contact_id IN (SELECT contact_id FROM sends)
        ) AS b ON b.channel = s.channel AND b.account_id = s.account_id AND b.contact_id = s.contact_id
        WHERE b.at > s.first_seen_at
        GROUP BY s.channel, s.account_id, s.message_id
    ),
    replies AS
    (
        SELECT DISTINCT s.channel AS channel, s.account_id AS account_id, s.message_id AS message_id
        FROM sends AS s
        INNER JOIN
        (
            SELECT channel, account_id, contact_id, occurred_at, related_message_id
            FROM ${db}.events
            WHERE tenant_id = {tenant:String}
                AND type = 'message.received'
                AND content_type NOT IN ('reaction', 'system')
                AND contact_id IN (SELECT contact_id FROM sends)
        ) AS c ON c.channel = s.channel AND c.account_id = s.account_id AND c.contact_id = s.contact_id
        LEFT JOIN next_business AS n ON n.channel = s.channel AND n.account_id = s.account_id AND n.message_id = s.message_id
        WHERE c.occurred_at > s.first_seen_at
            AND c.occurred_at <= s.first_seen_at + toIntervalSecond({followUpSeconds:UInt32})
            AND (c.related_message_id = s.message_id OR n.next_at IS NULL OR c.occurred_at < n.next_at)
    ),
    after_effects AS
    (
        SELECT
            s.channel AS channel,
            s.account_id AS account_id,
            s.message_id AS message_id,
            max(e.type = 'complaint.recorded') AS complained,
            max(e.type = 'consent.updated') AS opted_out
        FROM sends AS s
        INNER JOIN
        (
            SELECT channel, contact_id, type, occurred_at, related_message_id
            FROM ${db}.events
            WHERE tenant_id = {tenant:String}
                AND (type = 'complaint.recorded' OR (type = 'consent.updated' AND consent_action = 'opt_out'))
                AND contact_id IN (SELECT contact_id FROM sends)
        ) AS e ON e.channel = s.channel AND e.contact_id = s.contact_id
        WHERE (e.type = 'complaint.recorded' AND e.related_message_id = s.message_id)
            OR (e.occurred_at > s.first_seen_at AND e.occurred_at <= s.first_seen_at + toIntervalSecond({followUpSeconds:UInt32}))
        GROUP BY s.channel, s.account_id, s.message_id
    )
SELECT
    s.channel AS channel,
    s.account_id AS account_id,
    s.template_name AS name,
    s.template_language AS language,
    argMax(s.template_category, (s.first_seen_at, s.message_id)) AS sent_category,
    toUInt32(count()) AS sent,
    toUInt32(countIf(s.effective_delivered_at IS NOT NULL)) AS delivered,
    toUInt32(countIf(s.effective_read_at IS NOT NULL)) AS read,
    toUInt32(countIf(s.failed_at IS NOT NULL)) AS failed,
    toUInt32(countIf(r.message_id != '')) AS replied,
    toUInt32(countIf(a.complained = 1)) AS complained,
    toUInt32(countIf(a.opted_out = 1)) AS opted_out,
    toUInt32(countIf(s.effective_read_at IS NOT NULL AND s.sent_at IS NOT NULL)) AS timed_reads,
    quantileExactInclusiveIf(0.5)(
        greatest(0, dateDiff('millisecond', s.sent_at, s.effective_read_at)) / 1000,
        s.effective_read_at IS NOT NULL AND s.sent_at IS NOT NULL
    ) AS median_time_to_read_seconds
FROM sends AS s
LEFT JOIN replies AS r ON r.channel = s.channel AND r.account_id = s.account_id AND r.message_id = s.message_id
LEFT JOIN after_effects AS a ON a.channel = s.channel AND a.account_id = s.account_id AND a.message_id = s.message_id
GROUP BY s.channel, s.account_id, s.template_name, s.template_language
ORDER BY sent DESC, channel, account_id, name, language`;
}
