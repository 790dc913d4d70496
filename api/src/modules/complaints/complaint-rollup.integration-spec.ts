import { validateEvent, type CanonicalEvent } from '@checkmark/schemas';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { refreshTestRollups } from '@checkmark/test/helpers/rollups';
import { whatsappEvent } from '../../testing/analytics-fixtures';
import type { AnalyticsScope, DateRange } from '../overview/analytics-scope';
import { OverviewRepository } from '../overview/overview.repository';
import { ComplaintsRepository, type ComplaintDrillParams } from './complaints.repository';

const TENANT = 'tenant_complaint_rollup';
const PERIOD: DateRange = { from: '2025-03-10', to: '2025-03-12' };
const NO_DRILL: ComplaintDrillParams = { date: null, kind: null, reason: null };

function scopeOf(timeZone: string, overrides: Partial<AnalyticsScope> = {}): AnalyticsScope {
  return {
    tenantId: TENANT,
    timeZone,
    period: PERIOD,
    previousPeriod: { from: '2025-03-07', to: '2025-03-09' },
    channels: null,
    accountIds: null,
    agentIds: null,
    campaignKeys: null,
    ...overrides,
  };
}

/** A delivered business-initiated message (a utility template unless `payload` says otherwise). */
function delivered(id: string, at: string, payload: Record<string, unknown> = {}): CanonicalEvent[] {
  return [
    whatsappEvent(TENANT, `sent:${id}`, 'message.sent', at, {
      messageId: id,
      contactId: `c:${id}`,
      payload: {
        sender: { kind: 'bot' },
        isTemplate: true,
        templateName: 'notice',
        templateCategory: 'UTILITY',
        contentType: 'template',
        ...payload,
      },
    }),
    whatsappEvent(TENANT, `delivered:${id}`, 'message.status', at, {
      messageId: id,
      contactId: `c:${id}`,
      payload: { status: 'delivered' },
    }),
  ];
}

function complaint(id: string, at: string, payload: Record<string, unknown>): CanonicalEvent {
  return whatsappEvent(TENANT, `complaint:${id}`, 'complaint.recorded', at, {
    contactId: `c:${id}`,
    payload: { kind: 'report_spam', ...payload },
  });
}

/**
 * Around midnight of 03-10 in Kolkata (+05:30, midnight = 18:30 UTC) and Kathmandu (+05:45, midnight = 18:15 UTC):
 *   a delivered 18:14 UTC (23:44 / 23:59 on the 10th)   k3 about c 18:10 UTC (23:40 / 23:55 on the 10th)
 *   b delivered 18:20 UTC (23:50 on the 10th / 00:05)    k1 about a 18:29:59 UTC (23:59:59 on the 10th / 00:14:59)
 *   c delivered 18:31 UTC (00:01 / 00:16 on the 11th)    k2 about b 18:30 UTC (00:00 / 00:15 on the 11th)
 * On 03-12 at noon: d, an agent_7 template (k4 about it); e, of campaign autumn (k5 about it, naming no campaign);
 * k6 naming autumn without a message; and one complaint on Telegram (no delivery receipts: never counted).
 */
function plantedEvents(): CanonicalEvent[] {
  return [
    ...delivered('a', '2025-03-10T18:14:00.000Z'),
    ...delivered('b', '2025-03-10T18:20:00.000Z'),
    ...delivered('c', '2025-03-10T18:31:00.000Z'),
    complaint('k3', '2025-03-10T18:10:00.000Z', { relatedMessageId: 'c' }),
    complaint('k1', '2025-03-10T18:29:59.000Z', { relatedMessageId: 'a' }),
    complaint('k2', '2025-03-10T18:30:00.000Z', { relatedMessageId: 'b' }),
    ...delivered('d', '2025-03-12T12:00:00.000Z', { sender: { kind: 'agent', agentId: 'agent_7' } }),
    ...delivered('e', '2025-03-12T12:00:00.000Z', { sender: { kind: 'campaign' }, campaignId: 'autumn' }),
    complaint('k4', '2025-03-12T12:10:00.000Z', { relatedMessageId: 'd' }),
    complaint('k5', '2025-03-12T12:20:00.000Z', { relatedMessageId: 'e' }),
    complaint('k6', '2025-03-12T12:30:00.000Z', { campaignId: 'autumn' }),
    { ...complaint('k7', '2025-03-12T12:40:00.000Z', {}), channel: 'telegram', accountId: 'tg_1' },
  ];
}

