import type { CanonicalEvent } from '@checkmark/schemas';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { refreshTestRollups } from '@checkmark/test/helpers/rollups';
import { analyticsScope } from '../../testing/analytics-fixtures';
import type { BusinessAccount } from '../business-accounts/business-account.entity';
import type { AnalyticsScope } from '../overview/analytics-scope';
import { TemplatesRepository } from './templates.repository';
import { TemplatesService } from './templates.service';

// Every expectation below is computed by hand from the events listed in `events()`. The tenant's zone is UTC;
// the period is 10–11 March 2025. Template events come under the WABA, sends under the phone number.
const TENANT = 'tenant_templates';
const OTHER = 'tenant_other';
const T = (day: number, time: string) => `2025-03-${String(day).padStart(2, '0')}T${time}.000Z`;

interface Where {
  tenantId?: string;
  channel?: CanonicalEvent['channel'];
  accountId?: string;
  contactId?: string;
}

function event(
  id: string,
  type: string,
  occurredAt: string,
  where: Where,
  extra: Record<string, unknown>,
): CanonicalEvent {
  return {
    id,
    tenantId: where.tenantId ?? TENANT,
    type,
    occurredAt,
    channel: where.channel ?? 'whatsapp',
    accountId: where.accountId ?? 'wa_1',
    ...(type === 'template.updated' ? {} : { contactId: where.contactId ?? 'c_1' }),
    source: 'fixture',
    schemaVersion: 1,
    ...extra,
  } as CanonicalEvent;
}

const templateSend = (
  messageId: string,
  at: string,
  where: Where,
  name = 'promo',
  language = 'en',
  category = 'marketing',
) =>
  event(`sent:${messageId}`, 'message.sent', at, where, {
    messageId,
    payload: {
      sender: { kind: 'campaign' },
      isTemplate: true,
      templateName: name,
      templateLanguage: language,
      templateCategory: category,
      contentType: 'template',
    },
  });
const status = (
  id: string,
  messageId: string,
  value: string,
  at: string,
  where: Where,
  extra: Record<string, unknown> = {},
) => event(id, 'message.status', at, where, { messageId, payload: { status: value, ...extra } });
const received = (messageId: string, at: string, where: Where, extra: Record<string, unknown> = {}) =>
  event(`rcv:${messageId}`, 'message.received', at, where, { messageId, payload: { contentType: 'text', ...extra } });
const complaint = (id: string, at: string, where: Where) =>
  event(id, 'complaint.recorded', at, where, { payload: { kind: 'report_spam' } });
const optOut = (id: string, at: string, where: Where) =>
  event(id, 'consent.updated', at, where, { payload: { action: 'opt_out', purpose: 'marketing', method: 'keyword' } });
const templateUpdated = (id: string, at: string, payload: Record<string, unknown>, where: Where = {}) =>
  event(
    id,
    'template.updated',
    at,
    { accountId: 'waba_1', ...where },
    { payload: { templateName: 'promo', language: 'en', ...payload } },
  );

const c = (contactId: string, where: Where = {}): Where => ({ contactId, ...where });
const TG: Where = { channel: 'telegram', accountId: 'tg_bot' };

