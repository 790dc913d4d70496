import { thrownCode } from './testing/thrown-code';
import { MESSAGING_LIMITS } from '../../events';
import { messagingLimitValue } from './messaging-limit-value';
import { parseMessagingLimit } from './parse-messaging-limit';

describe('parseMessagingLimit', () => {
  it.each(MESSAGING_LIMITS.map((name) => [name]))('accepts the name %s as itself', (name) => {
    expect(parseMessagingLimit(name)).toBe(name);
  });

  it.each([
    [50, 'TIER_50'],
    [250, 'TIER_250'],
    [1000, 'TIER_1K'],
    [2000, 'TIER_2K'],
    [10000, 'TIER_10K'],
    [100000, 'TIER_100K'],
    [-1, 'TIER_UNLIMITED'],
  ])('accepts the integer %d as %s', (value, name) => {
    expect(parseMessagingLimit(value)).toBe(name);
  });

  it('accepts the bare UNLIMITED of the 2025 changes page', () => {
    expect(parseMessagingLimit('UNLIMITED')).toBe('TIER_UNLIMITED');
  });

  it.each([['TIER_5K'], ['tier_1k'], ['1000'], [500], [0], [1000.5], [Number.NaN], [null], [undefined], [{}]])(
    'rejects %p with a typed error',
    (value) => {
      expect(thrownCode(() => parseMessagingLimit(value))).toBe('MESSAGING_LIMIT_INVALID');
    },
  );
});

describe('messagingLimitValue', () => {
  it('gives recipients per 24 h, infinity for unlimited and null when not set', () => {
    expect(messagingLimitValue('TIER_2K')).toBe(2000);
    expect(messagingLimitValue('TIER_UNLIMITED')).toBe(Number.POSITIVE_INFINITY);
    expect(messagingLimitValue('TIER_NOT_SET')).toBeNull();
  });
});
