import type { CanonicalEvent } from '@checkmark/schemas';
import { startKeyedTestApp, type KeyedTestApp } from '@checkmark/test/helpers/keyed-test-app';
import { refreshTestRollups } from '@checkmark/test/helpers/rollups';
import { whatsappEvent } from '../../testing/analytics-fixtures';

// "Conversations handled" when several agents of one team answer one conversation: per agent their own
// conversations (warehouse 0017's agent_first), per team and under an agent filter the distinct conversations, for
// the whole period the conversations with any agent message.
const KEY = 'ck_bootstrap_support_handled_0123456789ab';
const PERIOD = { from: '2026-03-23', to: '2026-03-27' };
const QUERY = `query($filter: AnalyticsFilter!, $groupBy: SupportGroupBy!) {
  supportPerformance(filter: $filter, groupBy: $groupBy, basis: CALENDAR) {
    totals { conversations handled agentMessages }
    groups { key label conversations handled agentMessages }
  }
}`;
type Figures = { key?: string; label?: string; conversations: number; handled: number; agentMessages: number };

/**
 * x: customer, Anna, customer, Boris, customer, Anna (both answer; Anna twice). y: customer, Boris. z: customer,
 * never answered. Anna and Boris are both in team Support; only Anna's messages carry the team id.
 */
function traffic(tenantId: string): CanonicalEvent[] {
  let n = 0;
  const event = (contact: string, type: 'message.received' | 'message.sent', at: string, sender?: object) =>
    whatsappEvent(tenantId, `${contact}:${(n += 1)}`, type, at, {
      contactId: contact,
      messageId: `wamid.${contact}.${n}`,
      payload: sender ? { sender, isTemplate: false, contentType: 'text' } : { contentType: 'text' },
    });
  const anna = { kind: 'agent', agentId: 'ag_anna', teamId: 'tm_support' };
  const boris = { kind: 'agent', agentId: 'ag_boris' };
  return [
    event('x', 'message.received', '2026-03-24T09:00:00.000Z'),
    event('x', 'message.sent', '2026-03-24T09:05:00.000Z', anna),
    event('x', 'message.received', '2026-03-24T09:10:00.000Z'),
    event('x', 'message.sent', '2026-03-24T09:20:00.000Z', boris),
    event('x', 'message.received', '2026-03-24T09:30:00.000Z'),
    event('x', 'message.sent', '2026-03-24T09:35:00.000Z', anna),
    event('y', 'message.received', '2026-03-25T10:00:00.000Z'),
    event('y', 'message.sent', '2026-03-25T10:04:00.000Z', boris),
    event('z', 'message.received', '2026-03-26T11:00:00.000Z'),
  ];
}

describe('conversations handled (real app, chDB, SQLite)', () => {
  let app: KeyedTestApp;
  let annaId: string;
  let borisId: string;
  let supportId: string;
  const performance = async (groupBy: string, filter: object = PERIOD) =>
    (await app.ok<{ supportPerformance: { totals: Figures; groups: Figures[] } }>(QUERY, { filter, groupBy }))
      .supportPerformance;

  beforeAll(async () => {
    app = await startKeyedTestApp(KEY, new Date('2026-03-31T12:00:00.000Z'));
    supportId = await app.team('Support', 'tm_support');
    annaId = await app.agent('Anna', 'ag_anna', supportId);
    borisId = await app.agent('Boris', 'ag_boris', supportId);
    await app.warehouse.sink.insertEvents(traffic(app.tenantId));
    await refreshTestRollups(app.warehouse);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('counts each agent’s own conversations and the period’s conversations with an agent message once', async () => {
    const agents = await performance('AGENT');
    expect(agents.totals).toEqual({ conversations: 3, handled: 2, agentMessages: 4 });
    // Credit (conversations) goes to the first responder; handled and messages to whoever wrote.
    expect(
      agents.groups
        .map(({ label, conversations, handled, agentMessages }) => [label, conversations, handled, agentMessages])
        .sort(),
    ).toEqual(
      [
        ['Anna', 1, 1, 2],
        ['Boris', 1, 2, 2],
        // z: nobody answered and nobody was assigned
        ['', 1, 0, 0],
      ].sort(),
    );
  });

  it('counts a conversation two agents of one team answered once for the team', async () => {
    const teams = await performance('TEAM');
    const support = teams.groups.find((g) => g.key === supportId);
    expect(support).toMatchObject({ handled: 2, agentMessages: 4 });
    expect(teams.totals.handled).toBe(2);
  });

  it('counts one per conversation by channel and by day', async () => {
    expect((await performance('CHANNEL')).groups.map((g) => [g.key, g.handled])).toEqual([['whatsapp', 2]]);
    const days = await performance('DAY');
    expect(days.groups.map((g) => [g.key, g.handled]).sort()).toEqual([
      ['2026-03-24', 1],
      ['2026-03-25', 1],
      ['2026-03-26', 0],
    ]);
  });

  it('under an agent filter counts the conversations that agent wrote in, first response or not', async () => {
    const onlyBoris = await performance('CHANNEL', { ...PERIOD, agentIds: [borisId] });
    expect(onlyBoris.totals).toMatchObject({ handled: 2, agentMessages: 2 });
    expect(onlyBoris.groups.map((g) => [g.key, g.handled])).toEqual([['whatsapp', 2]]);
    const onlyAnna = await performance('AGENT', { ...PERIOD, agentIds: [annaId] });
    expect(onlyAnna.totals).toMatchObject({ handled: 1, agentMessages: 2 });
  });
});
