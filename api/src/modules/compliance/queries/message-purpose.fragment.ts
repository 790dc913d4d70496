/**
 * True for a `message.sent` row whose purpose is marketing (docs/compliance.md): a marketing template, or an
 * uncategorised message sent by a campaign or carrying a campaign id. Everything else is service.
 */
export const MARKETING_PURPOSE = `(template_category = 'marketing'
        OR (template_category = '' AND (sender_kind = 'campaign' OR campaign_id != '')))`;

/** occurred_at in the detection range [{fromMs}, {toMs}). */
export const IN_RANGE = `occurred_at >= fromUnixTimestamp64Milli({fromMs:Int64}, 'UTC')
        AND occurred_at < fromUnixTimestamp64Milli({toMs:Int64}, 'UTC')`;
