/**
 * Reading the per-message rollup (`message_outcomes`, warehouse migration 0007): one row per business message,
 * ordered by tenant and anchor, rebuilt together with the engagement rollup the figures come from, so a list
 * and the figure it was opened from are as of the same rebuild. Its delivered_at / read_at are the effective
 * times (read implies delivered) and error_code is '' unless the message failed.
 */

/**
 * When a business message counts for the period: the outcomes' anchor, the first time anything was reported
 * about it (sent, or delivered/read/failed when the send itself was not reported). The same rule as the
 * Overview and the template list, so their counts agree.
 */
export const FIRST_SEEN = 'anchor';

/** Time to read in seconds: read − sent (read implies delivered; delivered is not needed). Clock skew floors at 0. */
export const TIME_TO_READ = "greatest(0, dateDiff('millisecond', sent_at, read_at)) / 1000";

/** A read that has a send time, on a channel with read receipts: the messages behind every time figure. */
export const TIMED_READ = `channel IN {readChannels:Array(String)} AND read_at IS NOT NULL AND sent_at IS NOT NULL`;

/** Histogram bucket of a timed read: how many bucket edges it reached (an edge itself falls in the upper bucket). */
export const BUCKET = `arrayCount(edge -> ${TIME_TO_READ} >= edge, {bucketEdges:Array(Float64)})`;

/**
 * The group key of a message for a dimension: channel, account id, "name|language", template category or
 * campaign id ('' when the message has none).
 */
export const GROUP_KEY = `multiIf(
        {dimension:String} = 'channel', channel,
        {dimension:String} = 'account', account_id,
        {dimension:String} = 'template', if(template_name = '', '', concat(template_name, '|', template_language)),
        {dimension:String} = 'category', lower(template_category),
        campaign_id)`;

/**
 * The message_outcomes conditions every engagement list shares, as the rollup's (ROLLUP_WHERE): the tenant
 * first, the analytics filter, and the period by the day a message was first seen, in the tenant's time zone
 * (one contiguous range of the table's order). The outcomes hold business messages only (sent by the business:
 * agents, bots, campaigns, automations).
 */
export const ENGAGEMENT_MESSAGES_WHERE = `tenant_id = {tenant:String}
        AND (NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})
        AND (NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})
        AND (NOT {filterAgents:Bool} OR agent_id IN {agents:Array(String)})
        AND (NOT {filterCampaigns:Bool} OR campaign_id IN {campaigns:Array(String)})
        AND ${FIRST_SEEN} >= toDateTime({from:Date}, {tz:String})
        AND ${FIRST_SEEN} < toDateTime(addDays({to:Date}, 1), {tz:String})`;

/** One set of messages' figures as a query returns them (ROLLUP_STATS_COLUMNS). */
export interface StatsColumns {
  sent: number;
  delivered: number;
  read: number;
  /** Sent on channels with delivery receipts: the delivery rate's denominator. */
  sent_measured: number;
  delivered_measured: number;
  /** Sent on channels with read receipts: tells "not measurable" from "nothing read". */
  sent_read_channels: number;
  /** Delivered on channels with read receipts: the read rate's denominator. */
  read_base: number;
  read_measured: number;
  timed_reads: number;
  /** Median, p90, p99 in seconds; meaningless when timed_reads = 0. */
  quantiles: number[];
  mean: number | null;
}
