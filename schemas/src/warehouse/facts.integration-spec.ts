import type { CanonicalEvent } from '../events/event-types';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import {
  DEFAULT_SCOPE,
  at,
  conversationUpdated,
  messageReceived,
  messageSent,
  messageStatus,
  oneOfEachType,
  type FixtureScope,
} from './testing/event-fixtures';

const TENANT = 'facts_tenant';
const A: FixtureScope = { ...DEFAULT_SCOPE, tenantId: TENANT, contactId: 'contact_a' };
const B: FixtureScope = { ...DEFAULT_SCOPE, tenantId: TENANT, contactId: 'contact_b' };
const pricing = { category: 'service', type: 'free_customer_service', billable: false, model: 'PMP' } as const;

/** A day of traffic whose statuses arrive out of order, repeat, and skip `delivered`. */
function traffic(): CanonicalEvent[] {
  return [
    // Contact A: came from an ad, talked to a bot, then an agent; conversation opened, assigned, resolved.
    messageReceived(
      'a.in1',
      at(0),
      { referral: { kind: 'ad', sourceId: 'ad_1', ref: 'spring', clickId: 'clid_1', utm: { source: 'fb' } } },
      A,
    ),
    messageReceived('a.react', at(5), { contentType: 'reaction' }, A),
    messageSent('a.bot1', at(10), { sender: { kind: 'bot' } }, A),
    conversationUpdated('a.open', at(1), { action: 'opened' }, A),
    conversationUpdated('a.handoff', at(20), { action: 'bot_handoff' }, A),
    conversationUpdated('a.assign1', at(21), { action: 'assigned', agentId: 'agent_1', teamId: 'team_a' }, A),
    conversationUpdated('a.assign2', at(22), { action: 'assigned', agentId: 'agent_2', teamId: 'team_b' }, A),
    messageSent('a.agent1', at(30), { sender: { kind: 'agent', agentId: 'agent_2', teamId: 'team_b' } }, A),
    messageReceived('a.in2', at(40), { referral: { kind: 'qr', sourceId: 'qr_9' } }, A),
    conversationUpdated('a.resolved', at(100), { action: 'resolved', agentId: 'agent_2' }, A),
    // a.agent1: read arrives in the list before delivered; pricing on delivered only.
    messageStatus('a.agent1', 'read', at(50), {}, A),
    messageStatus('a.agent1', 'sent', at(31), {}, A),
    messageStatus('a.agent1', 'delivered', at(35), { pricing }, A),
    // a.bot1: read at once, `delivered` never comes.
    messageStatus('a.bot1', 'read', at(12), {}, A),
    // Contact B: a campaign template that fails after being sent.
    messageSent(
      'b.camp1',
      at(200),
      {
        sender: { kind: 'campaign' },
        isTemplate: true,
        templateName: 'promo',
        templateLanguage: 'en',
        templateCategory: 'marketing',
        campaignId: 'camp_1',
        contentType: 'template',
      },
      B,
    ),
    messageStatus(
      'b.camp1',
      'failed',
      at(205),
      {
        errorCode: 131049,
        errorTitle: 'Healthy ecosystem',
        pricing: { ...pricing, category: 'marketing', type: 'regular' },
      },
      B,
    ),
    messageStatus('b.camp1', 'sent', at(201), {}, B),
    // An audio message only ever reported as played.
    messageSent('b.voice', at(300), { sender: { kind: 'agent', agentId: 'agent_1' }, contentType: 'audio' }, B),
    messageStatus('b.voice', 'played', at(360), {}, B),
    // Other types go to events only.
    ...oneOfEachType({ ...DEFAULT_SCOPE, tenantId: TENANT, contactId: 'contact_c' }).filter(
      (e) => !e.type.startsWith('message.'),
    ),
  ];
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));
}

async function results(wh: TestWarehouse) {
  const db = `\`${wh.database}\``;
  const params = { tenant: TENANT };
  return {
    counts: await wh.query(
      `SELECT type, count() AS n FROM ${db}.events FINAL WHERE tenant_id = {tenant:String} GROUP BY type ORDER BY type`,
      params,
    ),
    messages: await wh.query<Record<string, unknown>>(
      `SELECT * FROM ${db}.message_facts_v WHERE tenant_id = {tenant:String} ORDER BY message_id`,
      params,
    ),
    conversations: await wh.query<Record<string, unknown>>(
      `SELECT * FROM ${db}.conversation_facts_v WHERE tenant_id = {tenant:String} ORDER BY contact_id, conversation_id`,
      params,
    ),
  };
}

