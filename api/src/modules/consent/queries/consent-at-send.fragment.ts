/**
 * THE definition of consent at send time (docs/consent.md, docs/compliance.md): coverage, opt-out honouring and the
 * consent violation detector all read the `consent_at_send` WITH clause built here.
 *
 * One row per business message (`message.sent`, each event id once) of the tenant whose send time is in
 * [bounds.from, bounds.to), narrowed by the analytics scope's channel/account/agent/campaign filters (the parameters
 * of `scopeQueryParams`; the detector passes them switched off). Every consent fact is taken AS OF the send time with
 * an ASOF LEFT JOIN on (tenant, channel, contact) and `occurred_at <= sent_at`, over the whole history (consent can
 * be years old):
 * - purpose: `marketing` for a marketing template, or an uncategorised message sent by a campaign; else `service`;
 * - business-initiated: a template, or sent with no customer message (not a reaction or system notice) on the same
 *   channel and account in the 24 h before it (exactly 24 h is still inside the window);
 * - marketing / service state: the latest consent.updated at or before the send whose purpose is that purpose or
 *   `all` (`granted` opt_in, `withdrawn` opt_out, `none` without one); events at the same millisecond count as before
 *   the send, and among events at the same millisecond the greatest id wins;
 * - blocked: the latest consent.updated of any purpose is an opt_out by `block` and the contact has written no
 *   message on the channel since (writing again ends a block);
 * - the consent kind, mutually exclusive in this order: AFTER_OPT_OUT (blocked, or a marketing message while
 *   marketing is withdrawn), PURPOSE_MISMATCH (marketing message, marketing none, service granted), NO_CONSENT
 *   (business-initiated and its purpose is not granted); '' otherwise;
 * - covered: business-initiated, its purpose granted and not blocked;
 * - the deciding consent event (evidence_*): the block or marketing opt-out for AFTER_OPT_OUT, the service opt-in
 *   for PURPOSE_MISMATCH, otherwise the latest event of the message's purpose ('' when there is none).
 *
 * Consent events are grouped per (channel, contact, instant) before the join: duplicates of one event collapse (the
 * events table is read without FINAL) and same-millisecond ties resolve by id, which a bare ASOF match would not.
 */
export interface ConsentBounds {
  /** SQL expressions over query parameters (never values) giving the DateTime64 start (inclusive) and end. */
  from: string;
  to: string;
}

/** The analytics period: tenant-local days {from:Date} to {to:Date} inclusive in {tz:String}. */
export const PERIOD_BOUNDS: ConsentBounds = {
  from: 'toDateTime({from:Date}, {tz:String})',
  to: 'toDateTime(addDays({to:Date}, 1), {tz:String})',
};

/** Instants in epoch milliseconds {fromMs:Int64}, {toMs:Int64} (the detection range). */
export const INSTANT_BOUNDS: ConsentBounds = {
  from: "fromUnixTimestamp64Milli({fromMs:Int64}, 'UTC')",
  to: "fromUnixTimestamp64Milli({toMs:Int64}, 'UTC')",
};

/** The customer service window: 24 h, in milliseconds. */
export const SERVICE_WINDOW_MS = 86_400_000;

/**
 * Which messages the definition is computed for, as SQL conditions (code, never values): one tenant's messages of a
 * range (the live reads) or every message ever sent (the `consent_at_send` rollup, warehouse migration 0015).
 */
interface Narrowing {
  /** Conditions on every read of `events`. */
  tenant: string[];
  /** Conditions on the `message.sent` rows. */
  sends: string[];
  /** Conditions on consent and customer-message reads: only the contacts of `sends`. */
  contacts: string[];
  /** Conditions on the customer messages that open windows (a look-back from the range's start). */
  windowInbound: string[];
  /** Conditions on the customer messages that end blocks. */
  blockInbound: string[];
}

/** Joins conditions after a first `WHERE` condition (each on its own line). */
const and = (conditions: string[]) => conditions.map((c) => `\n        AND ${c}`).join('');

/** The analytics scope's channel/account/agent/campaign filters (`scopeQueryParams`) on consent-at-send columns. */
export const SCOPE_CONDITIONS = [
  '(NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})',
  '(NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})',
  '(NOT {filterAgents:Bool} OR agent_id IN {agents:Array(String)})',
  '(NOT {filterCampaigns:Bool} OR campaign_id IN {campaigns:Array(String)})',
];

/**
 * The WITH clauses ending in `consent_at_send`, computed live from `events` (`db` is quoted) for the tenant's
 * messages sent in the bounds. `sendsWhere` is an optional extra condition on the `message.sent` rows of `events`
 * (code, never values: opt-out honouring narrows to the contacts it needs).
 */