/** Sends, statuses and follow-ups; the comment on each send says how it counts. */
function events(): CanonicalEvent[] {
  return [
    // p1: sent (reported three times), delivered twice, read twice: read 60 s after the send; replied at 08:30 (before welcome went out at 09:00).
    templateSend('p1', T(10, '08:00:00'), c('c_1')),
    status('st:p1:sent', 'p1', 'sent', T(10, '08:00:00'), c('c_1')),
    status('st:p1:sent:again', 'p1', 'sent', T(10, '08:00:01'), c('c_1')),
    status('st:p1:delivered', 'p1', 'delivered', T(10, '08:00:10'), c('c_1')),
    status('st:p1:delivered:again', 'p1', 'delivered', T(10, '08:00:20'), c('c_1')),
    status('st:p1:read', 'p1', 'read', T(10, '08:01:00'), c('c_1')),
    status('st:p1:read:again', 'p1', 'read', T(10, '08:05:00'), c('c_1')),
    received('r1', T(10, '08:30:00'), c('c_1')),
    // p2: read after 120 s, delivered reported later (out of order); an agent wrote at 10:00, so the customer's
    // 11:00 message answers the agent, not the template; complaint at 12:00 counts.
    templateSend('p2', T(10, '08:00:00'), c('c_2')),
    status('st:p2:read', 'p2', 'read', T(10, '08:02:00'), c('c_2')),
    status('st:p2:delivered', 'p2', 'delivered', T(10, '08:05:00'), c('c_2')),
    event('sent:a2', 'message.sent', T(10, '10:00:00'), c('c_2'), {
      messageId: 'a2',
      payload: { sender: { kind: 'agent', agentId: 'agent_1' }, isTemplate: false, contentType: 'text' },
    }),
    received('r2', T(10, '11:00:00'), c('c_2')),
    complaint('cp:2', T(10, '12:00:00'), c('c_2')),
    // p3: failed 131049 (known), then again with 131026 — the first failure counts; opt-out 7 days + 1 h later: outside.
    templateSend('p3', T(10, '08:00:00'), c('c_3')),
    status('st:p3:failed', 'p3', 'failed', T(10, '08:00:05'), c('c_3'), {
      errorCode: '131049',
      errorTitle: 'This message was not delivered to maintain healthy ecosystem engagement.',
    }),
    status('st:p3:failed:later', 'p3', 'failed', T(10, '08:10:00'), c('c_3'), {
      errorCode: '131026',
      errorTitle: 'Message undeliverable',
    }),
    optOut('oo:3', T(17, '09:00:00'), c('c_3')),
    // p4: failed with a code the catalog does not know; opt-out an hour later; a reaction (not a reply) and a
    // reply quoting it the next day.
    templateSend('p4', T(11, '08:00:00'), c('c_4')),
    status('st:p4:failed', 'p4', 'failed', T(11, '08:00:03'), c('c_4'), { errorCode: '999999', errorTitle: 'Mystery' }),
    optOut('oo:4', T(11, '09:00:00'), c('c_4')),
    received('r4:reaction', T(11, '09:30:00'), c('c_4'), { contentType: 'reaction' }),
    received('r4', T(12, '10:00:00'), c('c_4'), { replyToMessageId: 'p4' }),
    // p5: delivered, never read; complaint 6 d 23 h later counts; the customer message 7 d + 1 h later does not.
    templateSend('p5', T(11, '08:00:00'), c('c_5')),
    status('st:p5:delivered', 'p5', 'delivered', T(11, '08:00:30'), c('c_5')),
    complaint('cp:5', T(18, '07:00:00'), c('c_5')),
    received('r5', T(18, '09:00:00'), c('c_5')),
    // A promo send after the period: not counted.
    templateSend('p6', T(12, '08:00:00'), c('c_6')),
    // welcome/uk: two sends, one read after 30 s.
    templateSend('w1', T(10, '09:00:00'), c('c_1'), 'welcome', 'uk', 'utility'),
    status('st:w1:read', 'w1', 'read', T(10, '09:00:30'), c('c_1')),
    templateSend('w2', T(11, '09:00:00'), c('c_7'), 'welcome', 'uk', 'utility'),
    // promo/ru on a Telegram bot: no delivery or read receipts.
    templateSend('t1', T(10, '09:00:00'), c('c_t', TG), 'promo', 'ru'),
    // Another tenant: the same template names, invisible.
    templateSend('x1', T(10, '08:00:00'), c('c_1', { tenantId: OTHER })),
    templateSend('x2', T(10, '08:00:00'), c('c_2', { tenantId: OTHER })),
    templateUpdated('tu:x', T(11, '13:00:00'), { status: 'REJECTED' }, { tenantId: OTHER }),
  ];
}

/** promo/en's platform history, listed out of order; h2 and h3 are replayed afterwards. */
const HISTORY = [
  templateUpdated('tu:h3', T(10, '12:00:00'), { status: 'PAUSED', reason: 'Low quality' }),
  templateUpdated('tu:h1', '2025-01-05T10:00:00.000Z', { status: 'APPROVED', category: 'MARKETING' }),
  templateUpdated('tu:h4', T(11, '12:00:00'), {
    category: 'UTILITY',
    previousCategory: 'MARKETING',
    reason: 'INCORRECT_CATEGORY',
  }),
  templateUpdated('tu:h2', T(9, '12:00:00'), { quality: 'YELLOW', previousQuality: 'GREEN' }),
];

