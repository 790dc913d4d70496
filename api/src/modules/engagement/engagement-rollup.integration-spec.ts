import type { CanonicalEvent } from '@checkmark/schemas';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { refreshTestRollups } from '@checkmark/test/helpers/rollups';
import { analyticsScope, whatsappEvent } from '../../testing/analytics-fixtures';
import type { AnalyticsScope } from '../overview/analytics-scope';
import { TemplatesRepository } from '../templates/templates.repository';
import { EngagementDimension } from './dtos/engagement.enums';
import { EngagementRepository } from './engagement.repository';
import { EngagementService } from './engagement.service';

// The Engagement and template figures come from the rollup (warehouse migration 0006), rebuilt from the message
// facts on refresh. These tests pin what the rollup adds: it is exactly as idempotent as the facts, its 15-minute
// UTC buckets put messages in the right local day and hour of half- and quarter-hour zones and across a DST
// change, and it changes only when refreshed. Expectations are computed by hand; times are UTC.
const TENANT = 'tenant_rollup';

const template = { isTemplate: true, templateName: 'promo', templateLanguage: 'en', templateCategory: 'marketing' };
const sent = (id: string, message: string, at: string, payload: Record<string, unknown> = {}, contact = 'c_1') =>
  whatsappEvent(TENANT, id, 'message.sent', at, {
    messageId: message,
    contactId: contact,
    payload: { sender: { kind: 'campaign' }, contentType: 'template', ...template, ...payload },
  });
const status = (id: string, message: string, value: string, at: string, extra: Record<string, unknown> = {}) =>
  whatsappEvent(TENANT, id, 'message.status', at, { messageId: message, payload: { status: value, ...extra } });

function service(warehouse: TestWarehouse, scope: AnalyticsScope): EngagementService {
  return new EngagementService(
    { resolve: () => Promise.resolve(scope) },
    new EngagementRepository({ client: warehouse.client, database: warehouse.database }),
    { accountsByExternalIds: () => Promise.resolve([]), campaignsByKeys: () => Promise.resolve([]) },
  );
}

const MARCH_10 = (overrides: Partial<AnalyticsScope> = {}) =>
  analyticsScope({ tenantId: TENANT, timeZone: 'UTC', ...overrides });

