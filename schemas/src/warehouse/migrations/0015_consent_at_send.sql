-- Consent at send time for every business message (docs/consent.md): one row per message.sent event id with
-- its purpose, whether it was business-initiated, the marketing and service consent states and the block as of its
-- send time, whether it was covered, its consent violation kind and the deciding consent event. Consent coverage and
-- opt-out honouring read these rows (as of the rollups' last rebuild); the consent detector computes the same
-- definition live for its incremental range.
--
-- ONE definition: the view's SELECT below is generated from api/src/modules/consent/queries/consent-at-send.fragment.ts
-- (consentAtSendRollupSelect('{{DB}}')), the text the live queries use, without the tenant, range and contact
-- narrowing; consent-at-send.fragment.spec.ts fails when the two differ. A change of the definition is a new
-- migration that replaces the view.
--
-- Rebuilt by one refreshable view from `events` as it is at the rebuild (each event id once; consent events grouped
-- per channel, contact and millisecond), as 0006. Ordered by tenant and send time: a tenant's period is one
-- contiguous range. Not Replicated on a cluster, as 0006.
CREATE TABLE IF NOT EXISTS {{DB}}.consent_at_send {{ON_CLUSTER}}
(
    tenant_id LowCardinality(String),
    sent_at DateTime64(3, 'UTC'),
    -- the message.sent event id and the platform message id (the event id when the platform gave none)
    event_id String,
    message_id String,
    channel LowCardinality(String),
    account_id LowCardinality(String),
    contact_id String,
    agent_id LowCardinality(String),
    sender_kind LowCardinality(String),
    is_template Bool,
    template_name LowCardinality(String),
    template_category LowCardinality(String),
    campaign_id LowCardinality(String),
    -- marketing | service
    purpose LowCardinality(String),
    business_initiated Bool,
    -- the contact's last customer message on the channel and account at or before the send, if any
    last_inbound_at Nullable(DateTime64(3, 'UTC')),
    -- granted | withdrawn | none
    marketing_state LowCardinality(String),
    service_state LowCardinality(String),
    blocked Bool,
    covered Bool,
    -- AFTER_OPT_OUT | PURPOSE_MISMATCH | NO_CONSENT | ''
    consent_kind LowCardinality(String),
    -- the deciding consent event ('' and 1970-01-01 when there is none)
    evidence_event_id String,
    evidence_at DateTime64(3, 'UTC'),
    evidence_action LowCardinality(String),
    evidence_method LowCardinality(String),
    evidence_purpose LowCardinality(String),
    -- the opt-out or block an AFTER_OPT_OUT message is counted against ('' otherwise)
    opt_out_event_id String
)
ENGINE = MergeTree
ORDER BY (tenant_id, sent_at, channel);

CREATE MATERIALIZED VIEW IF NOT EXISTS {{DB}}.consent_at_send_mv {{ON_CLUSTER}}
REFRESH EVERY 5 MINUTE TO {{DB}}.consent_at_send AS
WITH
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
    FROM {{DB}}.events
    WHERE type = 'message.sent'
    LIMIT 1 BY tenant_id, id
),
marketing_consent AS
(
    SELECT
        tenant_id,
        channel,
        contact_id,
        occurred_at AS at,
        max(id) AS event_id,
        argMax(consent_action, id) AS action,
        argMax(consent_method, id) AS method,
        argMax(consent_purpose, id) AS purpose
    FROM {{DB}}.events
    WHERE type = 'consent.updated'
        AND consent_purpose IN ('marketing', 'all')
    GROUP BY tenant_id, channel, contact_id, at
),
service_consent AS
(
    SELECT
        tenant_id,
        channel,
        contact_id,
        occurred_at AS at,
        max(id) AS event_id,
        argMax(consent_action, id) AS action,
        argMax(consent_method, id) AS method,
        argMax(consent_purpose, id) AS purpose
    FROM {{DB}}.events
    WHERE type = 'consent.updated'
        AND consent_purpose IN ('service', 'all')
    GROUP BY tenant_id, channel, contact_id, at
),
any_consent AS
(
    SELECT
        tenant_id,
        channel,
        contact_id,
        occurred_at AS at,
        max(id) AS event_id,
        argMax(consent_action, id) AS action,
        argMax(consent_method, id) AS method,
        argMax(consent_purpose, id) AS purpose
    FROM {{DB}}.events
    WHERE type = 'consent.updated'
    GROUP BY tenant_id, channel, contact_id, at
),
account_inbound AS
(
    SELECT DISTINCT tenant_id, channel, account_id, contact_id, occurred_at AS at
    FROM {{DB}}.events
    WHERE type = 'message.received'
        AND content_type NOT IN ('system', 'reaction')
),
channel_inbound AS
(
    -- Only ends blocks: read for the contacts that ever blocked on the channel, over their whole history.
    SELECT DISTINCT tenant_id, channel, contact_id, occurred_at AS at
    FROM {{DB}}.events
    WHERE type = 'message.received'
        AND content_type NOT IN ('system', 'reaction')
        AND (tenant_id, channel, contact_id) IN (
            SELECT tenant_id, channel, contact_id
            FROM {{DB}}.events
            WHERE type = 'consent.updated'
                AND consent_method = 'block'
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
            OR dateDiff('millisecond', ai.at, s.sent_at) > 86400000) AS business_initiated,
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
)
SELECT
    tenant_id,
    sent_at,
    event_id,
    message_id,
    channel,
    account_id,
    contact_id,
    agent_id,
    sender_kind,
    is_template,
    template_name,
    template_category,
    campaign_id,
    purpose,
    business_initiated,
    last_inbound_at,
    marketing_state,
    service_state,
    blocked,
    covered,
    consent_kind,
    evidence_event_id,
    evidence_at,
    evidence_action,
    evidence_method,
    evidence_purpose,
    opt_out_event_id
FROM consent_at_send;
