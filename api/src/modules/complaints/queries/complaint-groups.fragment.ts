/**
 * The messages behind the complaint breakdown, for a FROM on `message_outcomes`: delivered business-initiated
 * messages (as the Overview's complaint rate: templates, campaign sends, template-priced messages) on channels that
 * report delivery. The breakdown and the engagement drill-down "complained" both use it, so a breakdown row's
 * complained messages are exactly the list the row opens.
 */
export const COMPLAINT_RATE_MESSAGES = `delivered_at IS NOT NULL
    AND channel IN {deliveryChannels:Array(String)}
    AND (is_template OR sender_kind = 'campaign' OR template_category != ''
        OR pricing_category IN ('marketing', 'marketing_lite', 'utility', 'authentication'))`;

/**
 * A message's complaint breakdown key for the dimension named by `by` (an SQL String expression, a
 * ComplaintDimension value): the template name (any language), the campaign key, the sending account's id, or the
 * template category, else the pricing category ('' when the message has none).
 */
export function complaintGroupKey(by: string): string {
  return `multiIf(
        ${by} = 'TEMPLATE', template_name,
        ${by} = 'CAMPAIGN', campaign_id,
        ${by} = 'ACCOUNT', account_id,
        if(template_category != '', template_category, pricing_category))`;
}
