import type { CanonicalEvent } from '@checkmark/schemas';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { refreshTestRollups } from '@checkmark/test/helpers/rollups';
import { analyticsScope } from '../../testing/analytics-fixtures';
import type { MarketingSettingsValue } from '../marketing-settings/marketing-settings-value';
import type { AnalyticsScope } from '../overview/analytics-scope';
import { UnavailableReason } from '../overview/dtos/metric.model';
import { FunnelDimension } from './dtos/funnel.enums';
import { FunnelRepository, type FunnelDimensionValue } from './funnel.repository';
import { buildFunnel } from './funnel.service';

// Every expectation is computed by hand from the events below. Follow-ups use the rule the template list shares
// (warehouse migration 0007): a reply within 7 days that quotes the message or comes before the next business
// message; a complaint or an opt-out within 7 days; a conversion within the tenant's window. The tenant's zone is Europe/Berlin (UTC+1 until
// 30 March 2025, UTC+2 from then); the period is Monday 10 – Tuesday 11 March 2025. Times are UTC. Each contact
// has its own story, so attributions do not mix.
const TENANT = 'tenant_funnel';
const DST = 'tenant_funnel_dst';
const OTHER = 'tenant_funnel_other';
const WEEK = 'tenant_funnel_week';
const T = (day: number, time: string) => `2025-03-${String(day).padStart(2, '0')}T${time}Z`;
const DAY_MS = 86_400_000;

interface Where {
  tenantId?: string;
  channel?: CanonicalEvent['channel'];
  accountId?: string;
  contactId: string;
}
const WA = (contactId: string): Where => ({ contactId });
const TG = (contactId: string): Where => ({ channel: 'telegram', accountId: 'tg_bot', contactId });
const SMS = (contactId: string): Where => ({ channel: 'sms', accountId: 'sms_1', contactId });

function event(id: string, type: string, at: string, where: Where, extra: Record<string, unknown>): CanonicalEvent {
  return {
    id,
    tenantId: where.tenantId ?? TENANT,
    type,
    occurredAt: at,
    channel: where.channel ?? 'whatsapp',
    accountId: where.accountId ?? 'wa_1',
    contactId: where.contactId,
    source: 'fixture',
    schemaVersion: 1,
    ...extra,
  } as CanonicalEvent;
}

interface SendExtra {
  template?: [string, string];
  campaign?: string;
}
const send = (messageId: string, at: string, where: Where, extra: SendExtra = {}) =>
  event(`sent:${where.tenantId ?? ''}:${messageId}`, 'message.sent', at, where, {
    messageId,
    payload: {
      ...(extra.campaign ? { campaignId: extra.campaign } : {}),
      sender: { kind: extra.campaign ? 'campaign' : 'agent', ...(extra.campaign ? {} : { agentId: 'agent_1' }) },
      isTemplate: Boolean(extra.template),
      contentType: extra.template ? 'template' : 'text',
      ...(extra.template
        ? { templateName: extra.template[0], templateLanguage: 'en', templateCategory: extra.template[1] }
        : {}),
    },
  });
const status = (id: string, messageId: string, value: string, at: string, where: Where, extra = {}) =>
  event(`st:${where.tenantId ?? ''}:${id}`, 'message.status', at, where, {
    messageId,
    payload: { status: value, ...extra },
  });
const received = (id: string, at: string, where: Where, contentType = 'text', replyTo?: string) =>
  event(`in:${where.tenantId ?? ''}:${id}`, 'message.received', at, where, {
    messageId: id,
    payload: {
      contentType,
      text: contentType === 'text' ? 'ok' : undefined,
      ...(replyTo ? { replyToMessageId: replyTo } : {}),
    },
  });
const optOut = (id: string, at: string, where: Where) =>
  event(`consent:${id}`, 'consent.updated', at, where, {
    payload: { action: 'opt_out', purpose: 'marketing', method: 'keyword' },
  });
const complaint = (id: string, at: string, where: Where) =>
  event(`complaint:${id}`, 'complaint.recorded', at, where, { payload: { kind: 'report_spam' } });
