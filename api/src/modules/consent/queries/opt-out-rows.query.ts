import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { optOutHonouringWith } from './opt-out-honouring.fragment';

/** One opt-out; instants are epoch milliseconds as strings (64-bit), '' when there is none. */
export interface OptOutRow {
  id: string;
  opted_out_ms: string;
  channel: string;
  account_id: string;
  contact_id: string;
  purpose: string;
  method: string;
  messages_after: number;
  last_message_ms: string;
  delay_seconds: number | null;
}

/** The period's opt-outs newest first by (time, id), after the cursor when {filterAfter} is set, at most {limit}. */
export function optOutRowsQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
WITH ${optOutHonouringWith(db)}
SELECT
    opt_out_id AS id,
    toString(toUnixTimestamp64Milli(opted_out_at)) AS opted_out_ms,
    toString(opt_out_channel) AS channel,
    toString(opt_out_account) AS account_id,
    opt_out_contact AS contact_id,
    toString(opt_out_purpose) AS purpose,
    toString(opt_out_method) AS method,
    after_count AS messages_after,
    if(last_after_at IS NULL, '', toString(toUnixTimestamp64Milli(assumeNotNull(last_after_at)))) AS last_message_ms,
    delay_seconds
FROM honouring
WHERE NOT {filterAfter:Bool} OR (toUnixTimestamp64Milli(opted_out_at), opt_out_id) < ({afterMs:Int64}, {afterId:String})
ORDER BY opted_out_at DESC, opt_out_id DESC
LIMIT {limit:UInt32}`;
}
