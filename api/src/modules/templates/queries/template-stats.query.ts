import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { TEMPLATE_ROLLUP_WHERE } from './template-scope.fragment';

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
 * Template messages first seen in the period, per template, sorted by sends (most first), from the engagement
 * rollup (warehouse migration 0006), which is rebuilt from message_facts_v: duplicate, replayed and out-of-order
 * statuses change nothing and read implies delivered. The rollup counts the follow-ups of each send within
 * 7 days (FOLLOW_UP_SECONDS):
 * - replied: a customer message (not a reaction or system notice) of the same contact on the same channel and
 *   account that quotes the send, or arrives before the business's next message to that contact;
 * - complained / opted out: a complaint.recorded, or a consent.updated opt_out, of the same contact on the same
 *   channel (any account: stops and blocks are per sender business); a complaint naming the message counts too.
 * Each of these is a count of template messages, so a contact complaining once after two sends counts for both.
 */
export function templateStatsQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    r.channel AS channel,
    r.account_id AS account_id,
    r.template_name AS name,
    r.template_language AS language,
    argMax(r.template_category, r.last_sent) AS sent_category,
    toUInt32(sum(r.sent)) AS sent,
    toUInt32(sum(r.delivered)) AS delivered,
    toUInt32(sum(r.read)) AS read,
    toUInt32(sum(r.failed)) AS failed,
    toUInt32(sum(r.replied)) AS replied,
    toUInt32(sum(r.complained)) AS complained,
    toUInt32(sum(r.opted_out)) AS opted_out,
    toUInt32(sum(r.timed_reads)) AS timed_reads,
    arrayElement(quantilesExactInclusiveIfMerge(0.5, 0.9, 0.99)(r.ttr_values), 1) AS median_time_to_read_seconds
FROM ${db}.message_engagement AS r
WHERE ${TEMPLATE_ROLLUP_WHERE}
    AND (empty({search:String}) OR positionCaseInsensitiveUTF8(r.template_name, {search:String}) > 0)
GROUP BY channel, account_id, name, language
ORDER BY sent DESC, channel, account_id, name, language`;
}