const conversion = (id: string, at: string, where: Where) =>
  event(`conversion:${where.tenantId ?? ''}:${id}`, 'conversion.recorded', at, where, {
    payload: { kind: 'purchase', value: 10, currency: 'EUR' },
  });

const PROMO: SendExtra = { template: ['promo', 'marketing'], campaign: 'spring' };
const pricing = (category: string, billable: boolean) => ({ pricing: { category, billable, model: 'PMP' } });

function events(): CanonicalEvent[] {
  return [
    // m1 (c1): campaign template, sent and read reported twice; read after 30 s; answered after 600 s; a
    // conversion exactly 7 days after the message (the window's end, counted); an opt-out 1 ms after the window.
    send('m1', T(10, '08:00:00.000'), WA('c1'), PROMO),
    status('m1:sent', 'm1', 'sent', T(10, '08:00:00.000'), WA('c1'), pricing('marketing', true)),
    status('m1:sent:again', 'm1', 'sent', T(10, '08:00:01.000'), WA('c1'), pricing('marketing', true)),
    status('m1:delivered', 'm1', 'delivered', T(10, '08:00:10.000'), WA('c1')),
    status('m1:read:again', 'm1', 'read', T(10, '08:05:00.000'), WA('c1')),
    status('m1:read', 'm1', 'read', T(10, '08:00:30.000'), WA('c1')),
    received('c1:hello', T(10, '08:10:00.000'), WA('c1')),
    received('c1:thumbs', T(10, '08:09:00.000'), WA('c1'), 'reaction'),
    conversion('c1', T(17, '08:00:00.000'), WA('c1')),
    optOut('c1:late', T(17, '08:00:00.001'), WA('c1')),
    // m2 (c2): read before delivered (read after 60 s); the reply comes 24 h + 1 s later (counted: within 7 days
    // and no business message came in between); the conversion 1 ms after the window (not counted).
    send('m2', T(10, '09:00:00.000'), WA('c2'), PROMO),
    status('m2:sent', 'm2', 'sent', T(10, '09:00:00.000'), WA('c2'), pricing('marketing', true)),
    status('m2:read', 'm2', 'read', T(10, '09:01:00.000'), WA('c2')),
    status('m2:delivered', 'm2', 'delivered', T(10, '09:03:00.000'), WA('c2')),
    received('c2:late', T(11, '09:00:01.000'), WA('c2')),
    conversion('c2', T(17, '09:00:00.001'), WA('c2')),
    // m3, m4 (c3): m3 never delivered; the agent writes again (m4, free service message, delivered) and the
    // contact answers after m4: the reply is m4's (900 s), not m3's.
    send('m3', T(10, '10:00:00.000'), WA('c3')),
    send('m4', T(10, '10:30:00.000'), WA('c3')),
    status('m4:delivered', 'm4', 'delivered', T(10, '10:30:05.000'), WA('c3'), pricing('service', false)),
    received('c3:answer', T(10, '10:45:00.000'), WA('c3')),
    // m5 (c4): campaign utility template, sent, then failed: not delivered, not charged.
    send('m5', T(10, '11:00:00.000'), WA('c4'), { template: ['notice', 'utility'], campaign: 'spring' }),
    status('m5:sent', 'm5', 'sent', T(10, '11:00:01.000'), WA('c4'), pricing('utility', true)),
    status('m5:failed', 'm5', 'failed', T(10, '11:00:02.000'), WA('c4'), { errorCode: '131026', errorTitle: 'X' }),
    // m6 (c5): Telegram bot, no receipts; answered after 300 s.
    send('m6', T(10, '12:00:00.000'), TG('c5')),
    received('c5:answer', T(10, '12:05:00.000'), TG('c5')),
    // m7 (c6): SMS campaign, delivered, a gateway "read" (not a read receipt); opt-out twice and a complaint.
    send('m7', T(10, '13:00:00.000'), SMS('c6'), { campaign: 'sms_promo' }),
    status('m7:delivered', 'm7', 'delivered', T(10, '13:00:10.000'), SMS('c6')),
    status('m7:read', 'm7', 'read', T(10, '13:00:20.000'), SMS('c6')),
    optOut('c6:stop', T(10, '14:00:00.000'), SMS('c6')),
    optOut('c6:stop:again', T(10, '14:30:00.000'), SMS('c6')),
    complaint('c6', T(10, '14:01:00.000'), SMS('c6')),
    // m8 (c7): 23:30 UTC on Sunday the 9th is 00:30 on Monday in Berlin (in the period); authentication priced,
    // answered after 1800 s. m9: 23:30 UTC on the 11th is the 12th in Berlin (out); the reply after it is m9's.
    send('m8', T(9, '23:30:00.000'), WA('c7')),
    status('m8:delivered', 'm8', 'delivered', T(9, '23:30:02.000'), WA('c7'), pricing('authentication', true)),
    received('c7:answer', T(10, '00:00:00.000'), WA('c7')),
    send('m9', T(11, '23:30:00.000'), WA('c7')),
    received('c7:late', T(11, '23:40:00.000'), WA('c7')),
    // Another tenant, same ids and contacts: invisible, and its conversion never converts m2.
    send('m1', T(10, '08:00:00.000'), { ...WA('c1'), tenantId: OTHER }, PROMO),
    received('c1:hello', T(10, '08:01:00.000'), { ...WA('c1'), tenantId: OTHER }),
    conversion('c2', T(10, '10:00:00.000'), { ...WA('c2'), tenantId: OTHER }),
    // The DST Sunday, 30 March: Berlin moves from UTC+1 to UTC+2 at 01:00 UTC; the local day is 23 h long.
    send('d0', T(29, '22:59:59.999'), { ...WA('d'), tenantId: DST }), // Sat 29, 23:59:59.999 CET: out
    send('d1', T(29, '23:00:00.000'), { ...WA('d'), tenantId: DST }), // Sun 30, 00:00 CET: in
    send('d2', T(30, '21:59:59.999'), { ...WA('d'), tenantId: DST }), // Sun 30, 23:59:59.999 CEST: in
    send('d3', T(30, '22:00:00.000'), { ...WA('d'), tenantId: DST }), // Mon 31, 00:00 CEST: out
    // The 7-day edge (tenant WEEK). w1 (e1): a reply and a complaint exactly 7 days later count. w2 (e2): a reply,
    // an opt-out and a complaint 7 days + 1 ms later do not.
    send('w1', T(10, '08:00:00.000'), { ...WA('e1'), tenantId: WEEK }),
    received('e1:week', T(17, '08:00:00.000'), { ...WA('e1'), tenantId: WEEK }),
    complaint('e1:week', T(17, '08:00:00.000'), { ...WA('e1'), tenantId: WEEK }),
    send('w2', T(10, '09:00:00.000'), { ...WA('e2'), tenantId: WEEK }),
    received('e2:late', T(17, '09:00:00.001'), { ...WA('e2'), tenantId: WEEK }),
    optOut('e2:late', T(17, '09:00:00.001'), { ...WA('e2'), tenantId: WEEK }),
    complaint('e2:late', T(17, '09:00:00.001'), { ...WA('e2'), tenantId: WEEK }),
    // w3, w4 (e3): the contact answers after w4 quoting w3: the answer counts for w3 (quoted, after 600 s) and
    // for w4 (before any later business message, after 300 s); one opt-out after both counts for both.
    send('w3', T(10, '10:00:00.000'), { ...WA('e3'), tenantId: WEEK }),
    send('w4', T(10, '10:05:00.000'), { ...WA('e3'), tenantId: WEEK }),
    received('e3:quote', T(10, '10:10:00.000'), { ...WA('e3'), tenantId: WEEK }, 'text', 'w3'),
    optOut('e3', T(10, '10:20:00.000'), { ...WA('e3'), tenantId: WEEK }),
  ];
}

