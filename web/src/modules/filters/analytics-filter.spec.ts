import { applyFilterPatch, filterSearch, parseFilter, toAnalyticsFilter } from './analytics-filter';

const now = new Date('2026-03-10T23:30:00Z');

describe('analytics filter in the URL', () => {
  it('defaults to the last 30 days ending today in the tenant’s zone', () => {
    const state = parseFilter(new URLSearchParams(), 'Europe/Warsaw', now);
    // 23:30 UTC is already 11 March in Warsaw.
    expect(state).toMatchObject({ preset: 30, from: '2026-02-10', to: '2026-03-11', channel: null, invalid: null });
  });

  it('reads presets, explicit dates and one id per dimension', () => {
    expect(parseFilter(new URLSearchParams('days=7'), 'UTC', now)).toMatchObject({
      preset: 7,
      from: '2026-03-04',
      to: '2026-03-10',
    });
    const state = parseFilter(
      new URLSearchParams('from=2026-01-01&to=2026-01-31&channel=whatsapp&account=a1&campaign=c1&agent=g1'),
      'UTC',
      now,
    );
    expect(toAnalyticsFilter(state)).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
      channels: ['WHATSAPP'],
      accountIds: ['a1'],
      campaignIds: ['c1'],
      agentIds: ['g1'],
    });
  });

  it('refuses reversed or too long ranges and ignores unknown channels', () => {
    const reversed = parseFilter(new URLSearchParams('from=2026-02-01&to=2026-01-01'), 'UTC', now);
    expect(reversed.invalid).toBe('ORDER');
    expect(toAnalyticsFilter(reversed)).toBeNull();
    expect(parseFilter(new URLSearchParams('from=2024-01-01&to=2026-01-01'), 'UTC', now).invalid).toBe('TOO_LONG');
    expect(parseFilter(new URLSearchParams('channel=fax'), 'UTC', now).channel).toBeNull();
    expect(parseFilter(new URLSearchParams('from=2026-02-30&to=2026-03-01'), 'UTC', now).preset).toBe(30);
  });

  it('writes changes to the URL and keeps parameters it does not own', () => {
    const start = new URLSearchParams('from=2026-01-01&to=2026-01-31&tab=x');
    expect(applyFilterPatch(start, { preset: 7 }).toString()).toBe('tab=x&days=7');
    expect(applyFilterPatch(start, { preset: 30 }).toString()).toBe('tab=x');
    expect(applyFilterPatch(start, { channel: 'TELEGRAM' }).get('channel')).toBe('telegram');
    expect(applyFilterPatch(new URLSearchParams('channel=sms'), { channel: null }).has('channel')).toBe(false);
    expect(filterSearch(new URLSearchParams('days=7&tab=x&agent=g1'))).toBe('?days=7&agent=g1');
    const carried = new URLSearchParams('days=7&campaign=c1&agent=g1&channel=sms');
    expect(applyFilterPatch(carried, { clear: ['campaignId', 'agentId'] }).toString()).toBe('days=7&channel=sms');
  });
});
