/**
 * Reading the support rollups (warehouse migration 0012): `support_conversations` (one row per conversation, by
 * tenant and start) and `support_replies` (one row per agent message, with its conversation's start). A period
 * selects conversations by their first customer message in the tenant's time zone; replies follow their
 * conversation. Durations are computed here from the stored instants, calendar or business:
 *
 * Business time uses the tenant calendar compiled in TypeScript (support-business-clock.ts) for the span the query
 * needs and passed as parameters: per UTC day of the span, the business time before it ({clockBefore}) and its
 * business intervals in {clockSlots} slots ({clockStarts}/{clockEnds}, epoch ms, flat). business(t) = before(day of
 * t) + the part of that day's intervals before t; a duration is business(end) − business(start). Instants outside
 * the span clamp to it.
 *
 * The SQL is generated per shape (SupportSqlShape): the slot count (one term per slot), the asked basis and each
 * configured SLA target's basis. Every duration is computed in the bases the shape needs only, so a calendar query
 * without business-hours targets does no business-clock work at all, and a target's judgement is not computed
 * when the tenant has no such target.
 */

const DAY_MS = 86_400_000;

/** What a support query's SQL depends on besides the database; values stay parameters. */
export interface SupportSqlShape {
  /** Intervals per day of the business clock (BusinessClock.clockSlots). */
  slots: number;
  /** Durations in business time (else calendar). */
  business: boolean;
  /** Per SLA target: its basis (true = business), null when the tenant has no such target. */
  first: boolean | null;
  next: boolean | null;
  resolution: boolean | null;
}

/** The 0-based day of the clock span an epoch-ms expression falls on (clamped to the span). */
function clockDay(ms: string): string {
  return `toUInt32(least(greatest(intDiv(${ms} - {clockStart:Int64}, ${DAY_MS}), 0), {clockDays:Int64} - 1))`;
}

/** Business milliseconds from the start of the clock span to an epoch-ms expression. */
export function businessAt(ms: string, slots: number): string {
  const day = clockDay(ms);
  const terms = Array.from({ length: slots }, (_, slot) => {
    const index = `${day} * ${slots} + ${slot + 1}`;
    return `greatest(0, least(${ms}, arrayElement({clockEnds:Array(Int64)}, ${index})) - arrayElement({clockStarts:Array(Int64)}, ${index}))`;
  });
  return `(arrayElement({clockBefore:Array(Int64)}, ${day} + 1) + ${terms.join(' + ')})`;
}

/** A duration between two epoch-ms expressions in one basis (ms, Float64, never negative). */
function duration(fromMs: string, toMs: string, business: boolean, slots: number): string {
  return business
    ? `toFloat64(greatest(0, ${businessAt(toMs, slots)} - ${businessAt(fromMs, slots)}))`
    : `toFloat64(greatest(0, ${toMs} - ${fromMs}))`;
}

/**
 * A duration in the asked basis as `<name>`, and in an SLA target's basis as `<name>_target` when the target is
 * configured: the same column when the bases agree, else computed once more in the target's.
 */
function durationColumns(
  name: string,
  fromMs: string,
  toMs: string,
  shape: SupportSqlShape,
  target: boolean | null,
): string {
  const value = `${duration(fromMs, toMs, shape.business, shape.slots)} AS ${name}`;
  if (target === null) return value;
  const inTarget = target === shape.business ? name : duration(fromMs, toMs, target, shape.slots);
  return `${value},\n            ${inTarget} AS ${name}_target`;
}

/**
 * The team a row counts for: the event's team id mapped to the relational Team.id ({teamExternal} → {teamIds});
 * an unregistered team id as it is; without one, the team of the agent ({agentExternal} → {agentTeams}), else ''.
 */
export const TEAM_KEY = `multiIf(
            has({teamExternal:Array(String)}, team_id), transform(team_id, {teamExternal:Array(String)}, {teamIds:Array(String)}, ''),
            team_id != '', team_id,
            transform(agent_id, {agentExternal:Array(String)}, {agentTeams:Array(String)}, ''))`;

/** The analytics filter and the period by conversation start: the tenant first (one range of the tables' order). */
const SCOPE_WHERE = `tenant_id = {tenant:String}
        AND started_at >= toDateTime({from:Date}, {tz:String})
        AND started_at < toDateTime(addDays({to:Date}, 1), {tz:String})
        AND (NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})
        AND (NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})
        AND (NOT {filterAgents:Bool} OR agent_id IN {agents:Array(String)})`;

