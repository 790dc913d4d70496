import { toFailureReasons } from './failure-reasons';

describe('toFailureReasons', () => {
  it('merges titles of one code, keeps the most frequent title and sorts by count', () => {
    const reasons = toFailureReasons([
      { channel: 'whatsapp', error_code: '131026', error_title: 'Message undeliverable', failed: 3 },
      { channel: 'whatsapp', error_code: '131026', error_title: 'Undeliverable', failed: 1 },
      { channel: 'sms', error_code: '', error_title: '', failed: 4 },
    ]);
    expect(reasons.map((r) => [r.channel, r.errorCode, r.count, r.share, r.platformTitle, r.known])).toEqual([
      ['sms', null, 4, 0.5, null, false],
      ['whatsapp', '131026', 4, 0.5, 'Message undeliverable', true],
    ]);
    expect(reasons[1].meaning).toEqual(expect.any(String));
  });
});