describe('the complaint rollup (warehouse 0013) behind the complaint rate and its complaint lists', () => {
  let wh: TestWarehouse;
  let overview: OverviewRepository;
  let complaints: ComplaintsRepository;

  beforeAll(async () => {
    wh = await testWarehouse();
    overview = new OverviewRepository({ client: wh.client, database: wh.database });
    complaints = new ComplaintsRepository({ client: wh.client, database: wh.database });
    const events = plantedEvents();
    expect(events.map((e) => [e.id, validateEvent(e).ok]).filter(([, ok]) => !ok)).toEqual([]);
    // Sent twice: each event id counts once.
    await wh.sink.insertEvents(events);
    await wh.sink.insertEvents(events);
    await refreshTestRollups(wh);
  });

  afterAll(async () => {
    if (wh) await dropTestDatabase(wh);
  });

  it.each([
    [
      'UTC',
      [
        { day: '2025-03-10', complaints: 3, delivered: 3 },
        { day: '2025-03-12', complaints: 3, delivered: 2 },
      ],
    ],
    [
      'Asia/Kolkata',
      [
        { day: '2025-03-10', complaints: 2, delivered: 2 }, // k1 k3 / a b
        { day: '2025-03-11', complaints: 1, delivered: 1 }, // k2 / c
        { day: '2025-03-12', complaints: 3, delivered: 2 },
      ],
    ],
    [
      'Asia/Kathmandu',
      [
        { day: '2025-03-10', complaints: 1, delivered: 1 }, // k3 / a
        { day: '2025-03-11', complaints: 2, delivered: 2 }, // k1 k2 / b c
        { day: '2025-03-12', complaints: 3, delivered: 2 },
      ],
    ],
  ])('sums 15-minute buckets exactly into local days in %s', async (timeZone, expected) => {
    expect(await overview.complaints(scopeOf(timeZone), PERIOD)).toEqual(expected);
    // The complaint list of each day is as long as the day's count.
    for (const row of expected) {
      expect([row.day, await complaints.eventCount(scopeOf(timeZone), { ...NO_DRILL, date: row.day })]).toEqual([
        row.day,
        row.complaints,
      ]);
    }
  });

  it('filters complaints by the agent of the message they name and by their own or that message’s campaign', async () => {
    const day12 = { from: '2025-03-12', to: '2025-03-12' };
    const scope = (overrides: Partial<AnalyticsScope>) => scopeOf('UTC', { period: day12, ...overrides });
    expect(await overview.complaints(scope({ agentIds: ['agent_7'] }), day12)).toEqual([
      { day: '2025-03-12', complaints: 1, delivered: 1 }, // k4 / d
    ]);
    expect(await overview.complaints(scope({ campaignKeys: ['autumn'] }), day12)).toEqual([
      { day: '2025-03-12', complaints: 2, delivered: 1 }, // k5 (about e), k6 (names autumn) / e
    ]);
    const listed = await complaints.events(scope({ campaignKeys: ['autumn'] }), NO_DRILL, null, 10);
    expect(listed.map((row) => [row.id, row.campaign_id])).toEqual([
      ['complaint:k6', 'autumn'],
      ['complaint:k5', 'autumn'], // from the message it names
    ]);
    expect(await overview.complaints(scope({ agentIds: ['agent_8'] }), day12)).toEqual([]);
    expect(await overview.complaints(scope({ channels: ['telegram'] }), day12)).toEqual([]);
    expect(await complaints.composition(scope({ agentIds: ['agent_7'] }))).toEqual([
      { kind: 'report_spam', reason: '', complaints: 1 },
    ]);
  });

  it('counts and lists a late complaint only after the next rebuild, both at once', async () => {
    const day12 = { from: '2025-03-12', to: '2025-03-12' };
    const scope = scopeOf('UTC', { period: day12 });
    await wh.sink.insertEvents([complaint('late', '2025-03-12T13:00:00.000Z', { relatedMessageId: 'e' })]);
    expect(await overview.complaints(scope, day12)).toEqual([{ day: '2025-03-12', complaints: 3, delivered: 2 }]);
    expect(await complaints.eventCount(scope, NO_DRILL)).toBe(3);
    expect((await complaints.events(scope, NO_DRILL, null, 10)).map((row) => row.id)).not.toContain('complaint:late');
    await refreshTestRollups(wh);
    expect(await overview.complaints(scope, day12)).toEqual([{ day: '2025-03-12', complaints: 4, delivered: 2 }]);
    expect(await complaints.eventCount(scope, NO_DRILL)).toBe(4);
    expect((await complaints.events(scope, NO_DRILL, null, 10))[0]?.id).toBe('complaint:late');
  });
});