export function consentAtSendWith(db: string, bounds: ConsentBounds, sendsWhere = ''): string {
  const inSends = '(channel, contact_id) IN (SELECT channel, contact_id FROM sends)';
  return definition(db, {
    tenant: ['tenant_id = {tenant:String}'],
    sends: [
      `occurred_at >= ${bounds.from}`,
      `occurred_at < ${bounds.to}`,
      ...SCOPE_CONDITIONS,
      ...(sendsWhere ? [`(${sendsWhere})`] : []),
    ],
    contacts: [inSends],
    // Only the window matters here: a customer message more than 24 h before the range's start leaves every send
    // of the range business-initiated, exactly as no customer message does.
    windowInbound: [
      `occurred_at >= ${bounds.from} - toIntervalMillisecond(${SERVICE_WINDOW_MS})`,
      `occurred_at < ${bounds.to}`,
    ],
    blockInbound: [`occurred_at < ${bounds.to}`],
  });
}

/**
 * The rollup's SELECT (warehouse migration 0015 `consent_at_send_mv` is exactly this text with `db` = `{{DB}}`,
 * checked by consent-at-send.fragment.spec.ts): the same definition for every tenant's every message, no parameters.
 */
export function consentAtSendRollupSelect(db: string): string {
  return `WITH${definition(db, { tenant: [], sends: [], contacts: [], windowInbound: [], blockInbound: [] })}
SELECT
    ${CONSENT_AT_SEND_COLUMNS.join(',\n    ')}
FROM consent_at_send`;
}

/** The columns the rollup keeps, in its table's order (every column the reads and the detector use). */
export const CONSENT_AT_SEND_COLUMNS = [
  'tenant_id',
  'sent_at',
  'event_id',
  'message_id',
  'channel',
  'account_id',
  'contact_id',
  'agent_id',
  'sender_kind',
  'is_template',
  'template_name',
  'template_category',
  'campaign_id',
  'purpose',
  'business_initiated',
  'last_inbound_at',
  'marketing_state',
  'service_state',
  'blocked',
  'covered',
  'consent_kind',
  'evidence_event_id',
  'evidence_at',
  'evidence_action',
  'evidence_method',
  'evidence_purpose',
  'opt_out_event_id',
] as const;

/**
 * The WITH clause `consent_at_send` over the rollup: the tenant's messages sent in the bounds, narrowed by the
 * analytics scope's filters and `where` (code, never values) — the same rows `consentAtSendWith` computes, as of the
 * rollup's last rebuild (rollupsRefreshedAt).
 */
export function consentAtSendRollupWith(db: string, bounds: ConsentBounds, where = ''): string {
  return `
consent_at_send AS
(
    SELECT *
    FROM ${db}.consent_at_send
    WHERE tenant_id = {tenant:String}
        AND sent_at >= ${bounds.from}
        AND sent_at < ${bounds.to}${and(SCOPE_CONDITIONS)}${where ? and([`(${where})`]) : ''}
)`;
}

