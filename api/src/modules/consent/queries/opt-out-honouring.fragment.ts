import { consentAtSendRollupWith, type ConsentBounds } from './consent-at-send.fragment';

/**
 * Messages after an opt-out are counted up to any later time (sending that goes on after the period still shows):
 * the bound is only the end of DateTime64's range.
 */
const HONOURING_BOUNDS: ConsentBounds = {
  from: 'toDateTime({from:Date}, {tz:String})',
  to: "toDateTime64('2299-12-31 00:00:00', 3, 'UTC')",
};

/**
 * The period's opt-outs that stop sending: marketing (purpose marketing or all) and blocks, on the scope's channels
 * and accounts (where the opt-out was recorded). A FROM on `events` (`db` quoted).
 */
function optOutsWhere(db: string): string {
  return `${db}.events
    WHERE tenant_id = {tenant:String}
        AND type = 'consent.updated'
        AND consent_action = 'opt_out'
        AND (consent_purpose IN ('marketing', 'all') OR consent_method = 'block')
        AND occurred_at >= toDateTime({from:Date}, {tz:String})
        AND occurred_at < toDateTime(addDays({to:Date}, 1), {tz:String})
        AND (NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})
        AND (NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})`;
}

/**
 * WITH clauses ending in `honouring`: one row per opt-out of the period (each event id once, read live from
 * `events`) with the messages the consent-at-send rollup (as of its last rebuild) attributes to it — AFTER_OPT_OUT
 * messages whose deciding opt-out it is, i.e. messages of the affected purpose (marketing; any message while
 * blocked) sent after it and before a new opt-in (or, for a block, before the contact wrote again) — and the last
 * of them. Messages are the scope's (channel, account, agent and campaign filters), sent from the period start on.
 * An opt-out newer than the rebuild shows as honoured until the next one (rebuilds follow writes within seconds).
 */
export function optOutHonouringWith(db: string): string {
  return `${consentAtSendRollupWith(db, HONOURING_BOUNDS, "opt_out_event_id != ''")},
opt_outs AS
(
    SELECT
        id AS opt_out_id,
        any(occurred_at) AS opted_out_at,
        any(channel) AS opt_out_channel,
        any(account_id) AS opt_out_account,
        any(contact_id) AS opt_out_contact,
        any(consent_purpose) AS opt_out_purpose,
        any(consent_method) AS opt_out_method
    FROM ${optOutsWhere(db)}
    GROUP BY id
),
after_opt_out AS
(
    SELECT opt_out_event_id, toUInt32(count()) AS messages_after, max(sent_at) AS last_message_at
    FROM consent_at_send
    WHERE opt_out_event_id != ''
    GROUP BY opt_out_event_id
),
honouring AS
(
    SELECT
        o.*,
        a.messages_after AS after_count,
        if(a.messages_after = 0, NULL, a.last_message_at) AS last_after_at,
        if(a.messages_after = 0, NULL, greatest(0, dateDiff('millisecond', o.opted_out_at, a.last_message_at)) / 1000)
            AS delay_seconds
    FROM opt_outs AS o
    LEFT JOIN after_opt_out AS a ON a.opt_out_event_id = o.opt_out_id
    SETTINGS join_use_nulls = 0
)`;
}
