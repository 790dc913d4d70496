import { quoteIdentifier } from '@checkmark/schemas/warehouse';

/** Unique customers an account reached with business-initiated messages in the 7 days up to now. */
export interface BusinessInitiatedReachRow {
  channel: string;
  account_id: string;
  /** Moving 24 h: sent in (now − 24 h, now]. */
  reached_24h: number;
  /** Sent in (now − 7 days, now]. */
  reached_7d: number;
  /** Unique customers per 24-hour slice of those 7 days, oldest first; the last one is the moving 24 h. */
  daily: number[];
}

/** The same figures for a business portfolio: customers counted once however many of its numbers reached them. */
export interface PortfolioReachRow {
  portfolio_id: string;
  reached_24h: number;
  reached_7d: number;
  daily: number[];
}

const DAY_MS = 86_400_000;

/** Both at once (no account filter): per account (part 'account') and per portfolio (part 'portfolio'). */
export interface CombinedReachRow extends BusinessInitiatedReachRow {
  part: 'account' | 'portfolio';
  /** '' on account rows, and on the portfolio row of the numbers without a portfolio. */
  portfolio_id: string;
}

/** The portfolio of a send's account: only the tier channel's accounts ({tierChannel}) have one. */
const PORTFOLIO = `if(s.channel = {tierChannel:String},
        transform(s.account_id, {portfolioAccounts:Array(String)}, {portfolioIds:Array(String)}, ''), '')`;

/**
 * The group columns per account, per portfolio ({portfolioAccounts} → {portfolioIds}, parallel arrays), or both in
 * one read of the sends (GROUPING SETS).
 */
const GROUPS = {
  account: {
    select: 's.channel AS channel, s.account_id AS account_id',
    by: 's.channel, s.account_id',
    order: 's.channel, s.account_id',
  },
  portfolio: { select: `${PORTFOLIO} AS portfolio_id`, by: 'portfolio_id', order: 'portfolio_id' },
  both: {
    select: `if(grouping(portfolio_id) = 0, 'portfolio', 'account') AS part,
    s.channel AS channel,
    s.account_id AS account_id,
    ${PORTFOLIO} AS portfolio_id`,
    by: 'GROUPING SETS ((s.channel, s.account_id), (portfolio_id))',
    order: 'part, channel, account_id, portfolio_id',
  },
} as const;

/**
 * Business-initiated = a template, or any other message sent outside the customer-service window (no message
 * from that customer to that account in the 24 h before the send; DOMAIN.md §1). The window is found with an ASOF
 * join to the customer's latest earlier message; a send without one joins the epoch and counts as outside.
 * Both reads go by the events sorting key (tenant, type, date). Customers are counted once however often they
 * were messaged and whatever the replays. Per portfolio alone, the caller narrows the accounts to the portfolios'
 * numbers; both at once is for an unfiltered list, where every number is read anyway.
 */
export function businessInitiatedReachQuery(database: string, per: keyof typeof GROUPS = 'account'): string {
  const db = quoteIdentifier(database);
  const group = GROUPS[per];
  const slices = Array.from({ length: 7 }, (_, i) => `uniqExactIf(s.contact_id, s.slice = ${6 - i})`).join(', ');
  return `
WITH
    fromUnixTimestamp64Milli({nowMs:Int64}, 'UTC') AS now_at,
    fromUnixTimestamp64Milli({nowMs:Int64} - ${7 * DAY_MS}, 'UTC') AS window_start,
    fromUnixTimestamp64Milli({nowMs:Int64} - ${8 * DAY_MS}, 'UTC') AS received_start
SELECT
    ${group.select},
    uniqExactIf(s.contact_id, s.slice = 0) AS reached_24h,
    uniqExact(s.contact_id) AS reached_7d,
    [${slices}] AS daily
FROM
(
    SELECT
        channel,
        account_id,
        contact_id,
        occurred_at AS sent_at,
        is_template,
        intDiv({nowMs:Int64} - toUnixTimestamp64Milli(occurred_at), ${DAY_MS}) AS slice
    FROM ${db}.events
    WHERE tenant_id = {tenant:String}
        AND type = 'message.sent'
        AND toDate(occurred_at) BETWEEN toDate(window_start) AND toDate(now_at)
        AND occurred_at > window_start
        AND occurred_at <= now_at
        AND contact_id != ''
        AND (NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})
        AND (NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})
) AS s
ASOF LEFT JOIN
(
    SELECT channel, account_id, contact_id, occurred_at AS received_at
    FROM ${db}.events
    WHERE tenant_id = {tenant:String}
        AND type = 'message.received'
        AND toDate(occurred_at) BETWEEN toDate(received_start) AND toDate(now_at)
        AND occurred_at > received_start
        AND occurred_at <= now_at
        AND (NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})
        AND (NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})
) AS r
ON s.channel = r.channel AND s.account_id = r.account_id AND s.contact_id = r.contact_id AND s.sent_at >= r.received_at
WHERE s.is_template
    OR ifNull(toUnixTimestamp64Milli(s.sent_at) - toUnixTimestamp64Milli(r.received_at) >= ${DAY_MS}, true)
GROUP BY ${group.by}
ORDER BY ${group.order}`;
}