function scope(overrides: Partial<AnalyticsScope> = {}): AnalyticsScope {
  return analyticsScope({ tenantId: TENANT, timeZone: 'UTC', ...overrides });
}

const ACCOUNT = {
  id: 'acc-1',
  tenantId: TENANT,
  channel: 'whatsapp',
  externalId: 'wa_1',
  wabaId: 'waba_1',
} as BusinessAccount;

describe('template analytics on real chDB', () => {
  let warehouse: TestWarehouse;
  let service: TemplatesService;
  let currentScope: AnalyticsScope;

  beforeAll(async () => {
    warehouse = await testWarehouse();
    await warehouse.sink.insertEvents(events());
    await warehouse.sink.insertEvents(HISTORY);
    // A replay of two history events (same ids) in a later batch.
    await warehouse.sink.insertEvents([HISTORY[3], HISTORY[0]]);
    await refreshTestRollups(warehouse);
    const repository = new TemplatesRepository({ client: warehouse.client, database: warehouse.database });
    service = new TemplatesService(
      { resolve: (tenantId) => Promise.resolve({ ...currentScope, tenantId }) },
      repository,
      {
        findOne: (tenantId, id) => Promise.resolve(tenantId === TENANT && id === ACCOUNT.id ? ACCOUNT : null),
        findByExternalIds: (channel, ids) =>
          Promise.resolve([ACCOUNT].filter((a) => a.channel === channel && ids.includes(a.externalId))),
      },
    );
  });

  beforeEach(() => {
    currentScope = scope();
  });

  afterAll(async () => {
    await dropTestDatabase(warehouse);
  });

  const FILTER = { from: '2025-03-10', to: '2025-03-11' };

  it('counts the funnel, follow-ups and current state per template, most sent first', async () => {
    const page = await service.templates(TENANT, FILTER, null, null);
    expect(page.totalCount).toBe(3);
    expect(page.nodes.map((n) => [n.channel, n.name, n.language, n.sent])).toEqual([
      ['whatsapp', 'promo', 'en', 5],
      ['whatsapp', 'welcome', 'uk', 2],
      ['telegram', 'promo', 'ru', 1],
    ]);
    expect(page.nodes[0]).toEqual({
      channel: 'whatsapp',
      accountExternalId: 'wa_1',
      businessAccountId: 'acc-1',
      name: 'promo',
      language: 'en',
      // The platform's UTILITY, in the canonical lower case sends use.
      category: 'utility',
      status: 'PAUSED',
      quality: 'YELLOW',
      stateUpdatedAt: new Date(T(11, '12:00:00')),
      sent: 5,
      delivered: 3,
      read: 2,
      replied: 2,
      failed: 2,
      deliveryRate: 0.6,
      deliveryRateUnavailableReason: null,
      readRate: 2 / 3,
      readRateUnavailableReason: null,
      medianTimeToReadSeconds: 90,
      medianTimeToReadUnavailableReason: null,
      complaints: 2,
      optOuts: 1,
      readReceipts: true,
    });
    expect(page.nodes[1]).toMatchObject({
      category: 'utility',
      status: null,
      quality: null,
      stateUpdatedAt: null,
      sent: 2,
      delivered: 1,
      read: 1,
      replied: 0,
      readRate: 1,
      medianTimeToReadSeconds: 30,
    });
    expect(page.nodes[2]).toMatchObject({
      accountExternalId: 'tg_bot',
      businessAccountId: null,
      deliveryRate: null,
      deliveryRateUnavailableReason: 'NOT_MEASURABLE',
      readRate: null,
      readRateUnavailableReason: 'NOT_MEASURABLE',
      medianTimeToReadSeconds: null,
      medianTimeToReadUnavailableReason: 'NOT_MEASURABLE',
      readReceipts: false,
    });
  });

  it('pages with a cursor and searches by part of the name', async () => {
    const first = await service.templates(TENANT, FILTER, { first: 2 }, null);
    expect(first.nodes.map((n) => n.name)).toEqual(['promo', 'welcome']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await service.templates(TENANT, FILTER, { first: 2, after: first.pageInfo.endCursor }, null);
    expect(second.nodes.map((n) => [n.channel, n.name])).toEqual([['telegram', 'promo']]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const searched = await service.templates(TENANT, FILTER, null, 'WELC');
    expect(searched.nodes.map((n) => n.name)).toEqual(['welcome']);
    expect(searched.totalCount).toBe(1);
  });

  it('applies the scope filters and sees nothing of another tenant', async () => {
    currentScope = scope({ channels: ['telegram'] });
    expect((await service.templates(TENANT, FILTER, null, null)).nodes.map((n) => n.channel)).toEqual(['telegram']);
    currentScope = scope({ accountIds: [] });
    expect((await service.templates(TENANT, FILTER, null, null)).totalCount).toBe(0);
    currentScope = scope();
    expect((await service.templates('tenant_nobody', FILTER, null, null)).totalCount).toBe(0);
    const other = await service.templates(OTHER, FILTER, null, null);
    expect(other.nodes.map((n) => [n.name, n.sent, n.status, n.businessAccountId])).toEqual([
      ['promo', 2, 'REJECTED', null],
    ]);
  });

  it('lists the whole status, quality and category history in order, once per event despite replays', async () => {
    const history = await service.templateHistory(TENANT, 'promo', 'en', null);
    expect(history).toEqual([
      {
        occurredAt: new Date('2025-01-05T10:00:00.000Z'),
        channel: 'whatsapp',
        accountExternalId: 'waba_1',
        name: 'promo',
        language: 'en',
        changes: [
          { field: 'STATUS', from: null, to: 'APPROVED' },
          { field: 'CATEGORY', from: null, to: 'MARKETING' },
        ],
        reason: null,
      },
      expect.objectContaining({
        occurredAt: new Date(T(9, '12:00:00')),
        changes: [{ field: 'QUALITY', from: 'GREEN', to: 'YELLOW' }],
        reason: null,
      }),
      expect.objectContaining({
        occurredAt: new Date(T(10, '12:00:00')),
        changes: [{ field: 'STATUS', from: 'APPROVED', to: 'PAUSED' }],
        reason: 'Low quality',
      }),
      expect.objectContaining({
        occurredAt: new Date(T(11, '12:00:00')),
        changes: [{ field: 'CATEGORY', from: 'MARKETING', to: 'UTILITY' }],
        reason: 'INCORRECT_CATEGORY',
      }),
    ]);
    expect(await service.templateHistory(TENANT, 'promo', 'en', ACCOUNT.id)).toHaveLength(4);
    expect(await service.templateHistory(TENANT, 'promo', 'ru', null)).toEqual([]);
    expect(await service.templateHistory(OTHER, 'promo', null, null)).toEqual([
      expect.objectContaining({ changes: [{ field: 'STATUS', from: null, to: 'REJECTED' }] }),
    ]);
    await expect(service.templateHistory(OTHER, 'promo', null, ACCOUNT.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('groups failures by channel and code, explaining known codes and keeping unknown ones as reported', async () => {
    const failures = await service.templateFailures(TENANT, FILTER, 'promo', 'en');
    expect(failures).toEqual([
      expect.objectContaining({
        channel: 'whatsapp',
        errorCode: '131049',
        count: 1,
        share: 0.5,
        platformTitle: 'This message was not delivered to maintain healthy ecosystem engagement.',
        title: 'Meta chose not to deliver',
        known: true,
        meaning: expect.stringContaining('healthy ecosystem'),
        category: expect.any(String),
        recommendedAction: expect.any(String),
      }),
      {
        channel: 'whatsapp',
        errorCode: '999999',
        count: 1,
        share: 0.5,
        platformTitle: 'Mystery',
        title: 'Mystery',
        known: false,
        meaning: null,
        likelyCause: null,
        recommendedAction: null,
        category: null,
        categoryLabel: null,
        retry: null,
      },
    ]);
    expect(await service.templateFailures(TENANT, FILTER, 'welcome', null)).toEqual([]);
    expect(await service.templateFailures(OTHER, FILTER, 'promo', 'en')).toEqual([]);
  });
});
