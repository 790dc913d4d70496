/**
 * The times every campaign query works with (tenant's time zone): the period, and `touch_start`, the window
 * before the period in which touches can still be credited with the period's conversions.
 */
export const TOUCH_WINDOW_WITH = `
    toDateTime({from:Date}, {tz:String}) AS period_start,
    toDateTime(addDays({to:Date}, 1), {tz:String}) AS period_end,
    period_start - toIntervalDay({windowDays:UInt16}) AS touch_start`;

/** Milliseconds from touch `t` to moment `m`; the window is exact (both ends included), whatever DST does. */
export function millisBetween(t: string, m: string): string {
  return `(toUnixTimestamp64Milli(${m}) - toUnixTimestamp64Milli(${t}))`;
}

/** The row's group for a dimension parameter: campaign key ('organic' without one), source kind or channel. */
export const GROUP_KEY = `multiIf(
        {dimension:String} = 'campaign', if(campaign_key = '', 'organic', campaign_key),
        {dimension:String} = 'source', source_kind,
        channel)`;

/** The AnalyticsFilter on a touch (or an organic conversion): its channel, account and campaign. */
export const TOUCH_FILTER = `(NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})
    AND (NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})
    AND (NOT {filterCampaigns:Bool} OR campaign_key IN {campaigns:Array(String)})`;

/** A drill-down: one group of a dimension ('' = none) and/or one day (of the touch or the conversion). */
export const DRILL_DOWN_FILTER = `({drillDimension:String} = '' OR multiIf(
        {drillDimension:String} = 'campaign', if(campaign_key = '', 'organic', campaign_key),
        {drillDimension:String} = 'source', source_kind,
        channel) = {drillKey:String})
    AND (NOT {filterDate:Bool} OR toDate(at, {tz:String}) = {date:Date})`;
