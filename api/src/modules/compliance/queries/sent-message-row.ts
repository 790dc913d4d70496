/** The columns every message detector returns about a `message.sent`; '' where the event has none. */
export interface SentMessageRow {
  event_id: string;
  message_id: string;
  channel: string;
  account_id: string;
  contact_id: string;
  campaign_id: string;
  template_name: string;
  /** Milliseconds since the epoch (64-bit, so a string). */
  occurred_at_ms: string;
}

/** The SELECT list producing a SentMessageRow from `events`. */
export const SENT_MESSAGE_COLUMNS = `id AS event_id,
    message_id,
    channel,
    account_id,
    contact_id,
    campaign_id,
    template_name,
    toString(toUnixTimestamp64Milli(occurred_at)) AS occurred_at_ms`;
