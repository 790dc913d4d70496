import { validateEvent, type CanonicalEvent } from '@checkmark/schemas';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { refreshTestRollups } from '@checkmark/test/helpers/rollups';
import type { AnalyticsScope, DateRange } from './analytics-scope';
import { OverviewRepository } from './overview.repository';

interface FixtureScope {
  tenantId: string;
  channel: CanonicalEvent['channel'];
  accountId: string;
  contactId: string;
}

type Payload<T extends CanonicalEvent['type']> = Extract<CanonicalEvent, { type: T }>['payload'];

function envelope(scope: FixtureScope, id: string, occurredAt: string, conversationId?: string) {
  return {
    id,
    tenantId: scope.tenantId,
    occurredAt,
    channel: scope.channel,
    accountId: scope.accountId,
    contactId: scope.contactId,
    ...(conversationId ? { conversationId } : {}),
    source: 'fixture',
    schemaVersion: 1 as const,
  };
}

function messageSent(
  messageId: string,
  occurredAt: string,
  payload: Partial<Payload<'message.sent'>>,
  scope: FixtureScope,
  conversationId?: string,
): CanonicalEvent {
  return {
    ...envelope(scope, `fx:sent:${messageId}`, occurredAt, conversationId),
    type: 'message.sent',
    messageId,
    payload: { sender: { kind: 'agent', agentId: 'agent_1' }, isTemplate: false, contentType: 'text', ...payload },
  };
}

function messageReceived(
  messageId: string,
  occurredAt: string,
  payload: Partial<Payload<'message.received'>>,
  scope: FixtureScope,
  conversationId?: string,
): CanonicalEvent {
  return {
    ...envelope(scope, `fx:msg:${messageId}`, occurredAt, conversationId),
    type: 'message.received',
    messageId,
    payload: { contentType: 'text', ...payload },
  };
}

function messageStatus(
  messageId: string,
  status: Payload<'message.status'>['status'],
  occurredAt: string,
  payload: Partial<Payload<'message.status'>>,
  scope: FixtureScope,
): CanonicalEvent {
  return {
    ...envelope(scope, `fx:st:${messageId}:${status}`, occurredAt),
    type: 'message.status',
    messageId,
    payload: { status, ...payload },
  };
}

function conversationUpdated(
  id: string,
  occurredAt: string,
  payload: Payload<'conversation.updated'>,
  scope: FixtureScope,
): CanonicalEvent {
  return { ...envelope(scope, `fx:conv:${id}`, occurredAt), type: 'conversation.updated', payload };
}

// Every expectation below is computed by hand from the events listed next to it. The tenant's zone is
// Europe/Kyiv (UTC+2 in March 2025), so 23:30 UTC on the 10th is 01:30 on the 11th.
const PERIOD: DateRange = { from: '2025-03-10', to: '2025-03-11' };
const PREVIOUS: DateRange = { from: '2025-03-08', to: '2025-03-09' };
const EMPTY_PERIOD: DateRange = { from: '2024-01-01', to: '2024-01-07' };

function scopeOf(tenantId: string, overrides: Partial<AnalyticsScope> = {}): AnalyticsScope {
  return {
    tenantId,
    timeZone: 'Europe/Kyiv',
    period: PERIOD,
    previousPeriod: PREVIOUS,
    channels: null,
    accountIds: null,
    campaignKeys: null,
    agentIds: null,
    ...overrides,
  };
}

function fx(tenantId: string, channel: CanonicalEvent['channel'], accountId: string, contactId: string): FixtureScope {
  return { tenantId, channel, accountId, contactId };
}

function plus(iso: string, seconds: number): string {
  return new Date(Date.parse(iso) + seconds * 1000).toISOString();
}

function survey(
  scope: FixtureScope,
  id: string,
  occurredAt: string,
  score: number,
  kind: 'nps' | 'csat' = 'nps',
  agentId?: string,
): CanonicalEvent {
  return {
    ...envelope(scope, `fx:survey:${id}`, occurredAt),
    type: 'survey.answered',
    payload: { survey: kind, score, ...(agentId ? { agentId } : {}) },
  };
}

