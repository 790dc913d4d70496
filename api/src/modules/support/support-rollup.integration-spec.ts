import type { CanonicalEvent } from '@checkmark/schemas';
import { queryRows } from '@checkmark/schemas/warehouse';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { refreshTestRollups } from '@checkmark/test/helpers/rollups';
import { whatsappEvent } from '../../testing/analytics-fixtures';

// The support rollups (warehouse migration 0012) split threads without a conversation id into conversations and
// find each agent message's earliest unanswered customer message. These tests pin the boundaries the figures
// depend on, on threads without a conversation id; times are UTC.
const TENANT = 'tenant_support_rollup';

interface ConversationRow {
  contact_id: string;
  started_at: string;
  first_response_at: string | null;
  resolved_at: string | null;
  reopened: boolean;
  customer_messages: number;
  agent_messages: number;
  agent_id: string;
  pending_since: string | null;
}

interface ReplyRow {
  sent_at: string;
  from_at: string | null;
  first_response: boolean;
}

describe('support rollups: conversation boundaries and replies', () => {
  let warehouse: TestWarehouse;
  let n = 0;
  const customer = (contact: string, at: string, contentType = 'text') =>
    whatsappEvent(TENANT, `${contact}:${(n += 1)}`, 'message.received', at, {
      contactId: contact,
      messageId: `wamid.${n}`,
      payload: { contentType },
    });
  const agent = (contact: string, at: string, agentId = 'ag_1') =>
    whatsappEvent(TENANT, `${contact}:${(n += 1)}`, 'message.sent', at, {
      contactId: contact,
      messageId: `wamid.${n}`,
      payload: { sender: { kind: 'agent', agentId }, isTemplate: false, contentType: 'text' },
    });
  const update = (contact: string, at: string, action: string) =>
    whatsappEvent(TENANT, `${contact}:${(n += 1)}`, 'conversation.updated', at, {
      contactId: contact,
      payload: { action },
    });

  const conversations = (contact: string) =>
    queryRows<ConversationRow>(
      warehouse.client,
      `SELECT contact_id, toString(started_at) AS started_at, toString(first_response_at) AS first_response_at,
              toString(resolved_at) AS resolved_at, reopened, customer_messages, agent_messages, toString(agent_id) AS agent_id,
              toString(pending_since) AS pending_since
       FROM ${warehouse.database}.support_conversations
       WHERE tenant_id = {tenant:String} AND contact_id = {contact:String} ORDER BY started_at`,
      { tenant: TENANT, contact },
    );
  const replies = (contact: string) =>
    queryRows<ReplyRow>(
      warehouse.client,
      `SELECT toString(r.sent_at) AS sent_at, toString(r.from_at) AS from_at, r.first_response AS first_response
       FROM ${warehouse.database}.support_replies AS r
       INNER JOIN ${warehouse.database}.support_conversations AS c ON c.tenant_id = r.tenant_id AND c.key = r.key
       WHERE r.tenant_id = {tenant:String} AND c.contact_id = {contact:String} ORDER BY r.sent_at`,
      { tenant: TENANT, contact },
    );

  beforeAll(async () => {
    warehouse = await testWarehouse();
    const events: CanonicalEvent[] = [
      // Reopened before the next message: one conversation, first response once, resolved again at the end.
      customer('reopen', '2025-05-05T09:00:00.000Z'),
      agent('reopen', '2025-05-05T09:05:00.000Z'),
      update('reopen', '2025-05-05T09:10:00.000Z', 'resolved'),
      update('reopen', '2025-05-05T09:20:00.000Z', 'reopened'),
      customer('reopen', '2025-05-05T09:30:00.000Z'),
      agent('reopen', '2025-05-05T09:50:00.000Z'),
      update('reopen', '2025-05-05T10:00:00.000Z', 'resolved'),
      // Resolved and not reopened: the next message starts a second conversation, with its own first response.
      customer('resolved', '2025-05-05T09:00:00.000Z'),
      agent('resolved', '2025-05-05T09:05:00.000Z'),
      update('resolved', '2025-05-05T09:10:00.000Z', 'resolved'),
      customer('resolved', '2025-05-05T09:30:00.000Z'),
      agent('resolved', '2025-05-05T09:40:00.000Z'),
      // 23 h 59 min of silence is not enough to split; reactions and system notices are not customer messages.
      customer('silence', '2025-05-05T09:00:00.000Z'),
      customer('silence', '2025-05-05T09:00:30.000Z', 'reaction'),
      agent('silence', '2025-05-05T09:01:00.000Z'),
      customer('silence', '2025-05-06T09:00:00.000Z'),
      customer('silence', '2025-05-06T09:00:10.000Z', 'system'),
      // An agent message at the same millisecond as a customer message answers it.
      customer('same-ms', '2025-05-05T12:00:00.000Z'),
      agent('same-ms', '2025-05-05T12:00:00.000Z'),
      customer('same-ms', '2025-05-05T12:10:00.000Z'),
    ];
    // Replays and arrival order change nothing.
    await warehouse.sink.insertEvents([...events].reverse());
    await warehouse.sink.insertEvents(events.slice(0, 5));
    await refreshTestRollups(warehouse);
  });

  afterAll(async () => {
    if (warehouse) await dropTestDatabase(warehouse);
  });

  it('keeps a conversation reopened before the next message as one, with one first response', async () => {
    expect(await conversations('reopen')).toEqual([
      {
        contact_id: 'reopen',
        started_at: '2025-05-05 09:00:00.000',
        first_response_at: '2025-05-05 09:05:00.000',
        resolved_at: '2025-05-05 10:00:00.000',
        reopened: true,
        customer_messages: 2,
        agent_messages: 2,
        agent_id: 'ag_1',
        pending_since: null,
      },
    ]);
    expect(await replies('reopen')).toEqual([
      { sent_at: '2025-05-05 09:05:00.000', from_at: '2025-05-05 09:00:00.000', first_response: true },
      { sent_at: '2025-05-05 09:50:00.000', from_at: '2025-05-05 09:30:00.000', first_response: false },
    ]);
  });

  it('starts a new conversation after a resolution that was not reopened', async () => {
    const rows = await conversations('resolved');
    expect(rows.map((r) => [r.started_at, r.first_response_at, r.resolved_at, r.reopened])).toEqual([
      ['2025-05-05 09:00:00.000', '2025-05-05 09:05:00.000', '2025-05-05 09:10:00.000', false],
      ['2025-05-05 09:30:00.000', '2025-05-05 09:40:00.000', null, false],
    ]);
  });

  it('does not split before 24 h of silence and counts only real customer messages', async () => {
    expect(await conversations('silence')).toEqual([
      expect.objectContaining({
        started_at: '2025-05-05 09:00:00.000',
        customer_messages: 2,
        agent_messages: 1,
        pending_since: '2025-05-06 09:00:00.000',
      }),
    ]);
  });

  it('lets an agent message answer a customer message of the same millisecond', async () => {
    expect(await replies('same-ms')).toEqual([
      { sent_at: '2025-05-05 12:00:00.000', from_at: '2025-05-05 12:00:00.000', first_response: true },
    ]);
    expect((await conversations('same-ms'))[0].pending_since).toBe('2025-05-05 12:10:00.000');
  });
});