function definition(db: string, narrowing: Narrowing): string {
  const where = (first: string, ...rest: string[][]) => `WHERE ${first}${and(rest.flat())}`;
  const consentEvents = (purposes: string[]) => `
    SELECT
        tenant_id,
        channel,
        contact_id,
        occurred_at AS at,
        max(id) AS event_id,
        argMax(consent_action, id) AS action,
        argMax(consent_method, id) AS method,
        argMax(consent_purpose, id) AS purpose
    FROM ${db}.events
    ${where("type = 'consent.updated'", narrowing.tenant, purposes, narrowing.contacts)}
    GROUP BY tenant_id, channel, contact_id, at`;
  return `
sends AS
(
    SELECT
        tenant_id,
        id AS event_id,
        occurred_at AS sent_at,
        channel,
        account_id,
        contact_id,
        message_id AS raw_message_id,
        sender_kind,
        agent_id,
        is_template,
        template_name,
        template_category,
        campaign_id
    FROM ${db}.events
    ${where("type = 'message.sent'", narrowing.tenant, narrowing.sends)}
    LIMIT 1 BY tenant_id, id
),
marketing_consent AS
(${consentEvents(["consent_purpose IN ('marketing', 'all')"])}
),
service_consent AS
(${consentEvents(["consent_purpose IN ('service', 'all')"])}
),
any_consent AS
(${consentEvents([])}
),
account_inbound AS
(
    SELECT DISTINCT tenant_id, channel, account_id, contact_id, occurred_at AS at
    FROM ${db}.events
    ${where("type = 'message.received'", narrowing.tenant, ["content_type NOT IN ('system', 'reaction')"], narrowing.windowInbound, narrowing.contacts)}
),
channel_inbound AS
(
    -- Only ends blocks: read for the contacts that ever blocked on the channel, over their whole history.
    SELECT DISTINCT tenant_id, channel, contact_id, occurred_at AS at
    FROM ${db}.events
    ${where("type = 'message.received'", narrowing.tenant, ["content_type NOT IN ('system', 'reaction')"], narrowing.blockInbound)}
        AND (tenant_id, channel, contact_id) IN (
            SELECT tenant_id, channel, contact_id
            FROM ${db}.events
            ${where("type = 'consent.updated'", narrowing.tenant, ["consent_method = 'block'"], narrowing.contacts).replace(/\n {8}AND/g, '\n                AND')}
        )
),
joined AS
(
    SELECT
        s.tenant_id AS tenant_id,
        s.event_id AS event_id,
        s.sent_at AS sent_at,
        s.channel AS channel,
        s.account_id AS account_id,
        s.contact_id AS contact_id,
        s.sender_kind AS sender_kind,
        s.agent_id AS agent_id,
        s.is_template AS is_template,
        s.template_name AS template_name,
        s.template_category AS template_category,
        s.campaign_id AS campaign_id,
        if(s.raw_message_id != '', s.raw_message_id, s.event_id) AS message_id,
        if(lower(s.template_category) = 'marketing'
            OR (s.template_category = '' AND (s.sender_kind = 'campaign' OR s.campaign_id != '')),
            'marketing', 'service') AS purpose,
        ai.at AS last_inbound_at_raw,
        ai.contact_id != '' AS has_inbound,
        toBool(s.is_template OR ai.contact_id = ''
            OR dateDiff('millisecond', ai.at, s.sent_at) > ${SERVICE_WINDOW_MS}) AS business_initiated,
        mc.event_id AS marketing_event_id,
        mc.at AS marketing_at,
        mc.action AS marketing_action,
        mc.method AS marketing_method,
        mc.purpose AS marketing_purpose,
        multiIf(mc.event_id = '', 'none', mc.action = 'opt_in', 'granted', 'withdrawn') AS marketing_state,
        sc.event_id AS service_event_id,
        sc.at AS service_at,
        sc.action AS service_action,
        sc.method AS service_method,
        sc.purpose AS service_purpose,
        multiIf(sc.event_id = '', 'none', sc.action = 'opt_in', 'granted', 'withdrawn') AS service_state,
        ac.event_id AS block_event_id_raw,
        ac.at AS block_at_raw,
        ac.purpose AS block_purpose_raw,
        toBool(ac.event_id != '' AND ac.action = 'opt_out' AND ac.method = 'block'
            AND NOT (ci.contact_id != '' AND ci.at > ac.at)) AS blocked
    FROM sends AS s
    ASOF LEFT JOIN account_inbound AS ai
        ON s.tenant_id = ai.tenant_id AND s.channel = ai.channel AND s.account_id = ai.account_id
        AND s.contact_id = ai.contact_id AND s.sent_at >= ai.at
    ASOF LEFT JOIN channel_inbound AS ci
        ON s.tenant_id = ci.tenant_id AND s.channel = ci.channel AND s.contact_id = ci.contact_id
        AND s.sent_at >= ci.at
    ASOF LEFT JOIN marketing_consent AS mc
        ON s.tenant_id = mc.tenant_id AND s.channel = mc.channel AND s.contact_id = mc.contact_id
        AND s.sent_at >= mc.at
    ASOF LEFT JOIN service_consent AS sc
        ON s.tenant_id = sc.tenant_id AND s.channel = sc.channel AND s.contact_id = sc.contact_id
        AND s.sent_at >= sc.at
    ASOF LEFT JOIN any_consent AS ac
        ON s.tenant_id = ac.tenant_id AND s.channel = ac.channel AND s.contact_id = ac.contact_id
        AND s.sent_at >= ac.at
),
classified AS
(
    SELECT
        *,
        if(has_inbound, last_inbound_at_raw, NULL) AS last_inbound_at,
        if(purpose = 'marketing', marketing_state, service_state) AS purpose_state,
        toBool(business_initiated AND purpose_state = 'granted' AND NOT blocked) AS covered,
        multiIf(
            blocked OR (purpose = 'marketing' AND marketing_state = 'withdrawn'), 'AFTER_OPT_OUT',
            purpose = 'marketing' AND marketing_state = 'none' AND service_state = 'granted', 'PURPOSE_MISMATCH',
            business_initiated AND purpose_state != 'granted', 'NO_CONSENT',
            '') AS consent_kind,
        multiIf(
            blocked, 'block',
            consent_kind = 'AFTER_OPT_OUT', 'marketing',
            consent_kind = 'PURPOSE_MISMATCH', 'service',
            purpose) AS evidence_source
    FROM joined
),
consent_at_send AS
(
    SELECT
        *,
        multiIf(evidence_source = 'block', block_event_id_raw,
            evidence_source = 'marketing', marketing_event_id, service_event_id) AS evidence_event_id,
        multiIf(evidence_source = 'block', block_at_raw,
            evidence_source = 'marketing', marketing_at, service_at) AS evidence_at,
        multiIf(evidence_source = 'block', 'block',
            evidence_source = 'marketing', marketing_method, service_method) AS evidence_method,
        multiIf(evidence_source = 'block', block_purpose_raw,
            evidence_source = 'marketing', marketing_purpose, service_purpose) AS evidence_purpose,
        multiIf(evidence_source = 'block', 'opt_out',
            evidence_source = 'marketing', marketing_action, service_action) AS evidence_action,
        if(consent_kind = 'AFTER_OPT_OUT', evidence_event_id, '') AS opt_out_event_id
    FROM classified
)`;
}
