import { COMPLAINT_ROLLUP_WHERE } from '../../overview/queries/complaint-rollup.fragment';

/**
 * The complaints a drill-down selects, as WITH clauses (`complaints`, then `selected`): the complaint rows of the
 * complaint rollup (one per event id) chosen by the same WHERE as the daily count and the kind and reason counts,
 * so from the same rebuild — a complaint that arrived after it is neither counted nor listed — then narrowed to
 * one tenant-local day, one kind and/or one reason ('' = given without a reason). So a day's list is that day's
 * complaint count, a kind's the kind count, a reason's the reason count. The aliases differ from the rollup's
 * columns the shared WHERE reads (an alias would shadow them).
 */
export function complaintEventsWith(db: string): string {
  return `
complaints AS
(
    SELECT
        r.complaint_id AS id,
        assumeNotNull(r.complained_at) AS complaint_time,
        r.channel AS complaint_channel,
        r.account_id AS complaint_account,
        r.contact_id AS complaint_contact,
        r.kind AS complaint_kind,
        r.reason AS complaint_reason,
        r.template_name AS complaint_template,
        r.complaint_campaign_id AS complaint_campaign,
        r.message_id AS complaint_message
    FROM ${db}.complaint_rollup AS r
    WHERE ${COMPLAINT_ROLLUP_WHERE}
        AND r.kind != ''
),
selected AS
(
    SELECT *
    FROM complaints
    WHERE (NOT {filterDate:Bool} OR toDate(complaint_time, {tz:String}) = {date:Date})
        AND (NOT {filterKind:Bool} OR complaint_kind = {kind:String})
        AND (NOT {filterReason:Bool} OR complaint_reason = {reason:String})
)`;
}