describe('events, message_facts and conversation_facts under replays (real chDB)', () => {
  const warehouses: TestWarehouse[] = [];
  let once: Awaited<ReturnType<typeof results>>;

  async function fresh(): Promise<TestWarehouse> {
    const wh = await testWarehouse();
    warehouses.push(wh);
    return wh;
  }

  beforeAll(async () => {
    const wh = await fresh();
    await wh.sink.insertEvents(traffic());
    once = await results(wh);
  });

  afterAll(async () => {
    for (const wh of warehouses) await dropTestDatabase(wh);
  });

  it('gives identical results when the same events are inserted twice', async () => {
    const wh = await fresh();
    await wh.sink.insertEvents(traffic());
    await wh.sink.insertEvents(traffic());
    expect(await results(wh)).toEqual(once);
  });

  it('gives identical results when events arrive shuffled, repeated, in many separate inserts without tokens', async () => {
    const wh = await fresh();
    for (const seed of [7, 42, 1234]) {
      for (const batch of chunks(shuffled(traffic(), seed), 4)) await wh.sink.insertEvents(batch);
    }
    expect(await results(wh)).toEqual(once);
  });

  it('keeps the same results after background merges collapse the rows', async () => {
    const wh = await fresh();
    for (const batch of chunks(shuffled(traffic(), 99), 3)) await wh.sink.insertEvents(batch);
    await wh.sink.insertEvents(traffic());
    for (const table of ['events', 'message_facts', 'conversation_facts']) {
      await wh.client.command({ query: `OPTIMIZE TABLE \`${wh.database}\`.${table} FINAL` });
    }
    expect(await results(wh)).toEqual(once);
  });

  it('counts each event once', () => {
    expect(
      Object.fromEntries(once.counts.map((r) => [(r as { type: string }).type, Number((r as { n: string }).n)])),
    ).toEqual({
      'message.received': 3,
      'message.sent': 4,
      'message.status': 7,
      'conversation.updated': 6,
      'consent.updated': 1,
      'complaint.recorded': 1,
      'survey.answered': 1,
      'account.quality_changed': 1,
      'template.updated': 1,
      'account.policy_alert': 1,
      'conversion.recorded': 1,
    });
  });

  it('builds the message lifecycle from out-of-order statuses; read implies delivered, played implies read', () => {
    const byId = Object.fromEntries(once.messages.map((m) => [m.message_id as string, m]));
    expect(Object.keys(byId)).toEqual(['a.agent1', 'a.bot1', 'b.camp1', 'b.voice']);
    expect(byId['a.agent1']).toMatchObject({
      contact_id: 'contact_a',
      sent_at: ts(30),
      created_at: ts(30),
      delivered_at: ts(35),
      read_at: ts(50),
      effective_delivered_at: ts(35),
      effective_read_at: ts(50),
      failed_at: null,
      error_code: null,
      sender_kind: 'agent',
      agent_id: 'agent_2',
      team_id: 'team_b',
      is_template: false,
      pricing_category: 'service',
      pricing_type: 'free_customer_service',
      pricing_model: 'PMP',
      billable: false,
    });
    expect(byId['a.bot1']).toMatchObject({
      sender_kind: 'bot',
      delivered_at: null,
      read_at: ts(12),
      effective_delivered_at: ts(12),
    });
    expect(byId['b.camp1']).toMatchObject({
      contact_id: 'contact_b',
      sent_at: ts(200),
      failed_at: ts(205),
      delivered_at: null,
      effective_delivered_at: null,
      read_at: null,
      error_code: '131049',
      error_title: 'Healthy ecosystem',
      is_template: true,
      template_name: 'promo',
      template_language: 'en',
      template_category: 'marketing',
      campaign_id: 'camp_1',
      pricing_category: 'marketing',
      pricing_type: 'regular',
    });
    expect(byId['b.voice']).toMatchObject({
      content_type: 'audio',
      played_at: ts(360),
      effective_read_at: ts(360),
      effective_delivered_at: ts(360),
    });
  });

  it('builds conversation facts from distinct events only', () => {
    const byContact = Object.fromEntries(once.conversations.map((c) => [c.contact_id as string, c]));
    expect(byContact.contact_a).toMatchObject({
      first_customer_message_at: ts(0),
      last_customer_message_at: ts(40),
      customer_messages: 2,
      first_business_message_at: ts(10),
      last_business_message_at: ts(30),
      business_messages: 2,
      agent_messages: 1,
      first_agent_message_at: ts(30),
      first_bot_message_at: ts(10),
      opened_at: ts(1),
      bot_handoff_at: ts(20),
      first_assigned_at: ts(21),
      assigned_agent_id: 'agent_2',
      assigned_team_id: 'team_b',
      first_resolved_at: ts(100),
      last_resolved_at: ts(100),
      last_reopened_at: null,
      referral_kind: 'ad',
      referral_source_id: 'ad_1',
      referral_ref: 'spring',
      referral_click_id: 'clid_1',
      utm_source: 'fb',
    });
    expect(byContact.contact_b).toMatchObject({
      customer_messages: 0,
      business_messages: 2,
      agent_messages: 1,
      first_customer_message_at: null,
      referral_kind: null,
      assigned_agent_id: null,
    });
  });

  it('keeps the earliest time when a status repeats with a different time', async () => {
    const wh = await fresh();
    const scope = { ...A, tenantId: 'repeat' };
    await wh.sink.insertEvents([messageStatus('m', 'delivered', at(9), {}, scope), messageSent('m', at(1), {}, scope)]);
    await wh.sink.insertEvents([
      messageStatus('m', 'delivered', at(5), {}, scope),
      messageStatus('m', 'delivered', at(9), {}, scope),
    ]);
    const [row] = await wh.query<Record<string, unknown>>(
      `SELECT * FROM \`${wh.database}\`.message_facts_v WHERE tenant_id = 'repeat'`,
    );
    expect(row).toMatchObject({ sent_at: ts(1), delivered_at: ts(5) });
  });
});

function ts(seconds: number): string {
  return at(seconds).replace('T', ' ').replace('Z', '');
}
