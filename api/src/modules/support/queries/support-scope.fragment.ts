/**
 * Reading the support rollups (warehouse migration 0012): `support_conversations` (one row per conversation, by
 * tenant and start) and `support_replies` (one row per agent message, with its conversation's start). A period
 * selects conversations by their first customer message in the tenant's time zone; replies follow their
 * conversation. Durations are computed here from the stored instants in both bases, calendar and business:
 *
 * Business time uses the tenant calendar compiled in TypeScript (support-business-clock.ts) for the span the query
 * needs and passed as parameters: per UTC day of the span, the business time before it ({clockBefore}) and its
 * business intervals in {clockSlots} slots ({clockStarts}/{clockEnds}, epoch ms, flat). business(t) = before(day of
 * t) + the part of that day's intervals before t; a duration is business(end) − business(start). Instants outside
 * the span clamp to it. The slot count shapes the SQL (one term per slot), so queries take it with the database.
 */

const DAY_MS = 86_400_000;

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

/** A duration in both bases as `<name>_cal` and `<name>_bus` columns (ms, Float64, never negative). */
function durations(name: string, fromMs: string, toMs: string, slots: number): string {
  return `toFloat64(greatest(0, ${toMs} - ${fromMs})) AS ${name}_cal,
        toFloat64(greatest(0, ${businessAt(toMs, slots)} - ${businessAt(fromMs, slots)})) AS ${name}_bus`;
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

/**
 * The group a row counts for: agent (external id), team, channel, account, or the local day / week (Monday) the
 * conversation started.
 */
export const GROUP_KEY = `multiIf(
        {groupBy:String} = 'AGENT', toString(agent_id),
        {groupBy:String} = 'TEAM', team_key,
        {groupBy:String} = 'CHANNEL', toString(channel),
        {groupBy:String} = 'ACCOUNT', toString(account_id),
        {groupBy:String} = 'DAY', toString(toDate(started_at, {tz:String})),
        toString(toMonday(started_at, {tz:String})))`;

/** A duration in the query's basis ({business}) from its `_cal` / `_bus` columns. */
export function inBasis(name: string): string {
  return `if({business:Bool}, ${name}_bus, ${name}_cal)`;
}

/** A duration in an SLA target's basis. */
function inTargetBasis(name: string, target: string): string {
  return `if({${target}Business:Bool}, ${name}_bus, ${name}_cal)`;
}

/**
 * The period's conversations with their durations in both bases and SLA judgements. A conversation is measured
 * for the first-response (resolution) target when answered (resolved), or when still open and waiting longer than
 * the target at {now}; one resolved without an agent reply (a bot or automation settled it) is not measured for
 * first response. It is within when answered (resolved) no later than the target. A NEXT_REPLY breach is a reply
 * after the first response that took longer than the target, or a customer message after the first response
 * still unanswered longer than the target at {now}. Built in layers (instants, then durations, then
 * judgements): a subquery's columns are not expanded again where they are used, which keeps analysis fast.
 */
export function conversationsSource(database: string, slots: number): string {
  return `(
    SELECT
        *,
        arrayMax(arrayMap(r -> if(r.2, if({business:Bool}, r.4, r.3), 0), reply_times)) AS longest_reply,
        arrayExists(r -> r.2, reply_times) AS has_reply,
        answered OR (NOT is_resolved AND frt_target > {slaFirstMs:Float64}) AS first_measured,
        answered AND frt_target <= {slaFirstMs:Float64} AS first_within,
        is_resolved OR resolution_target > {slaResolutionMs:Float64} AS resolution_measured,
        is_resolved AND resolution_target <= {slaResolutionMs:Float64} AS resolution_within,
        arrayExists(r -> NOT r.1 AND r.2 AND if({slaNextBusiness:Bool}, r.4, r.3) > {slaNextMs:Float64}, reply_times)
            OR (answered AND pending_since IS NOT NULL AND waiting_target > {slaNextMs:Float64}) AS next_breached,
        arrayFilter((kind, breached) -> breached, ['FIRST_RESPONSE', 'NEXT_REPLY', 'RESOLUTION'], [
            {hasFirst:Bool} AND first_measured AND NOT first_within,
            {hasNext:Bool} AND next_breached,
            {hasResolution:Bool} AND resolution_measured AND NOT resolution_within
        ]) AS breaches
    FROM
    (
        SELECT
            *,
            ${inTargetBasis('frt', 'slaFirst')} AS frt_target,
            ${inTargetBasis('resolution', 'slaResolution')} AS resolution_target,
            ${inTargetBasis('waiting', 'slaNext')} AS waiting_target
        FROM
        (
            SELECT
                *,
                ${durations('frt', 'frt_from_ms', 'frt_end_ms', slots)},
                ${durations('resolution', 'start_ms', 'resolution_end_ms', slots)},
                ${durations('waiting', 'waiting_from_ms', '{now:Int64}', slots)},
                arrayMap(r -> (r.first, r.from_ms != 0,
                    toFloat64(greatest(0, r.sent_ms - r.from_ms)),
                    toFloat64(greatest(0, ${businessAt('r.sent_ms', slots)} - ${businessAt('r.from_ms', slots)}))), replies)
                    AS reply_times
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
                FROM ${database}.support_conversations
                WHERE ${SCOPE_WHERE}
            )
        )
    )
)`;
}

/** The period's agent messages with reply times in both bases; `answered` when the message answered something. */
export function repliesSource(database: string, slots: number): string {
  return `(
    SELECT
        *,
        answered AND NOT first_response AS next_measured,
        next_measured AND ${inTargetBasis('reply', 'slaNext')} <= {slaNextMs:Float64} AS next_within
    FROM
    (
        SELECT *, ${durations('reply', 'from_ms', 'sent_ms', slots)}
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
