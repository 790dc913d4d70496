import { CHANNELS, type Channel } from '@checkmark/schemas';

/**
 * Which channels report delivery and reading. Telegram bots get no delivery or read receipts (the Bot API only
 * confirms the send) and SMS no read receipts, so their rates would show a false 0: those channels are left out
 * of the rates and flagged instead (docs/metrics.md).
 */
const NO_DELIVERY_RECEIPTS: readonly Channel[] = ['telegram'];
const NO_READ_RECEIPTS: readonly Channel[] = ['telegram', 'sms'];

export function hasDeliveryReceipts(channel: Channel): boolean {
  return !NO_DELIVERY_RECEIPTS.includes(channel);
}

export function hasReadReceipts(channel: Channel): boolean {
  return !NO_READ_RECEIPTS.includes(channel);
}

export const DELIVERY_RECEIPT_CHANNELS: readonly Channel[] = CHANNELS.filter(hasDeliveryReceipts);
export const READ_RECEIPT_CHANNELS: readonly Channel[] = CHANNELS.filter(hasReadReceipts);

/**
 * Whether a set of messages can show a figure that needs receipts (`has`): not when every selected channel
 * (null = all) lacks them, nor when every message counted is on such a channel. Engagement and the funnel share it.
 */
export function measurable(
  selected: readonly Channel[] | null,
  has: (channel: Channel) => boolean,
  sent: number,
  sentOnMeasured: number,
): boolean {
  if (selected !== null && selected.length > 0 && !selected.some(has)) return false;
  return !(sent > 0 && sentOnMeasured === 0);
}