describe('engagement rollup: replays, time zones and freshness', () => {
  const opened: TestWarehouse[] = [];
  const open = async () => {
    const warehouse = await testWarehouse();
    opened.push(warehouse);
    return warehouse;
  };

  afterAll(async () => {
    for (const warehouse of opened) await dropTestDatabase(warehouse);
  });

  describe('replayed, duplicated and out-of-order statuses', () => {
    /** m1 read 60 s after sending (delivered at 10 s), m2 read after 30 min (no delivered), m3 failed, m4 delivered only. */
    const traffic = (): CanonicalEvent[] => [
      sent('e1', 'm1', '2025-03-10T09:00:00.000Z'),
      status('e1d', 'm1', 'delivered', '2025-03-10T09:00:10.000Z'),
      status('e1r', 'm1', 'read', '2025-03-10T09:01:00.000Z'),
      sent('e2', 'm2', '2025-03-10T09:05:00.000Z', {}, 'c_2'),
      status('e2r', 'm2', 'read', '2025-03-10T09:35:00.000Z'),
      sent('e3', 'm3', '2025-03-10T09:20:00.000Z', {}, 'c_3'),
      status('e3f', 'm3', 'failed', '2025-03-10T09:20:05.000Z', { errorCode: '131026', errorTitle: 'Undeliverable' }),
      sent('e4', 'm4', '2025-03-11T12:00:00.000Z', { templateName: 'welcome' }, 'c_4'),
      status('e4s', 'm4', 'sent', '2025-03-11T12:00:01.000Z'),
      status('e4d', 'm4', 'delivered', '2025-03-11T12:00:30.000Z'),
      // c_1 answers the promo 10 minutes after it was read.
      whatsappEvent(TENANT, 'e1in', 'message.received', '2025-03-10T09:11:00.000Z', {
        messageId: 'in1',
        payload: { contentType: 'text' },
      }),
    ];

    async function figures(warehouse: TestWarehouse) {
      const scope = MARCH_10();
      const engagement = await Promise.all(
        Object.values(EngagementDimension).map((dimension) =>
          service(warehouse, scope).engagement(TENANT, { from: '2025-03-10', to: '2025-03-11' }, dimension),
        ),
      );
      const repository = new TemplatesRepository({ client: warehouse.client, database: warehouse.database });
      const failures = await service(warehouse, scope).failureReasons(TENANT, {
        from: '2025-03-10',
        to: '2025-03-11',
      });
      return {
        engagement: engagement.map(({ asOf: _asOf, ...rest }) => rest),
        templates: await repository.stats(scope, null),
        failures,
      };
    }

    it('gives the same figures for the traffic once, and twice shuffled in many small batches with statuses first', async () => {
      const once = await open();
      await once.sink.insertEvents(traffic());
      await refreshTestRollups(once);

      const replayed = await open();
      // Statuses before their sends, every event twice, seven batches.
      const twice = [...traffic(), ...traffic()].sort(
        (a, b) => Number(b.type === 'message.status') - Number(a.type === 'message.status') || b.id.localeCompare(a.id),
      );
      for (let i = 0; i < twice.length; i += 3) await replayed.sink.insertEvents(twice.slice(i, i + 3));
      await refreshTestRollups(replayed);
      // A refresh of unchanged facts changes nothing either.
      await refreshTestRollups(replayed);

      const expected = await figures(once);
      expect(expected.engagement[0].total).toMatchObject({
        sent: 4,
        delivered: 3,
        read: 2,
        timedReads: 2,
        medianSeconds: 930, // (60 + 1800) / 2
        meanSeconds: 930,
      });
      expect(
        expected.templates.map((row) => [row.name, row.sent, row.delivered, row.read, row.failed, row.replied]),
      ).toEqual([
        ['promo', 3, 2, 2, 1, 1],
        ['welcome', 1, 1, 0, 0, 0],
      ]);
      expect(expected.failures.map((f) => [f.errorCode, f.count])).toEqual([['131026', 1]]);
      expect(await figures(replayed)).toEqual(expected);
    });
  });

  describe('15-minute UTC buckets in the tenant time zone', () => {
    let warehouse: TestWarehouse;

    beforeAll(async () => {
      warehouse = await open();
      await warehouse.sink.insertEvents([
        // 18:14:59 / 18:15 / 18:29:59 / 18:30 UTC on Monday 10 March
        sent('z1', 'z1', '2025-03-10T18:14:59.000Z'),
        sent('z2', 'z2', '2025-03-10T18:15:00.000Z'),
        sent('z3', 'z3', '2025-03-10T18:29:59.000Z'),
        sent('z4', 'z4', '2025-03-10T18:30:00.000Z'),
        // Adelaide leaves daylight time at 03:00 ACDT (+10:30) on Sunday 6 April 2025 = 16:30 UTC on the 5th,
        // back to 02:00 ACST (+09:30): 02:59 ACDT and 02:00 ACST are both hour 2 of Sunday.
        sent('a1', 'a1', '2025-04-05T13:29:59.000Z'), // Sat 5, 23:59:59 ACDT
        sent('a2', 'a2', '2025-04-05T13:30:00.000Z'), // Sun 6, 00:00 ACDT
        sent('a3', 'a3', '2025-04-05T16:29:00.000Z'), // Sun 6, 02:59 ACDT
        sent('a4', 'a4', '2025-04-05T16:30:00.000Z'), // Sun 6, 02:00 ACST
        sent('a5', 'a5', '2025-04-06T14:29:00.000Z'), // Sun 6, 23:59 ACST
        sent('a6', 'a6', '2025-04-06T14:30:00.000Z'), // Mon 7, 00:00 ACST
      ]);
      await refreshTestRollups(warehouse);
    });

    const cells = async (scope: AnalyticsScope) => {
      const result = await service(warehouse, scope).engagement(TENANT, scope.period, null);
      return {
        days: result.days.filter((d) => d.sent > 0).map((d) => [d.date, d.sent]),
        heatmap: result.heatmap.map((c) => [c.dayOfWeek, c.hour, c.sent]),
      };
    };

    it('Asia/Kolkata (+05:30): 18:30 UTC is midnight of the next day', async () => {
      const period = { from: '2025-03-10', to: '2025-03-11' };
      expect(await cells(MARCH_10({ timeZone: 'Asia/Kolkata', period }))).toEqual({
        days: [
          ['2025-03-10', 3],
          ['2025-03-11', 1],
        ],
        heatmap: [
          [1, 23, 3],
          [2, 0, 1],
        ],
      });
    });

    it('Asia/Kathmandu (+05:45): 18:15 UTC is midnight of the next day', async () => {
      const period = { from: '2025-03-10', to: '2025-03-11' };
      expect(await cells(MARCH_10({ timeZone: 'Asia/Kathmandu', period }))).toEqual({
        days: [
          ['2025-03-10', 1],
          ['2025-03-11', 3],
        ],
        heatmap: [
          [1, 23, 1],
          [2, 0, 3],
        ],
      });
    });

    it('Australia/Adelaide across the end of daylight time (+10:30 to +09:30)', async () => {
      const period = { from: '2025-04-05', to: '2025-04-07' };
      expect(await cells(MARCH_10({ timeZone: 'Australia/Adelaide', period }))).toEqual({
        days: [
          ['2025-04-05', 1],
          ['2025-04-06', 4],
          ['2025-04-07', 1],
        ],
        heatmap: [
          [1, 0, 1],
          [6, 23, 1],
          [7, 0, 1],
          [7, 2, 2],
          [7, 23, 1],
        ],
      });
    });

    it('a period of one local day takes exactly its buckets', async () => {
      const period = { from: '2025-04-06', to: '2025-04-06' };
      const result = await service(warehouse, MARCH_10({ timeZone: 'Australia/Adelaide', period })).engagement(
        TENANT,
        period,
        null,
      );
      expect(result.total.sent).toBe(4);
    });
  });

  describe('agents: totals over agents and the per-agent rollup', () => {
    let warehouse: TestWarehouse;
    const agent = (agentId: string) => ({ sender: { kind: 'agent', agentId } });

    beforeAll(async () => {
      warehouse = await open();
      await warehouse.sink.insertEvents([
        // a_1: read after 60 s; a_2: read after 120 s, and one failed; the campaign: read after 300 s
        sent('g1', 'g1', '2025-03-10T09:00:00.000Z', agent('a_1'), 'c_1'),
        status('g1r', 'g1', 'read', '2025-03-10T09:01:00.000Z'),
        sent('g2', 'g2', '2025-03-10T09:02:00.000Z', agent('a_2'), 'c_2'),
        status('g2r', 'g2', 'read', '2025-03-10T09:04:00.000Z'),
        sent('g3', 'g3', '2025-03-10T09:03:00.000Z', agent('a_2'), 'c_3'),
        status('g3f', 'g3', 'failed', '2025-03-10T09:03:05.000Z', { errorCode: '131026', errorTitle: 'Undeliverable' }),
        sent('g4', 'g4', '2025-03-10T09:05:00.000Z', {}, 'c_4'),
        status('g4r', 'g4', 'read', '2025-03-10T09:10:00.000Z'),
      ]);
      await refreshTestRollups(warehouse);
    });

    const engagement = (agentIds: string[] | null) =>
      service(warehouse, MARCH_10({ agentIds })).engagement(TENANT, { from: '2025-03-10', to: '2025-03-10' }, null);

    it('sums every agent and failure reason when no agent is filtered', async () => {
      const all = await engagement(null);
      expect(all.total).toMatchObject({ sent: 4, delivered: 3, read: 3, timedReads: 3, medianSeconds: 120 });
      expect(all.total.meanSeconds).toBeCloseTo(160, 6);
      expect(all.histogram.map((b) => b.count)).toEqual([0, 2, 1, 0, 0, 0]);
      expect(all.heatmap.filter((c) => c.sent > 0).map((c) => [c.dayOfWeek, c.hour, c.sent, c.read])).toEqual([
        [1, 9, 4, 3],
      ]);
      expect(all.groups.map((g) => [g.key, g.stats.sent, g.stats.read])).toEqual([['whatsapp', 4, 3]]);
    });

    it("reads one agent's messages when the filter names it", async () => {
      const second = await engagement(['a_2']);
      expect(second.total).toMatchObject({ sent: 2, delivered: 1, read: 1, timedReads: 1, medianSeconds: 120 });
      expect(second.days.map((d) => [d.date, d.sent])).toEqual([
        ['2025-03-10', 2],
        ['2025-03-11', 0],
      ]);
      expect((await engagement(['a_1', 'a_2'])).total).toMatchObject({ sent: 3, read: 2, medianSeconds: 90 });
    });
  });

  describe('freshness', () => {
    it('shows a late read receipt only after the next refresh, and moves asOf', async () => {
      const warehouse = await open();
      const engagement = () =>
        service(warehouse, MARCH_10()).engagement(TENANT, { from: '2025-03-10', to: '2025-03-11' }, null);
      await warehouse.sink.insertEvents([sent('f1', 'f1', '2025-03-10T08:00:00.000Z')]);
      await refreshTestRollups(warehouse);
      const before = await engagement();
      expect(before.total).toMatchObject({ sent: 1, read: 0 });
      expect(before.asOf).toBeInstanceOf(Date);

      // Read two days after the send: it still belongs to the 10th, where the message was sent.
      await warehouse.sink.insertEvents([status('f1r', 'f1', 'read', '2025-03-12T08:00:00.000Z')]);
      expect((await engagement()).total).toMatchObject({ sent: 1, read: 0 });
      // The list behind "read" is as of the same rebuild as the figure: still empty.
      const readList = () =>
        service(warehouse, MARCH_10()).engagementMessages(
          TENANT,
          { from: '2025-03-10', to: '2025-03-11' },
          { status: 'read' },
          null,
        );
      expect((await readList()).totalCount).toBe(0);

      const refreshStarted = Math.floor(Date.now() / 1000) * 1000;
      await refreshTestRollups(warehouse);
      const after = await engagement();
      expect(after.total).toMatchObject({ sent: 1, read: 1, timedReads: 1, medianSeconds: 172800 });
      expect(after.days.map((d) => [d.date, d.read])).toEqual([
        ['2025-03-10', 1],
        ['2025-03-11', 0],
      ]);
      expect(after.asOf!.getTime()).toBeGreaterThanOrEqual(refreshStarted);
      const list = await readList();
      expect([list.totalCount, list.nodes.map((n) => n.messageId)]).toEqual([1, ['f1']]);
    });
  });
});