const SETTINGS: MarketingSettingsValue = {
  attributionWindowDays: 7,
  reportingCurrency: 'EUR',
  exchangeRates: new Map(),
  messagePrices: [
    { channel: 'whatsapp', category: 'marketing', price: 0.06 },
    { channel: 'whatsapp', category: 'any', price: 0.01 },
    { channel: 'sms', category: 'any', price: 0.075 },
  ],
};

describe('funnel query (chDB, hand-computed)', () => {
  let warehouse: TestWarehouse;
  let repository: FunnelRepository;
  const scope = (extra: Partial<AnalyticsScope> = {}) =>
    analyticsScope({ tenantId: TENANT, timeZone: 'Europe/Berlin', ...extra });
  const funnel = async (s: AnalyticsScope, dimension: FunnelDimensionValue) =>
    buildFunnel(
      s,
      dimension === 'channel' ? FunnelDimension.CHANNEL : FunnelDimension.CAMPAIGN,
      SETTINGS,
      await repository.rows(s, dimension, 7 * DAY_MS, 200),
      [],
    );

  beforeAll(async () => {
    warehouse = await testWarehouse();
    // Twice: replayed events change nothing.
    await warehouse.sink.insertEvents(events());
    await warehouse.sink.insertEvents(events().reverse());
    await refreshTestRollups(warehouse);
    repository = new FunnelRepository(warehouse);
  });

  afterAll(async () => {
    await dropTestDatabase(warehouse);
  });

  it('counts the whole funnel of the period', async () => {
    const { total } = await funnel(scope(), 'channel');
    expect(total).toMatchObject({
      key: '',
      sent: 8, // m1..m8
      delivered: 5, // m1, m2 (read), m4, m7, m8
      read: 3, // m1, m2, m7 (the SMS gateway's read counts here, not in the rate)
      deliveryRate: 5 / 7, // Telegram (m6) is not measured
      readRate: 2 / 4, // read m1, m2 of delivered m1, m2, m4, m8 on channels with read receipts
      medianSecondsToRead: 45, // 30 s and 60 s
      replied: 5, // m1, m2 (after 24 h + 1 s: within 7 days), m4, m6, m8
      replyRate: 5 / 8,
      medianSecondsToReply: 900, // 300, 600, 900, 1800, 86401
      converted: 1, // m1: the conversion at the window's end
      conversionRate: 1 / 8,
      optOuts: 1, // m7 (twice, counted once); c1's opt-out 7 days + 1 ms after m1 is not
      complaints: 1, // m7
      optOutRate: 250, // 1 per 4 delivered business-initiated: m1, m2 (templates), m7 (campaign), m8 (priced)
      complaintRate: 250,
      cost: 0.205, // m1, m2 marketing 0.06 each; m8 authentication → whatsapp "any" 0.01; m7 sms "any" 0.075
      costPerMessage: 0.205 / 8,
      unavailable: [],
    });
  });

  it('splits by channel; channels without receipts are not measurable, never 0', async () => {
    const { rows } = await funnel(scope(), 'channel');
    expect(rows.map((r) => [r.key, r.sent])).toEqual([
      ['whatsapp', 6],
      ['sms', 1],
      ['telegram', 1],
    ]);
    const [whatsapp, sms, telegram] = rows;
    expect(whatsapp).toMatchObject({
      channel: 'whatsapp',
      delivered: 4,
      read: 2,
      deliveryRate: 4 / 6,
      readRate: 2 / 4,
      replied: 4, // m1, m2, m4, m8
      medianSecondsToReply: 1350, // 600, 900, 1800, 86401
      converted: 1,
      optOuts: 0,
      optOutRate: 0, // of 3 delivered business-initiated (m1, m2, m8)
      cost: 0.13,
      unavailable: [],
    });
    expect(sms).toMatchObject({ delivered: 1, read: null, readRate: null, medianSecondsToRead: null, cost: 0.075 });
    expect(sms.optOutRate).toBe(1000);
    expect(sms.unavailable).toEqual([
      { field: 'read', reason: UnavailableReason.NOT_MEASURABLE },
      { field: 'readRate', reason: UnavailableReason.NOT_MEASURABLE },
      { field: 'medianSecondsToRead', reason: UnavailableReason.NOT_MEASURABLE },
      { field: 'medianSecondsToReply', reason: UnavailableReason.NO_DATA },
    ]);
    expect(telegram).toMatchObject({
      delivered: null,
      read: null,
      replied: 1,
      medianSecondsToReply: 300,
      optOutRate: null,
      cost: null,
      costPerMessage: null,
    });
    expect(telegram.unavailable.map((u) => `${u.field}:${u.reason}`).sort()).toEqual(
      [
        'complaintRate:NOT_MEASURABLE',
        'cost:NO_DATA',
        'costPerMessage:NO_DATA',
        'delivered:NOT_MEASURABLE',
        'deliveryRate:NOT_MEASURABLE',
        'medianSecondsToRead:NOT_MEASURABLE',
        'optOutRate:NOT_MEASURABLE',
        'read:NOT_MEASURABLE',
        'readRate:NOT_MEASURABLE',
      ].sort(),
    );
  });

  it("splits by campaign, messages without one under ''", async () => {
    const { rows } = await funnel(scope(), 'campaign');
    expect(rows.map((r) => [r.key, r.label, r.sent, r.delivered, r.replied, r.converted, r.cost])).toEqual([
      // m3, m4, m6, m8: only m8 is priced (0.01); m3 undelivered, m4 free, Telegram has no price
      ['', 'No campaign', 4, 2, 3, 0, 0.01],
      ['spring', 'spring', 3, 2, 2, 1, 0.12], // m1, m2, m5 (failed, not charged); m1, m2 answered
      ['sms_promo', 'sms_promo', 1, 1, 0, 0, 0.075],
    ]);
  });

  it('filters by campaign and by channel', async () => {
    const spring = (await funnel(scope({ campaignKeys: ['spring'] }), 'channel')).total;
    expect(spring).toMatchObject({ sent: 3, delivered: 2, replied: 2, converted: 1, cost: 0.12 });
    const sms = (await funnel(scope({ channels: ['sms'] }), 'channel')).total;
    expect(sms).toMatchObject({ sent: 1, delivered: 1, read: null, optOuts: 1, complaints: 1 });
    expect((await funnel(scope({ campaignKeys: [] }), 'channel')).total.sent).toBe(0);
  });

  it('takes the window from the settings: 1 day drops the conversion a week later', async () => {
    const rows = await repository.rows(scope(), 'channel', DAY_MS, 200);
    expect(rows.find((r) => Number(r.is_total))?.converted).toBe(0);
  });

  it('counts local days across the DST change and sees no other tenant', async () => {
    const dst = await funnel(
      analyticsScope({ tenantId: DST, timeZone: 'Europe/Berlin', period: { from: '2025-03-30', to: '2025-03-30' } }),
      'channel',
    );
    expect(dst.total.sent).toBe(2); // d1, d2
    const other = await funnel(analyticsScope({ tenantId: OTHER, timeZone: 'Europe/Berlin' }), 'channel');
    expect(other.total).toMatchObject({ sent: 1, replied: 1, converted: 0 });
    const empty = await funnel(analyticsScope({ tenantId: 'nobody', timeZone: 'UTC' }), 'channel');
    expect(empty.rows).toEqual([]);
    expect(empty.total).toMatchObject({ sent: 0, delivered: 0, replyRate: null, cost: null });
  });

  it('counts replies, complaints and opt-outs up to exactly 7 days after a message, and a quoted reply', async () => {
    const { total } = await funnel(analyticsScope({ tenantId: WEEK, timeZone: 'Europe/Berlin' }), 'channel');
    expect(total).toMatchObject({
      sent: 4,
      replied: 3, // w1 (exactly 7 days), w3 (quoted after w4), w4; not w2 (7 days + 1 ms)
      medianSecondsToReply: 600, // 300 (w4), 600 (w3), 604800 (w1)
      complaints: 1, // w1 (exactly 7 days); not w2
      optOuts: 2, // w3 and w4 (one opt-out after both); not w2
    });
  });
});