function complaint(
  scope: FixtureScope,
  id: string,
  occurredAt: string,
  payload: { relatedMessageId?: string; campaignId?: string } = {},
): CanonicalEvent {
  return {
    ...envelope(scope, `fx:complaint:${id}`, occurredAt),
    type: 'complaint.recorded',
    payload: { kind: 'report_spam', ...payload },
  };
}

const MSG_TENANT = 'tenant_messages';
const wa1 = fx(MSG_TENANT, 'whatsapp', 'wa_1', 'c_a');
const wa2 = fx(MSG_TENANT, 'whatsapp', 'wa_2', 'c_b');
const tg = fx(MSG_TENANT, 'telegram', 'tg_bot', 'c_t');
const sms = fx(MSG_TENANT, 'sms', 'sms_1', 'c_s');
const agent = (agentId: string) => ({ sender: { kind: 'agent' as const, agentId } });

/** Business and customer messages of MSG_TENANT. */
function messageEvents(): CanonicalEvent[] {
  const t1 = '2025-03-10T08:00:00.000Z';
  const t3 = '2025-03-10T09:00:00.000Z';
  const t5 = '2025-03-10T23:30:00.000Z'; // 01:30 on the 11th in Kyiv
  const t8 = '2025-03-09T21:30:00.000Z'; // 23:30 on the 9th in Kyiv: previous period
  const t9 = '2025-03-09T22:30:00.000Z'; // 00:30 on the 10th in Kyiv: this period
  const t10 = '2025-03-11T22:30:00.000Z'; // 00:30 on the 12th in Kyiv: after the period
  return [
    // m1: delivered (twice, under two ids) then read after 70 s
    messageSent('m1', t1, agent('agent_1'), wa1),
    messageStatus('m1', 'sent', t1, {}, wa1),
    messageStatus('m1', 'delivered', plus(t1, 10), {}, wa1),
    { ...messageStatus('m1', 'delivered', plus(t1, 15), {}, wa1), id: 'fx:st:m1:delivered:again' },
    messageStatus('m1', 'read', plus(t1, 70), {}, wa1),
    // m2: read after 30 s with no delivered status (read implies delivered)
    messageSent('m2', t1, agent('agent_2'), wa1),
    messageStatus('m2', 'read', plus(t1, 30), {}, wa1),
    // m3 (second account): read reported before delivered
    messageSent('m3', t3, agent('agent_1'), wa2),
    messageStatus('m3', 'read', plus(t3, 20), {}, wa2),
    messageStatus('m3', 'delivered', plus(t3, 40), {}, wa2),
    // m4: failed after sent
    messageStatus('m4', 'sent', t3, {}, wa1),
    messageStatus('m4', 'failed', plus(t3, 5), { errorCode: 131026, errorTitle: 'Message undeliverable' }, wa1),
    // m5: campaign template, delivered, not read; first seen on the 11th in Kyiv
    messageSent(
      'm5',
      t5,
      {
        sender: { kind: 'campaign' },
        isTemplate: true,
        templateName: 'spring',
        templateCategory: 'marketing',
        campaignId: 'spring',
        contentType: 'template',
      },
      wa1,
    ),
    messageStatus('m5', 'delivered', plus(t5, 60), {}, wa1),
    // m6: Telegram, sent only (no receipts on that channel)
    messageSent('m6', '2025-03-10T10:00:00.000Z', { sender: { kind: 'bot' } }, tg),
    messageStatus('m6', 'sent', '2025-03-10T10:00:00.000Z', {}, tg),
    // m7: SMS, delivered (no read receipts on that channel)
    messageSent('m7', '2025-03-10T10:00:00.000Z', { sender: { kind: 'automation' } }, sms),
    messageStatus('m7', 'delivered', '2025-03-10T10:00:05.000Z', {}, sms),
    // m8: previous period, read after 100 s
    messageSent('m8', t8, agent('agent_1'), wa1),
    messageStatus('m8', 'delivered', plus(t8, 5), {}, wa1),
    messageStatus('m8', 'read', plus(t8, 100), {}, wa1),
    // m9: utility template known only from its statuses (priced as utility), on the 10th in Kyiv
    messageStatus(
      'm9',
      'sent',
      t9,
      { pricing: { category: 'utility', type: 'regular', billable: true, model: 'PMP' } },
      wa1,
    ),
    messageStatus('m9', 'delivered', plus(t9, 5), {}, wa1),
    // m10: after the period
    messageSent('m10', t10, agent('agent_1'), wa1),
    // customer messages: c1 on the 10th, a reaction (not a message), c3 on the 11th in Kyiv, c4 on Telegram
    messageReceived('c1', '2025-03-10T07:59:00.000Z', {}, wa1),
    messageReceived('c2', '2025-03-10T08:05:00.000Z', { contentType: 'reaction' }, wa1),
    messageReceived('c3', t5, {}, wa1),
    messageReceived('c4', '2025-03-10T09:00:00.000Z', {}, tg),
    // complaints: about m9 (10th), about the campaign (11th), and one on Telegram (no delivery receipts)
    complaint(wa1, 'k1', '2025-03-10T12:00:00.000Z', { relatedMessageId: 'm9' }),
    complaint(wa1, 'k2', '2025-03-11T12:00:00.000Z', { relatedMessageId: 'm5', campaignId: 'spring' }),
    complaint(tg, 'k3', '2025-03-10T12:00:00.000Z'),
  ];
}

