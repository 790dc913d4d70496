import { hasDeliveryReceipts, hasReadReceipts, measurable } from './channel-receipts';

describe('measurable', () => {
  it('is false when every selected channel lacks the receipts, or every message counted is on such a channel', () => {
    expect(measurable(['sms', 'telegram'], hasReadReceipts, 5, 0)).toBe(false);
    expect(measurable(['telegram'], hasDeliveryReceipts, 0, 0)).toBe(false);
    expect(measurable(null, hasReadReceipts, 3, 0)).toBe(false);
  });

  it('is true when a selected channel has them and some message is on it, or nothing was sent', () => {
    expect(measurable(['sms', 'whatsapp'], hasReadReceipts, 5, 1)).toBe(true);
    expect(measurable(null, hasReadReceipts, 0, 0)).toBe(true);
    expect(measurable([], hasReadReceipts, 2, 2)).toBe(true);
  });
});
