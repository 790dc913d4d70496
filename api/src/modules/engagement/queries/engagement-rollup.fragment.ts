import { quoteIdentifier } from '@checkmark/schemas/warehouse';

/**
 * Reading the engagement rollups: `message_engagement` (warehouse migration 0006) has the same figures as the
 * per-message facts, pre-aggregated per UTC 15-minute bucket of a message's first sight and every dimension the
 * pages filter and group by; `message_engagement_totals` (0009) is that summed over agents and failure reasons,
 * for the Engagement page's figures when no agent filter asks for the finer one. Rollup columns are read through
 * the table alias `r` (r.sent, r.read, …) so they never resolve to a result alias of the same name.
 */

/** The rollup an Engagement figure reads. */
export type EngagementRollup = 'message_engagement' | 'message_engagement_totals';

/**
 * The rollup rows every engagement figure shares: the tenant first, the analytics filter, and the period by the
 * bucket of first sight in the tenant's time zone. A bucket is 15 minutes of UTC, so it lies wholly inside one
 * local day and hour of every zone (whole, half and quarter hour offsets, either side of a DST change): the
 * bucket's day and hour are its messages' day and hour.
 */
export const ROLLUP_WHERE = rollupWhere(true);

/** ROLLUP_WHERE for message_engagement_totals, which has no agents (read only when the filter names none). */
const TOTALS_WHERE = rollupWhere(false);

function rollupWhere(withAgents: boolean): string {
  const agents = withAgents ? '\n        AND (NOT {filterAgents:Bool} OR r.agent_id IN {agents:Array(String)})' : '';
  return `r.tenant_id = {tenant:String}
        AND (NOT {filterChannels:Bool} OR r.channel IN {channels:Array(String)})
        AND (NOT {filterAccounts:Bool} OR r.account_id IN {accounts:Array(String)})${agents}
        AND (NOT {filterCampaigns:Bool} OR r.campaign_id IN {campaigns:Array(String)})
        AND r.bucket >= toDateTime({from:Date}, {tz:String})
        AND r.bucket < toDateTime(addDays({to:Date}, 1), {tz:String})`;
}

/** `FROM <rollup> AS r WHERE <the scope's rows>` for an Engagement figure. */
export function rollupSource(database: string, rollup: EngagementRollup): string {
  const db = quoteIdentifier(database);
  return rollup === 'message_engagement'
    ? `FROM ${db}.message_engagement AS r
WHERE ${ROLLUP_WHERE}`
    : `FROM ${db}.message_engagement_totals AS r
WHERE ${TOTALS_WHERE}`;
}

/** Timed reads count only on channels with read receipts, as in the per-message rule (TIMED_READ). */
const READ_CHANNEL = 'r.channel IN {readChannels:Array(String)}';

/**
 * The figures of a set of rollup rows (StatsColumns): sums of the counts, the receipt channels' denominators,
 * exact quantiles merged from every time to read kept in the rows (quantilesExactInclusive, like
 * PERCENTILE.INC), and the mean from the exact millisecond sum.
 */
export const ROLLUP_STATS_COLUMNS = `toUInt32(sum(r.sent)) AS sent,
    toUInt32(sum(r.delivered)) AS delivered,
    toUInt32(sum(r.read)) AS read,
    toUInt32(sumIf(r.sent, r.channel IN {deliveryChannels:Array(String)})) AS sent_measured,
    toUInt32(sumIf(r.delivered, r.channel IN {deliveryChannels:Array(String)})) AS delivered_measured,
    toUInt32(sumIf(r.sent, ${READ_CHANNEL})) AS sent_read_channels,
    toUInt32(sumIf(r.delivered, ${READ_CHANNEL})) AS read_base,
    toUInt32(sumIf(r.read, ${READ_CHANNEL})) AS read_measured,
    toUInt32(sumIf(r.timed_reads, ${READ_CHANNEL})) AS timed_reads,
    quantilesExactInclusiveIfMergeIf(0.5, 0.9, 0.99)(r.ttr_values, ${READ_CHANNEL}) AS quantiles,
    sumIf(r.ttr_ms_sum, ${READ_CHANNEL}) / timed_reads / 1000 AS mean`;

/** Sums of the time-to-read histogram over timed reads on channels with read receipts, one count per bucket. */
export const ROLLUP_HISTOGRAM = `sumForEachIf(r.ttr_histogram, ${READ_CHANNEL})`;
