import { complaintsInScopeWhere } from '../../overview/queries/complaints-in-scope.fragment';

/**
 * The complaints a drill-down selects, as WITH clauses (`complaints`, then `selected`): the period's complaints
 * chosen exactly as the Overview's daily count and the kind and reason counts (the shared complaints-in-scope
 * selection, each event id once), then narrowed to one tenant-local day, one kind and/or one reason ('' = given
 * without a reason). So a day's list is that day's complaint count, a kind's the kind count, a reason's the reason
 * count. The aliases differ from the columns the shared WHERE reads (an alias would shadow them).
 */
export function complaintEventsWith(db: string): string {
  return `
complaints AS
(
    SELECT
        id,
        any(occurred_at) AS complained_at,
        any(channel) AS complaint_channel,
        any(account_id) AS complaint_account,
        any(contact_id) AS complaint_contact,
        any(complaint_kind) AS kind,
        any(reason) AS complaint_reason,
        any(template_name) AS complaint_template,
        any(campaign_id) AS complaint_campaign,
        any(related_message_id) AS complaint_message
    FROM ${db}.events
${complaintsInScopeWhere(db)}
    GROUP BY id
),
selected AS
(
    SELECT *
    FROM complaints
    WHERE (NOT {filterDate:Bool} OR toDate(complained_at, {tz:String}) = {date:Date})
        AND (NOT {filterKind:Bool} OR kind = {kind:String})
        AND (NOT {filterReason:Bool} OR complaint_reason = {reason:String})
)`;
}