export type SupportGroupKey = 'AGENT' | 'TEAM' | 'CHANNEL' | 'ACCOUNT' | 'DAY' | 'WEEK';

/**
 * The group a row counts for: agent (external id), team, channel, account, or the local day / week (Monday) the
 * conversation started. Chosen when the SQL is built, so a query computes its own grouping only.
 */
export function groupKey(groupBy: SupportGroupKey): string {
  switch (groupBy) {
    case 'AGENT':
      return 'toString(agent_id)';
    case 'TEAM':
      return 'team_key';
    case 'CHANNEL':
      return 'toString(channel)';
    case 'ACCOUNT':
      return 'toString(account_id)';
    case 'DAY':
      return 'toString(toDate(started_at, {tz:String}))';
    case 'WEEK':
      return 'toString(toMonday(started_at, {tz:String}))';
  }
}

/**
 * A conversation as a number: `key` is the hex of a 64-bit hash (warehouse migration 0012), so its bytes as a
 * UInt64 identify it one-to-one and count far faster than the string.
 */
export const CONVERSATION_NUMBER = 'reinterpretAsUInt64(unhex(key))';

/** The SLA kinds a conversation can breach, with their target and judgement column. */
const BREACH_COLUMNS = [
  ['FIRST_RESPONSE', 'first', 'first_breached'],
  ['NEXT_REPLY', 'next', 'next_breached'],
  ['RESOLUTION', 'resolution', 'resolution_breached'],
] as const;

/** The kinds a conversation breached (targets the tenant has only), as an array column expression. */
export function breachesColumn(shape: SupportSqlShape): string {
  const present = BREACH_COLUMNS.filter(([, target]) => shape[target] !== null);
  if (present.length === 0) return "CAST([], 'Array(String)')";
  return `arrayFilter((kind, breached) -> breached, [${present.map(([kind]) => `'${kind}'`).join(', ')}], [${present
    .map(([, , column]) => column)
    .join(', ')}])`;
}

/** What a conversations source reads and computes besides the per-conversation durations and judgements. */
export interface ConversationsSourceOptions {
  /**
   * Per-reply work: `longest_reply`, `has_reply`, the NEXT_REPLY judgement (`next_breached`) and `breaches`. It
   * reads every conversation's replies, so only the list (and a NEXT_REPLY count) asks for it.
   */
  replies?: boolean;
  /** Rows replacing the table (the scope's rows): list queries pass the page, selected and limited first. */
  rows?: string;
}

/**
 * The period's conversations with their durations in the asked basis (`frt`, `resolution`) and SLA judgements. A
 * conversation is measured for the first-response (resolution) target when answered (resolved), or when still
 * open and waiting longer than the target at {now}; one resolved without an agent reply (a bot or automation
 * settled it) is not measured for first response. It is within when answered (resolved) no later than the
 * target. A NEXT_REPLY breach is a reply after the first response that took longer than the target, or a customer
 * message after the first response still unanswered longer than the target at {now}. Built in layers (instants,
 * then durations, then judgements): a subquery's columns are not expanded again where they are used, which keeps
 * analysis fast; what a query does not ask for is not generated at all (analysis time grows with the SQL).
 */