const CONV_TENANT = 'tenant_conversations';
const a = fx(CONV_TENANT, 'whatsapp', 'wa_1', 'c_a');
const b = fx(CONV_TENANT, 'whatsapp', 'wa_1', 'c_b');
const c = fx(CONV_TENANT, 'whatsapp', 'wa_1', 'c_c');
const d = fx(CONV_TENANT, 'telegram', 'tg_bot', 'c_d');
const e = fx(CONV_TENANT, 'whatsapp', 'wa_1', 'c_e');
const f = fx(CONV_TENANT, 'whatsapp', 'wa_1', 'c_f');

/** Conversations and surveys of CONV_TENANT. */
function conversationEvents(): CanonicalEvent[] {
  return [
    // A, session 1 (10th): bot answers first, hands off at 08:01, agent_1 replies 08:03 → 120 s
    messageReceived('a1', '2025-03-10T08:00:00.000Z', {}, a),
    messageSent('a1-bot', '2025-03-10T08:00:05.000Z', { sender: { kind: 'bot' } }, a),
    conversationUpdated('a-handoff', '2025-03-10T08:01:00.000Z', { action: 'bot_handoff' }, a),
    messageSent('a1-reply', '2025-03-10T08:03:00.000Z', agent('agent_1'), a),
    // A, session 2 (11th, 26 h of silence): agent_2 replies after 30 s
    messageReceived('a2', '2025-03-11T10:00:00.000Z', {}, a),
    messageSent('a2-reply', '2025-03-11T10:00:30.000Z', agent('agent_2'), a),
    // B, conversation id conv_b: campaign message, customer reply 09:10, agent_1 at 09:20 → 600 s; more on the 11th
    messageSent(
      'b-camp',
      '2025-03-10T09:00:00.000Z',
      {
        sender: { kind: 'campaign' },
        isTemplate: true,
        templateName: 'spring',
        campaignId: 'spring',
        contentType: 'template',
      },
      b,
      'conv_b',
    ),
    messageReceived('b1', '2025-03-10T09:10:00.000Z', {}, b, 'conv_b'),
    messageSent('b1-reply', '2025-03-10T09:20:00.000Z', agent('agent_1'), b, 'conv_b'),
    messageReceived('b2', '2025-03-11T09:00:00.000Z', {}, b, 'conv_b'),
    // C: unanswered, resolved, then a new conversation answered after 300 s
    messageReceived('c1', '2025-03-10T12:00:00.000Z', {}, c),
    conversationUpdated('c-resolved', '2025-03-10T12:30:00.000Z', { action: 'resolved' }, c),
    messageReceived('c2', '2025-03-10T13:00:00.000Z', {}, c),
    messageSent('c2-reply', '2025-03-10T13:05:00.000Z', agent('agent_1'), c),
    // D, Telegram: 23:30 UTC on the 10th is the 11th in Kyiv; answered after 60 s
    messageReceived('d1', '2025-03-10T23:30:00.000Z', {}, d),
    messageSent('d1-reply', '2025-03-10T23:31:00.000Z', agent('agent_1'), d),
    // E: starts on the 9th (previous period, answered after 600 s) and continues on the 10th
    messageReceived('e1', '2025-03-09T21:00:00.000Z', {}, e),
    messageSent('e1-reply', '2025-03-09T21:10:00.000Z', agent('agent_1'), e),
    messageReceived('e2', '2025-03-10T10:00:00.000Z', {}, e),
    // F: only a bot answers
    messageReceived('f1', '2025-03-10T14:00:00.000Z', {}, f),
    messageSent('f1-bot', '2025-03-10T14:00:02.000Z', { sender: { kind: 'bot' } }, f),
    // NPS: 10, 10, 9, 8, 7, 6 on the 10th; 0 on the 11th in Kyiv; a CSAT answer that is not NPS
    survey(a, 's1', '2025-03-10T10:00:00.000Z', 10),
    survey(a, 's2', '2025-03-10T10:00:00.000Z', 10),
    survey(b, 's3', '2025-03-10T10:00:00.000Z', 9, 'nps', 'agent_2'),
    survey(c, 's4', '2025-03-10T10:00:00.000Z', 8),
    survey(c, 's5', '2025-03-10T10:00:00.000Z', 7),
    survey(e, 's6', '2025-03-10T10:00:00.000Z', 6),
    survey(f, 's7', '2025-03-10T23:30:00.000Z', 0, 'nps', 'agent_2'),
    survey(f, 's8', '2025-03-10T10:00:00.000Z', 5, 'csat'),
  ];
}

