import { encodeCursor } from '../../graphql/pagination';
import type { BusinessAccount } from '../business-accounts/business-account.entity';
import type { Campaign } from '../campaigns/campaign.entity';
import type { AnalyticsScope } from '../overview/analytics-scope';
import { BadUserInputError } from '../../common/errors/bad-user-input.error';
import { ConsentAnalyticsService } from './consent-analytics.service';
import type { CoverageGroup, OptOutCursor } from './consent.repository';
import { CoverageGroupBy } from './dtos/consent.enums';
import type { ConsentCoverageQueryRow } from './queries/consent-coverage.query';
import type { OptOutRow } from './queries/opt-out-rows.query';

const scope = { tenantId: 't1', timeZone: 'UTC', period: { from: '2025-03-10', to: '2025-03-11' } } as AnalyticsScope;
const filter = { from: '2025-03-10', to: '2025-03-11' };

const coverageRow = (key: string, over: Partial<ConsentCoverageQueryRow> = {}): ConsentCoverageQueryRow => ({
  key,
  account_channel: '',
  messages: 4,
  business_initiated: 4,
  covered: 3,
  no_consent: 1,
  after_opt_out: 0,
  purpose_mismatch: 0,
  ...over,
});

const optOut = (id: string, ms: number, messages: number): OptOutRow => ({
  id,
  opted_out_ms: String(ms),
  channel: 'whatsapp',
  account_id: 'wa_1',
  contact_id: 'c1',
  purpose: 'marketing',
  method: 'keyword',
  messages_after: messages,
  last_message_ms: messages ? String(ms + 60_000) : '',
  delay_seconds: messages ? 60 : null,
});

const AS_OF = new Date('2026-11-21T12:00:00.000Z');

function service(coverage: ConsentCoverageQueryRow[], optOuts: OptOutRow[] = []) {
  const calls: Array<{ group?: CoverageGroup; after?: OptOutCursor | null; limit?: number }> = [];
  const instance = new ConsentAnalyticsService(
    { resolve: () => Promise.resolve(scope) },
    {
      coverage: (_scope, group) => {
        calls.push({ group });
        return Promise.resolve(coverage);
      },
      honouring: () =>
        Promise.resolve({
          opt_outs: 3,
          honoured: 1,
          messages_after: 5,
          median_delay_seconds: 60,
          max_delay_seconds: 90,
        }),
      optOuts: (_scope, after, limit) => {
        calls.push({ after, limit });
        return Promise.resolve(optOuts);
      },
      rollupsRefreshedAt: () => Promise.resolve(AS_OF),
    },
    {
      accountsByExternalIds: (_t, ids) =>
        Promise.resolve(
          [
            { channel: 'whatsapp', externalId: 'wa_1', displayName: 'Shop UA' },
            { channel: 'sms', externalId: 'wa_1', displayName: 'SMS namesake' },
          ].filter((a) => ids.includes(a.externalId)) as BusinessAccount[],
        ),
      campaignsByKeys: () => Promise.resolve([{ key: 'spring', name: 'Spring sale' }] as Campaign[]),
    },
  );
  return { instance, calls };
}

describe('ConsentAnalyticsService', () => {
  it('names accounts by channel and external id, and gives null coverage without business-initiated messages', async () => {
    const { instance, calls } = service([
      coverageRow('wa_1', { account_channel: 'whatsapp' }),
      coverageRow('wa_2', { account_channel: 'whatsapp', business_initiated: 0, covered: 0 }),
    ]);
    const rows = await instance.coverage('t1', filter, CoverageGroupBy.ACCOUNT);
    expect(calls).toEqual([{ group: 'account' }]);
    expect(rows.map((r) => [r.key, r.label, r.channel, r.coverage, r.asOf])).toEqual([
      ['wa_1', 'Shop UA', 'whatsapp', 0.75, AS_OF],
      ['wa_2', null, 'whatsapp', null, AS_OF],
    ]);
  });

  it('names campaigns; days and channels have no label', async () => {
    expect(
      (
        await service([coverageRow(''), coverageRow('spring')]).instance.coverage(
          't1',
          filter,
          CoverageGroupBy.CAMPAIGN,
        )
      ).map((r) => [r.key, r.label, r.channel]),
    ).toEqual([
      ['', null, null],
      ['spring', 'Spring sale', null],
    ]);
    expect(
      (await service([coverageRow('sms')]).instance.coverage('t1', filter, CoverageGroupBy.CHANNEL)).map((r) => [
        r.label,
        r.channel,
      ]),
    ).toEqual([[null, 'sms']]);
  });

  it('pages opt-outs with a cursor it made, and refuses one it did not', async () => {
    const { instance, calls } = service([], [optOut('o3', 3000, 2), optOut('o2', 2000, 0), optOut('o1', 1000, 3)]);
    const result = await instance.honouring('t1', filter, { first: 2 });
    expect(result).toMatchObject({
      optOuts: 3,
      honoured: 1,
      violated: 2,
      messagesAfterOptOut: 5,
      medianDelaySeconds: 60,
      maxDelaySeconds: 90,
      asOf: AS_OF,
    });
    expect(calls).toEqual([{ after: null, limit: 3 }]);
    expect(result.rows.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([2000, 'o2']) });
    expect(result.rows.nodes.map((n) => [n.eventId, n.accountName, n.honoured, n.lastMessageAt])).toEqual([
      ['o3', 'Shop UA', false, new Date(63_000)],
      ['o2', 'Shop UA', true, null],
    ]);
    await instance.honouring('t1', filter, { after: encodeCursor([2000, 'o2']) });
    expect(calls[1]).toEqual({ after: { optedOutMs: 2000, id: 'o2' }, limit: 51 });
    await expect(instance.honouring('t1', filter, { after: encodeCursor(['x', 'o2']) })).rejects.toThrow(
      BadUserInputError,
    );
  });
});
