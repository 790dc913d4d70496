import type { CanonicalEvent } from '@checkmark/schemas';
import {
  attributeConversions,
  type AttributionModel as OracleModel,
  type AttributionTouch,
} from '@checkmark/schemas/attribution';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { refreshTestRollups } from '@checkmark/test/helpers/rollups';
import { analyticsScope } from '../../testing/analytics-fixtures';
import type { CampaignView } from '../campaigns/campaigns.service';
import type { AnalyticsScope } from '../overview/analytics-scope';
import type { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import { CampaignAnalyticsRepository } from './campaign-analytics.repository';
import { CampaignAnalyticsService } from './campaign-analytics.service';
import type { CampaignsService } from '../campaigns/campaigns.service';
import { AttributionModel, TouchpointKind } from './dtos/campaign-analytics.enums';

// The warehouse's attribution (ASOF joins) must give exactly what the reference attributeConversions gives on
// random small event sets: times on a coarse grid so ties and exact window ends happen often.
const ROUNDS = 12;
const WINDOW_DAYS = 2;
const PERIOD = { from: '2025-03-10', to: '2025-03-12' };
// UTC tenant: the period is [10 March 00:00Z, 13 March 00:00Z).
const START = Date.parse('2025-03-07T00:00:00.000Z');
const GRID_MS = 6 * 3600_000;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const AD_CAMPAIGN = {
  id: 'id_ad',
  key: 'ad_c',
  name: 'Ad',
  channel: null,
  account: null,
  codes: [{ kind: 'ad_id', value: 'ad_1' }],
  startsOn: null,
  endsOn: null,
  currency: 'EUR',
  spend: [],
} as unknown as CampaignView;

interface Round {
  tenantId: string;
  events: CanonicalEvent[];
  touches: AttributionTouch[];
  conversions: { id: string; contactId: string; at: string }[];
}

function round(index: number): Round {
  const next = random(1000 + index);
  const tenantId = `tenant_oracle_${index}`;
  const events: CanonicalEvent[] = [];
  const touches: AttributionTouch[] = [];
  const conversions: Round['conversions'] = [];
  for (const contactId of ['c_1', 'c_2']) {
    // Each customer message is its own conversation (so each is a first message); campaign messages and
    // conversions in between. Sorted in time per contact to derive the reference's reply touches.
    const items: { at: number; what: 'in_ad' | 'in_organic' | 'campaign' | 'agent' | 'conversion' }[] = [];
    const count = 3 + Math.floor(next() * 6);
    for (let i = 0; i < count; i++) {
      const at = START + Math.floor(next() * 24) * GRID_MS + (next() < 0.1 ? 1 : next() < 0.1 ? -1 : 0);
      const roll = next();
      const what =
        roll < 0.25
          ? 'in_ad'
          : roll < 0.45
            ? 'in_organic'
            : roll < 0.6
              ? 'campaign'
              : roll < 0.7
                ? 'agent'
                : 'conversion';
      items.push({ at, what });
    }
    // At the same instant a business message comes first: a customer message then counts as its reply.
    const business = (what: string) => Number(what !== 'campaign' && what !== 'agent');
    items.sort((a, b) => a.at - b.at || business(a.what) - business(b.what));
    let lastBusiness: { at: number; campaign: boolean; replied: boolean } | null = null;
    items.forEach((item, i) => {
      const iso = new Date(item.at).toISOString();
      const id = `${item.what}:${contactId}:${i}`;
      const base = {
        id,
        tenantId,
        occurredAt: iso,
        channel: 'whatsapp',
        accountId: 'wa_1',
        contactId,
        source: 'fixture',
        schemaVersion: 1,
      };
      if (item.what === 'in_ad' || item.what === 'in_organic') {
        events.push({
          ...base,
          type: 'message.received',
          messageId: id,
          conversationId: id,
          payload: {
            contentType: 'text',
            text: 'hi',
            ...(item.what === 'in_ad' ? { referral: { kind: 'ad', sourceId: 'ad_1' } } : {}),
          },
        } as CanonicalEvent);
        touches.push({
          id,
          contactId,
          kind: 'first_message',
          at: iso,
          campaignId: item.what === 'in_ad' ? 'ad_c' : null,
        });
        if (lastBusiness?.campaign && !lastBusiness.replied) {
          lastBusiness.replied = true;
          touches.push({
            id: `${id}:reply`,
            contactId,
            kind: 'campaign_reply',
            at: iso,
            sentAt: new Date(lastBusiness.at).toISOString(),
            campaignId: 'broadcast',
          });
        }
      } else if (item.what === 'campaign' || item.what === 'agent') {
        events.push({
          ...base,
          type: 'message.sent',
          messageId: id,
          payload: {
            ...(item.what === 'campaign' ? { campaignId: 'broadcast' } : {}),
            sender: item.what === 'campaign' ? { kind: 'campaign' } : { kind: 'agent', agentId: 'a_1' },
            isTemplate: item.what === 'campaign',
            contentType: item.what === 'campaign' ? 'template' : 'text',
          },
        } as CanonicalEvent);
        lastBusiness = { at: item.at, campaign: item.what === 'campaign', replied: false };
      } else {
        events.push({ ...base, type: 'conversion.recorded', payload: { kind: 'purchase' } } as CanonicalEvent);
        if (iso >= '2025-03-10T00:00:00.000Z' && iso < '2025-03-13T00:00:00.000Z') {
          conversions.push({ id, contactId, at: iso });
        }
      }
    });
  }
  return { tenantId, events, touches, conversions };
}

describe('warehouse attribution equals attributeConversions (random event sets)', () => {
  let wh: TestWarehouse;
  const rounds = Array.from({ length: ROUNDS }, (_, i) => round(i));

  beforeAll(async () => {
    wh = await testWarehouse();
    await wh.sink.insertEvents(rounds.flatMap((r) => r.events));
    await refreshTestRollups(wh);
  }, 60_000);
  afterAll(() => dropTestDatabase(wh));

  it.each([
    [AttributionModel.LAST_TOUCH, 'last_touch'],
    [AttributionModel.FIRST_TOUCH, 'first_touch'],
  ] as const)('%s', async (model, oracleModel: OracleModel) => {
    let compared = 0;
    for (const r of rounds) {
      const scope: AnalyticsScope = { ...analyticsScope({ tenantId: r.tenantId, timeZone: 'UTC' }), period: PERIOD };
      const service = new CampaignAnalyticsService(
        { resolve: () => Promise.resolve(scope) } as unknown as AnalyticsScopeFactory,
        new CampaignAnalyticsRepository(wh),
        { campaignsOf: () => Promise.resolve([AD_CAMPAIGN]) } as unknown as CampaignsService,
        {
          forTenant: () =>
            Promise.resolve({
              attributionWindowDays: WINDOW_DAYS,
              reportingCurrency: 'EUR',
              exchangeRates: new Map(),
              messagePrices: [],
            }),
        },
      );
      const page = await service.attributedConversions(r.tenantId, PERIOD, model, null, { first: 200 });
      const atOf = new Map(r.touches.map((t) => [t.id, t.at]));
      const expected = attributeConversions(r.touches, r.conversions, { model: oracleModel, windowDays: WINDOW_DAYS })
        .map((a) => [a.conversionId, a.campaignId ?? 'organic', a.touchId === null ? null : atOf.get(a.touchId)!])
        .sort();
      const actual = page.nodes
        .map((n) => [
          n.eventId,
          n.campaign?.key ?? (n.sourceKind === TouchpointKind.CAMPAIGN_REPLY ? 'broadcast' : 'organic'),
          n.touchAt?.toISOString() ?? null,
        ])
        .sort();
      expect([r.tenantId, actual]).toEqual([r.tenantId, expected]);
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(10);
  });
});