export function conversationsSource(
  database: string,
  shape: SupportSqlShape,
  { replies = false, rows }: ConversationsSourceOptions = {},
): string {
  const { slots, first, next, resolution } = shape;
  const replyTimes = [
    'r.first',
    'r.from_ms != 0',
    duration('r.from_ms', 'r.sent_ms', shape.business, slots),
    next === null || next === shape.business ? null : duration('r.from_ms', 'r.sent_ms', next, slots),
  ].filter((term): term is string => term !== null);
  // r.4 is the reply time in the NEXT_REPLY target's basis (r.3 when it is the asked one).
  const replyInNext = replyTimes.length === 4 ? 'r.4' : 'r.3';
  const nextBreached =
    next === null
      ? 'false'
      : `arrayExists(r -> NOT r.1 AND r.2 AND ${replyInNext} > {slaNextMs:Float64}, reply_times)
            OR (answered AND pending_since IS NOT NULL AND waiting_target > {slaNextMs:Float64})`;
  const replyJudgements = `
        arrayMax(arrayMap(r -> if(r.2, r.3, 0), reply_times)) AS longest_reply,
        arrayExists(r -> r.2, reply_times) AS has_reply,
        ${nextBreached} AS next_breached,
        ${breachesColumn(shape)} AS breaches,`;
  const replyDurations = `
            ${next === null ? '0' : duration('waiting_from_ms', '{now:Int64}', next, slots)} AS waiting_target,
            arrayMap(r -> (${replyTimes.join(', ')}), replies) AS reply_times,`;
  return `(
    SELECT
        *,${replies ? replyJudgements : ''}
        ${first === null ? 'false' : 'answered OR (NOT is_resolved AND frt_target > {slaFirstMs:Float64})'} AS first_measured,
        ${first === null ? 'false' : 'answered AND frt_target <= {slaFirstMs:Float64}'} AS first_within,
        first_measured AND NOT first_within AS first_breached,
        ${resolution === null ? 'false' : 'is_resolved OR resolution_target > {slaResolutionMs:Float64}'} AS resolution_measured,
        ${resolution === null ? 'false' : 'is_resolved AND resolution_target <= {slaResolutionMs:Float64}'} AS resolution_within,
        resolution_measured AND NOT resolution_within AS resolution_breached
    FROM
    (
        SELECT
            *,${replies ? replyDurations : ''}
            ${durationColumns('frt', 'frt_from_ms', 'frt_end_ms', shape, first)},
            ${durationColumns('resolution', 'start_ms', 'resolution_end_ms', shape, resolution)}
        FROM
        (
            SELECT
                *,
                ${TEAM_KEY} AS team_key,
                first_response_at IS NOT NULL AS answered,
                resolved_at IS NOT NULL AS is_resolved,
                toUnixTimestamp64Milli(frt_from) AS frt_from_ms,
                toUnixTimestamp64Milli(started_at) AS start_ms,
                ifNull(toUnixTimestamp64Milli(first_response_at), {now:Int64}) AS frt_end_ms,
                ifNull(toUnixTimestamp64Milli(resolved_at), {now:Int64}) AS resolution_end_ms,
                ifNull(toUnixTimestamp64Milli(pending_since), {now:Int64}) AS waiting_from_ms
            FROM ${rows ?? `${database}.support_conversations WHERE ${SCOPE_WHERE}`}
        )
    )
)`;
}

/** The period's agent messages with reply times in the asked basis; `answered` when the message answered something. */
export function repliesSource(database: string, shape: SupportSqlShape): string {
  const { slots, next } = shape;
  const nextWithin =
    next === null
      ? 'false'
      : `next_measured AND ${next === shape.business ? 'reply' : duration('from_ms', 'sent_ms', next, slots)} <= {slaNextMs:Float64}`;
  return `(
    SELECT
        *,
        answered AND NOT first_response AS next_measured,
        ${nextWithin} AS next_within
    FROM
    (
        SELECT *, ${duration('from_ms', 'sent_ms', shape.business, slots)} AS reply
        FROM
        (
            SELECT
                *,
                ${TEAM_KEY} AS team_key,
                from_at IS NOT NULL AS answered,
                toUnixTimestamp64Milli(sent_at) AS sent_ms,
                ifNull(toUnixTimestamp64Milli(from_at), sent_ms) AS from_ms
            FROM ${database}.support_replies
            WHERE ${SCOPE_WHERE}
        )
    )
)`;
}

/**
 * Median and p90 (interpolated, as Engagement's), count and mean of a duration over the rows where `when` holds;
 * meaningless (zeros) when the count is 0.
 */
export function statsColumns(prefix: string, value: string, when: string): string {
  return `toUInt32(countIf(${when})) AS ${prefix}_count,
    if(countIf(${when}) = 0, [0, 0], quantilesExactInclusiveIf(0.5, 0.9)(${value}, ${when})) AS ${prefix}_quantiles,
    if(countIf(${when}) = 0, NULL, avgIf(${value}, ${when})) AS ${prefix}_mean`;
}

/** Raw stats columns as a query returns them. */
export interface StatsRow {
  count: number;
  quantiles: number[];
  mean: number | null;
}
