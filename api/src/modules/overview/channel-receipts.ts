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
