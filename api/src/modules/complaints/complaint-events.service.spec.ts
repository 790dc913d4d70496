import { BadUserInputError } from '../../common/errors/bad-user-input.error';
import { encodeCursor } from '../../graphql/pagination';
import type { BusinessAccount } from '../business-accounts/business-account.entity';
import type { Campaign } from '../campaigns/campaign.entity';
import type { AnalyticsScope } from '../overview/analytics-scope';
import { checkedComplaintDrillDown, ComplaintEventsService } from './complaint-events.service';
import type { ComplaintCursor, ComplaintDrillParams } from './complaints.repository';
import { ComplaintKind } from './dtos/complaints.enums';
import type { ComplaintEventRow } from './queries/complaint-events.query';

const scope = {
  tenantId: 't1',
  timeZone: 'Europe/Kyiv',
  period: { from: '2025-03-09', to: '2025-03-11' },
  channels: null,
} as AnalyticsScope;

const row = (id: string, ms: number, over: Partial<ComplaintEventRow> = {}): ComplaintEventRow => ({
  id,
  occurred_ms: String(ms),
  channel: 'whatsapp',
  account_id: 'wa_1',
  contact_id: 'c1',
  kind: 'report_spam',
  reason: '',
  template_name: '',
  campaign_id: '',
  related_message_id: '',
  ...over,
});

function service(rows: ComplaintEventRow[], total: number) {
  const calls: Array<{ drill: ComplaintDrillParams; after: ComplaintCursor | null; limit: number }> = [];
  const labelCalls: Array<[string, string[]]> = [];
  const instance = new ComplaintEventsService(
    { resolve: (tenantId: string) => Promise.resolve({ ...scope, tenantId }) },
    {
      events: (_scope, drill, after, limit) => {
        calls.push({ drill, after, limit });
        return Promise.resolve(rows);
      },
      eventCount: () => Promise.resolve(total),
    },
    {
      accountsByExternalIds: (tenantId, ids) => {
        labelCalls.push([tenantId, ids]);
        return Promise.resolve([
          { channel: 'whatsapp', externalId: 'wa_1', displayName: 'Shop UA' },
          { channel: 'viber', externalId: 'wa_1', displayName: 'Viber namesake' },
        ] as BusinessAccount[]);
      },
      campaignsByKeys: (tenantId, keys) => {
        labelCalls.push([tenantId, keys]);
        return Promise.resolve([{ key: 'spring', name: 'Spring sale' }] as Campaign[]);
      },
    },
  );
  return { instance, calls, labelCalls };
}

describe('ComplaintEventsService', () => {
  it("pages newest first, names accounts by channel and campaigns, and asks for this tenant's names only", async () => {
    const rows = [
      row('e3', 3000, { campaign_id: 'spring', template_name: 'promo', reason: 'spam', related_message_id: 'm1' }),
      row('e2', 2000, { channel: 'sms', kind: 'block' }),
      row('e1', 1000),
    ];
    const { instance, calls, labelCalls } = service(rows, 7);
    const page = await instance.complaintEvents('t1', { from: '2025-03-09', to: '2025-03-11' }, null, { first: 2 });
    expect(calls).toEqual([{ drill: { date: null, kind: null, reason: null }, after: null, limit: 3 }]);
    expect(page.totalCount).toBe(7);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([2000, 'e2']) });
    expect(page.nodes).toEqual([
      {
        id: 'e3',
        occurredAt: new Date(3000),
        channel: 'whatsapp',
        accountId: 'wa_1',
        accountName: 'Shop UA',
        contactId: 'c1',
        kind: ComplaintKind.REPORT_SPAM,
        reason: 'spam',
        templateName: 'promo',
        campaignId: 'spring',
        campaignName: 'Spring sale',
        relatedMessageId: 'm1',
      },
      expect.objectContaining({
        id: 'e2',
        channel: 'sms',
        // The same external id on another channel is another account: no name.
        accountName: null,
        kind: ComplaintKind.BLOCK,
        reason: null,
        templateName: null,
        campaignId: null,
        campaignName: null,
        relatedMessageId: null,
      }),
    ]);
    // Names only for the page shown, never '' keys.
    expect(labelCalls).toEqual([
      ['t1', ['wa_1']],
      ['t1', ['spring']],
    ]);
  });

  it('continues after the cursor it gave and refuses one it did not', async () => {
    const { instance, calls } = service([], 0);
    await instance.complaintEvents(
      't1',
      scope.period,
      { kind: ComplaintKind.BLOCK },
      { after: encodeCursor([2000, 'e2']) },
    );
    expect(calls[0]).toMatchObject({ drill: { kind: 'block' }, after: { occurredMs: 2000, id: 'e2' }, limit: 51 });
    await expect(
      instance.complaintEvents('t1', scope.period, null, { after: encodeCursor(['2000', 'e2']) }),
    ).rejects.toThrow(BadUserInputError);
  });
});

describe('checkedComplaintDrillDown', () => {
  it("keeps a day, a kind and a reason ('' = without a reason)", () => {
    expect(
      checkedComplaintDrillDown({ date: '2025-03-10', kind: ComplaintKind.MARKETING_STOP, reason: '' }, scope),
    ).toEqual({ date: '2025-03-10', kind: 'marketing_stop', reason: '' });
    expect(checkedComplaintDrillDown(null, scope)).toEqual({ date: null, kind: null, reason: null });
  });

  it.each([
    ['a day after the period', { date: '2025-03-12' }],
    ['a day before the period', { date: '2025-03-08' }],
    ['a date not written YYYY-MM-DD', { date: '10.03.2025' }],
    ['a reason over 1,000 characters', { reason: 'x'.repeat(1001) }],
  ])('refuses %s with BAD_USER_INPUT', (_, drill) => {
    expect(() => checkedComplaintDrillDown(drill, scope)).toThrow(BadUserInputError);
  });
});