describe('Overview queries on chDB', () => {
  let wh: TestWarehouse;
  let repository: OverviewRepository;

  beforeAll(async () => {
    wh = await testWarehouse();
    repository = new OverviewRepository({ client: wh.client, database: wh.database });
    const events = [...messageEvents(), ...conversationEvents()];
    expect(
      events.map((event) => [event.id, validateEvent(event)]).filter(([, result]) => !(result as { ok: boolean }).ok),
    ).toEqual([]);
    // Sent once, then replayed shuffled in small batches: every figure must be the same as after one insert.
    await wh.sink.insertEvents(events);
    const shuffled = [...events].sort((x, y) => (x.id < y.id ? 1 : -1));
    for (let i = 0; i < shuffled.length; i += 7) await wh.sink.insertEvents(shuffled.slice(i, i + 7));
    // the complaint rate's numerator and denominator come from the complaint rollup
    await refreshTestRollups(wh);
  });

  afterAll(async () => {
    await dropTestDatabase(wh);
  });

  describe('business messages', () => {
    it('counts sent, delivered and read per day with read implying delivered and receipts only where they exist', async () => {
      const rows = await repository.businessMessages(scopeOf(MSG_TENANT), PERIOD);
      const total = rows.find((r) => r.day === '' && r.channel === '');
      // 10th: m1 m2 m3 m4 m9 (WhatsApp), m6 (Telegram), m7 (SMS); 11th: m5.
      expect(total).toMatchObject({
        sent: 8,
        delivered: 6, // m1 m2 m3 m5 m7 m9
        read: 3, // m1 m2 m3
        sent_measured: 7, // all but Telegram
        delivered_measured: 6,
        read_base: 5, // delivered on read-receipt channels: m1 m2 m3 m5 m9
        read_measured: 3,
        timed_reads: 3,
        median_time_to_read_seconds: 30, // 70, 30, 20
      });
      expect(rows.find((r) => r.day === '2025-03-10' && r.channel === '')).toMatchObject({
        sent: 7,
        sent_measured: 6,
        delivered_measured: 5,
        read_base: 4,
        read_measured: 3,
        median_time_to_read_seconds: 30,
      });
      expect(rows.find((r) => r.day === '2025-03-11' && r.channel === '')).toMatchObject({
        sent: 1,
        delivered: 1,
        read_base: 1,
        read_measured: 0,
        timed_reads: 0,
      });
      const byChannel = rows.filter((r) => r.day === '2025-03-10' && r.channel !== '');
      expect(byChannel.map((r) => [r.channel, r.sent, r.delivered, r.read])).toEqual([
        ['sms', 1, 1, 0],
        ['telegram', 1, 0, 0],
        ['whatsapp', 5, 4, 3],
      ]);
    });

    it('reads the previous period on its own', async () => {
      const rows = await repository.businessMessages(scopeOf(MSG_TENANT), PREVIOUS);
      expect(rows.find((r) => r.day === '' && r.channel === '')).toMatchObject({
        sent: 1,
        delivered: 1,
        read: 1,
        median_time_to_read_seconds: 100,
      });
      expect(rows.filter((r) => r.channel === '' && r.day !== '').map((r) => r.day)).toEqual(['2025-03-09']);
    });

    it('filters by channel, account, agent and campaign', async () => {
      const total = async (overrides: Partial<AnalyticsScope>) =>
        (await repository.businessMessages(scopeOf(MSG_TENANT, overrides), PERIOD)).find(
          (r) => r.day === '' && r.channel === '',
        );
      expect(await total({ channels: ['telegram'] })).toMatchObject({ sent: 1, sent_measured: 0, read_base: 0 });
      expect(await total({ accountIds: ['wa_2'] })).toMatchObject({
        sent: 1,
        read: 1,
        median_time_to_read_seconds: 20,
      });
      expect(await total({ agentIds: ['agent_2'] })).toMatchObject({
        sent: 1,
        read: 1,
        median_time_to_read_seconds: 30,
      });
      expect(await total({ campaignKeys: ['spring'] })).toMatchObject({
        sent: 1,
        delivered: 1,
        read: 0,
      });
    });

    it('selects nothing for an empty id list, another tenant or an empty period', async () => {
      for (const rows of [
        await repository.businessMessages(scopeOf(MSG_TENANT, { accountIds: [] }), PERIOD),
        await repository.businessMessages(scopeOf(MSG_TENANT, { agentIds: [] }), PERIOD),
        await repository.businessMessages(scopeOf('tenant_other'), PERIOD),
        await repository.businessMessages(scopeOf(MSG_TENANT), EMPTY_PERIOD),
      ]) {
        expect(rows.every((r) => r.sent === 0)).toBe(true);
      }
    });
  });

  describe('customer messages', () => {
    it('counts customer messages per day and channel in the tenant time zone, without reactions', async () => {
      const rows = await repository.customerMessages(scopeOf(MSG_TENANT), PERIOD);
      expect(rows).toEqual([
        { day: '2025-03-10', channel: 'telegram', received: 1 },
        { day: '2025-03-10', channel: 'whatsapp', received: 1 },
        { day: '2025-03-11', channel: 'whatsapp', received: 1 },
      ]);
    });

    it('keeps customer messages of the conversations a campaign or agent reached', async () => {
      const campaign = await repository.customerMessages(scopeOf(CONV_TENANT, { campaignKeys: ['spring'] }), PERIOD);
      expect(campaign).toEqual([
        { day: '2025-03-10', channel: 'whatsapp', received: 1 },
        { day: '2025-03-11', channel: 'whatsapp', received: 1 },
      ]);
      // agent_2 answered only contact A (no conversation id: A's whole thread with wa_1): a1, a2
      const byAgent = await repository.customerMessages(scopeOf(CONV_TENANT, { agentIds: ['agent_2'] }), PERIOD);
      expect(byAgent.reduce((sum, r) => sum + r.received, 0)).toBe(2);
      expect(await repository.customerMessages(scopeOf(CONV_TENANT, { campaignKeys: [] }), PERIOD)).toEqual([]);
    });
  });

  describe('active conversations', () => {
    it('counts conversations with a message per day and once in the total, splitting on silence and resolution', async () => {
      const rows = await repository.activeConversations(scopeOf(CONV_TENANT), PERIOD);
      expect(rows).toEqual([
        { day: '', conversations: 8 }, // A1 A2 B C1 C2 D E F
        { day: '2025-03-10', conversations: 6 }, // A1 B C1 C2 E F
        { day: '2025-03-11', conversations: 3 }, // A2 B D
      ]);
    });

    it('counts the previous period and filters', async () => {
      expect(await repository.activeConversations(scopeOf(CONV_TENANT), PREVIOUS)).toEqual([
        { day: '', conversations: 1 },
        { day: '2025-03-09', conversations: 1 },
      ]);
      const total = async (overrides: Partial<AnalyticsScope>) =>
        (await repository.activeConversations(scopeOf(CONV_TENANT, overrides), PERIOD)).find((r) => r.day === '')
          ?.conversations ?? 0;
      expect(await total({ channels: ['telegram'] })).toBe(1);
      expect(await total({ agentIds: ['agent_2'] })).toBe(1);
      expect(await total({ campaignKeys: ['spring'] })).toBe(1);
      expect(await total({ accountIds: ['tg_bot'] })).toBe(1);
      expect(await total({ accountIds: [] })).toBe(0);
      // Counts of nothing are 0: the period row is there, with no day rows.
      expect(await repository.activeConversations(scopeOf(CONV_TENANT), EMPTY_PERIOD)).toEqual([
        { day: '', conversations: 0 },
      ]);
    });
  });

  describe('first response', () => {
    it('measures the first agent reply from the first customer message or the bot hand-off, bots excluded', async () => {
      const rows = await repository.firstResponse(scopeOf(CONV_TENANT), PERIOD);
      expect(rows).toEqual([
        { day: '', answered: 5, median_seconds: 120 }, // 30 60 120 300 600
        { day: '2025-03-10', answered: 3, median_seconds: 300 }, // A1 120, B 600, C2 300
        { day: '2025-03-11', answered: 2, median_seconds: 45 }, // A2 30, D 60
      ]);
    });

    it('reads the previous period and filters by responder, campaign and channel', async () => {
      expect((await repository.firstResponse(scopeOf(CONV_TENANT), PREVIOUS)).find((r) => r.day === '')).toEqual({
        day: '',
        answered: 1,
        median_seconds: 600,
      });
      const total = async (overrides: Partial<AnalyticsScope>) =>
        (await repository.firstResponse(scopeOf(CONV_TENANT, overrides), PERIOD)).find((r) => r.day === '');
      expect(await total({ agentIds: ['agent_2'] })).toEqual({ day: '', answered: 1, median_seconds: 30 });
      expect(await total({ campaignKeys: ['spring'] })).toEqual({ day: '', answered: 1, median_seconds: 600 });
      expect(await total({ channels: ['telegram'] })).toEqual({ day: '', answered: 1, median_seconds: 60 });
      expect(await total({ agentIds: [] })).toEqual({ day: '', answered: 0, median_seconds: null });
    });
  });

  describe('NPS', () => {
    it('counts promoters, detractors and responses per day', async () => {
      expect(await repository.nps(scopeOf(CONV_TENANT), PERIOD)).toEqual([
        { day: '2025-03-10', responses: 6, promoters: 3, detractors: 1 },
        { day: '2025-03-11', responses: 1, promoters: 0, detractors: 1 },
      ]);
      expect(await repository.nps(scopeOf(CONV_TENANT, { agentIds: ['agent_2'] }), PERIOD)).toEqual([
        { day: '2025-03-10', responses: 1, promoters: 1, detractors: 0 },
        { day: '2025-03-11', responses: 1, promoters: 0, detractors: 1 },
      ]);
      // Only contact B got the campaign: its answer (9)
      expect(await repository.nps(scopeOf(CONV_TENANT, { campaignKeys: ['spring'] }), PERIOD)).toEqual([
        { day: '2025-03-10', responses: 1, promoters: 1, detractors: 0 },
      ]);
      expect(await repository.nps(scopeOf(CONV_TENANT), PREVIOUS)).toEqual([]);
    });
  });

  describe('complaints', () => {
    it('counts complaints and delivered business-initiated messages per day on channels with delivery receipts, and by campaign or agent', async () => {
      // complaints: k1 (10th), k2 (11th); k3 is on Telegram. Delivered business-initiated: m9 (priced as utility,
      // 00:30 on the 10th in Kyiv), m5 (campaign template, 01:30 on the 11th in Kyiv).
      expect(await repository.complaints(scopeOf(MSG_TENANT), PERIOD)).toEqual([
        { day: '2025-03-10', complaints: 1, delivered: 1 },
        { day: '2025-03-11', complaints: 1, delivered: 1 },
      ]);
      expect(await repository.complaints(scopeOf(MSG_TENANT, { campaignKeys: ['spring'] }), PERIOD)).toEqual([
        { day: '2025-03-11', complaints: 1, delivered: 1 },
      ]);
      expect(await repository.complaints(scopeOf(MSG_TENANT, { agentIds: ['agent_1'] }), PERIOD)).toEqual([]);
      expect(await repository.complaints(scopeOf(MSG_TENANT, { channels: ['telegram'] }), PERIOD)).toEqual([]);
      expect(await repository.complaints(scopeOf(MSG_TENANT), PREVIOUS)).toEqual([]);
    });
  });
});
