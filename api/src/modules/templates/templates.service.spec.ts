import type { AnalyticsScope } from '../overview/analytics-scope';
import { TemplateField } from './dtos/template-change.model';
import type { TemplateHistoryRow } from './queries/template-history.query';
import type { TemplateStateRow } from './queries/template-states.query';
import type { TemplateStatsRow } from './queries/template-stats.query';
import { compareKeys, TemplatesService, toHistory, toStats } from './templates.service';

const row = (overrides: Partial<TemplateStatsRow> = {}): TemplateStatsRow => ({
  channel: 'whatsapp',
  account_id: 'wa_1',
  name: 'promo',
  language: 'en',
  sent_category: 'marketing',
  sent: 4,
  delivered: 2,
  read: 1,
  failed: 1,
  replied: 1,
  complained: 0,
  opted_out: 0,
  timed_reads: 1,
  median_time_to_read_seconds: 42,
  ...overrides,
});

const state = (overrides: Partial<TemplateStateRow>): TemplateStateRow => ({
  channel: 'whatsapp',
  account_id: 'waba_1',
  name: 'promo',
  language: 'en',
  status: 'APPROVED',
  quality: '',
  category: '',
  updated_at_ms: '1000',
  ...overrides,
});

const history = (overrides: Partial<TemplateHistoryRow>): TemplateHistoryRow => ({
  id: 'e',
  occurred_at_ms: '0',
  channel: 'whatsapp',
  account_id: 'waba_1',
  name: 'promo',
  language: 'en',
  status: '',
  quality: '',
  previous_quality: '',
  category: '',
  previous_category: '',
  reason: '',
  ...overrides,
});

describe('toStats', () => {
  it('computes rates and takes the state reported under the WABA of the sending number', () => {
    const stats = toStats(
      row(),
      [state({ account_id: 'waba_other', status: 'PAUSED', updated_at_ms: '9000' }), state({ quality: 'RED' })],
      {
        id: 'acc',
        wabaId: 'waba_1',
      },
    );
    expect(stats).toMatchObject({
      deliveryRate: 0.5,
      readRate: 0.5,
      medianTimeToReadSeconds: 42,
      status: 'APPROVED',
      quality: 'RED',
      category: 'marketing',
      businessAccountId: 'acc',
    });
    expect(stats.stateUpdatedAt).toEqual(new Date(1000));
  });

  it('falls back to the latest state of the same template under any account', () => {
    const stats = toStats(
      row(),
      [
        state({ account_id: 'x', status: 'PAUSED', updated_at_ms: '9000' }),
        state({ account_id: 'y', status: 'APPROVED' }),
      ],
      null,
    );
    expect(stats.status).toBe('PAUSED');
  });

  it('says NOT_MEASURABLE on channels without receipts and NO_DATA when nothing to divide', () => {
    expect(toStats(row({ channel: 'sms' }), [], null)).toMatchObject({
      deliveryRate: 0.5,
      readRate: null,
      readRateUnavailableReason: 'NOT_MEASURABLE',
      medianTimeToReadUnavailableReason: 'NOT_MEASURABLE',
    });
    expect(
      toStats(row({ delivered: 0, read: 0, timed_reads: 0, median_time_to_read_seconds: null }), [], null),
    ).toMatchObject({
      readRate: null,
      readRateUnavailableReason: 'NO_DATA',
      medianTimeToReadSeconds: null,
      medianTimeToReadUnavailableReason: 'NO_DATA',
    });
  });
});

describe('toHistory', () => {
  it("takes from the event's previous value, else the template's previous event", () => {
    const changes = toHistory([
      history({ status: 'APPROVED', category: 'MARKETING' }),
      history({ account_id: 'waba_2', status: 'REJECTED' }),
      history({ status: 'PAUSED', quality: 'RED', previous_quality: 'YELLOW' }),
    ]).map((c) => c.changes);
    expect(changes).toEqual([
      [
        { field: TemplateField.STATUS, from: null, to: 'APPROVED' },
        { field: TemplateField.CATEGORY, from: null, to: 'MARKETING' },
      ],
      [{ field: TemplateField.STATUS, from: null, to: 'REJECTED' }],
      [
        { field: TemplateField.STATUS, from: 'APPROVED', to: 'PAUSED' },
        { field: TemplateField.QUALITY, from: 'YELLOW', to: 'RED' },
      ],
    ]);
  });
});

describe('compareKeys', () => {
  it('orders by sends descending, then the rest ascending', () => {
    expect(compareKeys([5, 'whatsapp'], [3, 'telegram'])).toBeLessThan(0);
    expect(compareKeys([3, 'telegram'], [3, 'whatsapp'])).toBeLessThan(0);
    expect(compareKeys([3, 'a'], [3, 'a'])).toBe(0);
  });
});

describe('TemplatesService', () => {
  const scope = { tenantId: 't' } as AnalyticsScope;
  const service = (rows: TemplateStatsRow[]) =>
    new TemplatesService(
      { resolve: () => Promise.resolve(scope) },
      {
        refreshedAt: () => Promise.resolve(new Date('2025-01-03T00:00:00Z')),
        stats: () => Promise.resolve(rows),
        states: () => Promise.resolve([]),
        history: () => Promise.resolve([]),
        failures: () => Promise.resolve([]),
      },
      { findOne: () => Promise.resolve(null), findByExternalIds: () => Promise.resolve([]) },
    );
  const filter = { from: '2025-01-01', to: '2025-01-02' };

  it('rejects a bad cursor, a bad page size and an empty name with BAD_USER_INPUT', async () => {
    await expect(service([]).templates('t', filter, { after: 'nope' }, null)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(service([]).templates('t', filter, { first: 0 }, null)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(service([]).templateHistory('t', '  ', null, null)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('answers NOT_FOUND for an account id it cannot find in the tenant', async () => {
    await expect(service([]).templateHistory('t', 'promo', null, 'acc')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('continues after the cursor', async () => {
    const rows = [row({ sent: 9, name: 'a' }), row({ sent: 5, name: 'b' }), row({ sent: 5, name: 'c' })];
    const first = await service(rows).templates('t', filter, { first: 2 }, null);
    expect(first.nodes.map((n) => n.name)).toEqual(['a', 'b']);
    const next = await service(rows).templates('t', filter, { first: 2, after: first.pageInfo.endCursor }, null);
    expect(next).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
    expect(next.asOf).toEqual(new Date('2025-01-03T00:00:00Z'));
    expect(next.nodes.map((n) => n.name)).toEqual(['c']);
  });
});
