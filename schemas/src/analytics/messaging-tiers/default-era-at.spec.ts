import { thrownCode } from './testing/thrown-code';
import { defaultEraAt } from './default-era-at';

describe('defaultEraAt', () => {
  it.each([
    ['2021-06-01T00:00:00.000Z', 'legacy'],
    ['2022-12-31T23:59:59.999Z', 'legacy'],
    ['2023-01-01T00:00:00.000Z', 'y2023'],
    ['2025-10-06T00:00:00.000Z', 'y2023'],
    ['2025-10-06T23:59:59.999Z', 'y2023'],
    ['2025-10-07T00:00:00.000Z', 'y2025'],
    ['2026-11-21T13:00:00.000Z', 'y2025'],
  ])('%s is in the %s era', (at, id) => {
    expect(defaultEraAt(at).id).toBe(id);
  });

  it('takes a Date and reads its UTC day', () => {
    expect(defaultEraAt(new Date(Date.UTC(2025, 9, 7, 0, 0))).id).toBe('y2025');
    expect(defaultEraAt(new Date(Date.UTC(2025, 9, 6, 23, 59))).id).toBe('y2023');
  });

  it('rejects a non-date with a typed error', () => {
    expect(thrownCode(() => defaultEraAt('not a date'))).toBe('TIER_INPUT_INVALID');
  });
});
