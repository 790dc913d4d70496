import { channelDrillDown } from './channel-drill';

describe('channelDrillDown', () => {
  it('narrows to the channel as the API keys it, and to the day when one is given', () => {
    expect(channelDrillDown('WHATSAPP')).toEqual({ dimension: 'CHANNEL', key: 'whatsapp' });
    expect(channelDrillDown('SMS', '2026-03-01')).toEqual({ dimension: 'CHANNEL', key: 'sms', date: '2026-03-01' });
  });
});
