/**
 * The tenant's template.updated events as a WITH clause (`changes`): every event of the tenant's templates (all
 * dates, so the state before the period's first event is known; the events table is ordered by tenant and type,
 * and template events are few), each event id once (FINAL), with the status and quality after it and before it
 * per (account, template, language) in (occurred_at, id) order. A value an event leaves out ('') is carried from
 * the latest earlier event that reported one (last_value skips NULLs). Then only the period's events (tenant time
 * zone) pass, narrowed by template name, accounts and channels.
 */
export function templateStatusChangesWith(db: string): string {
  return `
changes AS
(
    SELECT *
    FROM
    (
        SELECT
            id,
            occurred_at,
            channel,
            account_id,
            template_name,
            template_language,
            template_category,
            reason,
            last_value(nullIf(status, '')) OVER before_and_this AS status_after,
            last_value(nullIf(quality_rating, '')) OVER before_and_this AS quality_after,
            last_value(nullIf(status, '')) OVER before AS status_before,
            last_value(nullIf(quality_rating, '')) OVER before AS quality_before
        FROM ${db}.events FINAL
        WHERE tenant_id = {tenant:String}
            AND type = 'template.updated'
            AND (NOT {filterName:Bool} OR template_name = {name:String})
            AND (NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})
            AND (NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})
        WINDOW
            before_and_this AS (PARTITION BY account_id, template_name, template_language ORDER BY occurred_at, id
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),
            before AS (PARTITION BY account_id, template_name, template_language ORDER BY occurred_at, id
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
    )
    WHERE occurred_at >= toDateTime({from:Date}, {tz:String})
        AND occurred_at < toDateTime(addDays({to:Date}, 1), {tz:String})
)`;
}
