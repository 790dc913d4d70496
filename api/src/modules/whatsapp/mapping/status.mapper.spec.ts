import { campaignFromCallbackData } from './status.mapper';

describe('campaignFromCallbackData', () => {
  it.each([
    ['campaign:spring-sale-2026', 'spring-sale-2026'],
    ['campaign:spring-sale-2026|agent:17', 'spring-sale-2026'],
    ['agent:17; campaign:42', '42'],
  ])('reads the campaign segment of %s', (data, campaign) => {
    expect(campaignFromCallbackData(data)).toBe(campaign);
  });

  it.each([
    ['order-7781'],
    ['{"campaign":"x"}'],
    ['campaign:'],
    ['campaign:has space'],
    [`campaign:${'x'.repeat(129)}`],
    [42],
    [undefined],
  ])('does not take %p for a campaign', (data) => {
    expect(campaignFromCallbackData(data)).toBeUndefined();
  });
});
