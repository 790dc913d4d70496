import { messagePrice, messagesCost, priceCategory } from './message-cost';

describe('message cost', () => {
  const prices = [
    { channel: 'whatsapp', category: 'marketing', price: 0.0617 },
    { channel: 'whatsapp', category: 'utility', price: 0.0248 },
    { channel: 'whatsapp', category: 'any', price: 0.01 },
    { channel: 'whatsapp', category: 'service', price: 0 },
    { channel: 'sms', category: 'any', price: 0.075 },
  ];

  it('prices WhatsApp variants as their base category', () => {
    expect(priceCategory('MARKETING_LITE')).toBe('marketing');
    expect(priceCategory('authentication_international')).toBe('authentication');
    expect(priceCategory('referral_conversion')).toBe('referral_conversion');
  });

  it("takes the category's price, else the channel's 'any' price, else none", () => {
    expect(messagePrice(prices, 'whatsapp', 'marketing_lite')).toBe(0.0617);
    expect(messagePrice(prices, 'whatsapp', 'service')).toBe(0);
    expect(messagePrice(prices, 'whatsapp', 'authentication')).toBe(0.01);
    expect(messagePrice(prices, 'sms', 'service')).toBe(0.075);
    expect(messagePrice(prices, 'telegram', 'service')).toBeNull();
  });

  it('sums count × price, leaves unpriced messages out, and is null when nothing has a price', () => {
    const billable = [
      { key: 'whatsapp|marketing', count: 3 },
      { key: 'whatsapp|authentication', count: 2 },
      { key: 'whatsapp|service', count: 10 },
      { key: 'sms|service', count: 4 },
      { key: 'telegram|service', count: 7 },
    ];
    // 3 × 0.0617 + 2 × 0.01 + 10 × 0 + 4 × 0.075 = 0.1851 + 0.02 + 0.3 = 0.5051
    expect(messagesCost(billable, prices)).toBe(0.5051);
    expect(messagesCost([{ key: 'telegram|service', count: 7 }], prices)).toBeNull();
    expect(messagesCost([], prices)).toBeNull();
    expect(messagesCost([{ key: 'whatsapp|service', count: 2 }], prices)).toBe(0);
  });
});
