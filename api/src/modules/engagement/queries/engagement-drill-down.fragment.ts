import { COMPLAINT_RATE_MESSAGES, complaintGroupKey } from '../../complaints/queries/complaint-groups.fragment';
import { BUCKET, FIRST_SEEN, GROUP_KEY, TIMED_READ } from './engagement-scope.fragment';

/**
 * Narrows the engagement messages to one chart element; every part is off unless its flag or value says so.
 * The status part keeps messages that reached it: 'sent' is every message counted as sent (failed included),
 * 'delivered' and 'read' use the effective times (read implies delivered). The error code part keeps failed
 * messages whose first failure had that code ('' = none), as the failure reasons count them. 'complained' and the
 * complaint group are the complaint breakdown's own rules (complaint-groups.fragment), so a breakdown row opens
 * exactly the messages it counted as complained.
 */
export const DRILL_DOWN_WHERE = `({dimension:String} = '' OR ${GROUP_KEY} = {key:String})
        AND ({complaintBy:String} = '' OR ${complaintGroupKey('{complaintBy:String}')} = {key:String})
        AND (NOT {filterDate:Bool} OR toDate(${FIRST_SEEN}, {tz:String}) = {date:Date})
        AND ({bucket:Int8} < 0 OR (${TIMED_READ} AND ${BUCKET} = {bucket:Int8}))
        AND ({dayOfWeek:UInt8} = 0 OR toDayOfWeek(${FIRST_SEEN}, 0, {tz:String}) = {dayOfWeek:UInt8})
        AND ({hour:Int8} < 0 OR toHour(toTimeZone(${FIRST_SEEN}, {tz:String})) = {hour:Int8})
        AND (NOT {filterChannel:Bool} OR channel = {drillChannel:String})
        AND (NOT {filterAccount:Bool} OR account_id = {drillAccount:String})
        AND (NOT {filterErrorCode:Bool} OR (failed_at IS NOT NULL AND error_code = {errorCode:String}))
        AND multiIf(
            {status:String} = 'delivered', delivered_at IS NOT NULL,
            {status:String} = 'read', read_at IS NOT NULL,
            {status:String} = 'failed', failed_at IS NOT NULL,
            {status:String} = 'complained', complained AND ${COMPLAINT_RATE_MESSAGES},
            true)`;
