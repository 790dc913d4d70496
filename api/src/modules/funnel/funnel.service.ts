import { CHANNELS, type Channel } from '@checkmark/schemas';
import { Inject, Injectable } from '@nestjs/common';
import { CampaignsService, type CampaignView } from '../campaigns/campaigns.service';
import type { MarketingSettingsValue } from '../marketing-settings/marketing-settings-value';
import { MarketingSettingsService } from '../marketing-settings/marketing-settings.service';
import type { AnalyticsScope } from '../overview/analytics-scope';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import { hasDeliveryReceipts, hasReadReceipts, measurable } from '../overview/channel-receipts';
import type { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';
import { UnavailableReason } from '../overview/dtos/metric.model';
import { FunnelDimension } from './dtos/funnel.enums';
import type { FunnelModel, FunnelRowModel, FunnelUnavailableModel } from './dtos/funnel.model';
import { FunnelRepository } from './funnel.repository';
import { messagesCost } from './message-cost';
import type { FunnelRowsRow } from './queries/funnel-rows.query';

/** Most rows the funnel lists (the busiest). */
export const MAX_FUNNEL_ROWS = 200;

const DAY_MS = 86_400_000;

/** Label of the '' campaign row. */
export const NO_CAMPAIGN_LABEL = 'No campaign';

type Scopes = Pick<AnalyticsScopeFactory, 'resolve'>;
type FunnelReads = Pick<FunnelRepository, 'rows'>;
type CampaignReads = Pick<CampaignsService, 'byKeys'>;
type Settings = Pick<MarketingSettingsService, 'forTenant'>;

/**
 * The message funnel (sent → delivered → read → replied → converted) with reply and read times, opt-out and
 * complaint rates and cost, per channel or campaign. Figures a channel cannot measure are null with a reason.
 */
@Injectable()
export class FunnelService {
  constructor(
    @Inject(AnalyticsScopeFactory) private readonly scopes: Scopes,
    @Inject(FunnelRepository) private readonly repository: FunnelReads,
    @Inject(CampaignsService) private readonly campaigns: CampaignReads,
    @Inject(MarketingSettingsService) private readonly settings: Settings,
  ) {}

  async funnel(
    tenantId: string,
    filter: AnalyticsFilterInput,
    groupBy: FunnelDimension | null | undefined,
  ): Promise<FunnelModel> {
    const dimension = groupBy ?? FunnelDimension.CHANNEL;
    const [scope, settings] = await Promise.all([
      this.scopes.resolve(tenantId, filter),
      this.settings.forTenant(tenantId),
    ]);
    const rows = await this.repository.rows(
      scope,
      dimension === FunnelDimension.CHANNEL ? 'channel' : 'campaign',
      settings.attributionWindowDays * DAY_MS,
      MAX_FUNNEL_ROWS,
    );
    const campaigns =
      dimension === FunnelDimension.CAMPAIGN
        ? await this.campaigns.byKeys(
            tenantId,
            groupsOf(rows)
              .filter((row) => row.key !== '')
              .map((row) => row.key),
          )
        : [];
    return buildFunnel(scope, dimension, settings, rows, campaigns);
  }
}

/** The group rows (not the total), at most MAX_FUNNEL_ROWS. */
function groupsOf(rows: FunnelRowsRow[]): FunnelRowsRow[] {
  return rows.filter((row) => !Number(row.is_total)).slice(0, MAX_FUNNEL_ROWS);
}

const EMPTY_ROW: FunnelRowsRow = {
  is_total: 1,
  key: '',
  sent: 0,
  delivered: 0,
  read: 0,
  sent_measured: 0,
  delivered_measured: 0,
  sent_read_channels: 0,
  read_base: 0,
  read_measured: 0,
  timed_reads: 0,
  median_seconds_to_read: null,
  replied: 0,
  median_seconds_to_reply: null,
  converted: 0,
  opt_outs: 0,
  complaints: 0,
  opt_outs_measured: 0,
  complaints_measured: 0,
  delivered_business_initiated: 0,
  billable: [[], []],
};

/** The Funnel from the query rows (total first, then groups), the tenant's settings and the rows' campaigns. */
export function buildFunnel(
  scope: AnalyticsScope,
  dimension: FunnelDimension,
  settings: MarketingSettingsValue,
  rows: FunnelRowsRow[],
  campaigns: CampaignView[],
): FunnelModel {
  const total = rows.find((row) => Number(row.is_total)) ?? EMPTY_ROW;
  const groups = groupsOf(rows);
  const byKey = new Map(campaigns.map((campaign) => [campaign.key, campaign]));
  return {
    period: scope.period,
    timeZone: scope.timeZone,
    windowDays: settings.attributionWindowDays,
    currency: settings.reportingCurrency,
    total: toRow(total, { key: '', label: 'Total', channel: null, campaign: null }, scope.channels, settings),
    rows: groups.map((row) => {
      if (dimension === FunnelDimension.CHANNEL) {
        const channel = CHANNELS.find((c) => c === row.key) ?? null;
        return toRow(
          row,
          { key: row.key, label: row.key, channel, campaign: null },
          channel ? [channel] : [],
          settings,
        );
      }
      const campaign = byKey.get(row.key) ?? null;
      const label = row.key === '' ? NO_CAMPAIGN_LABEL : (campaign?.name ?? row.key);
      return toRow(row, { key: row.key, label, channel: null, campaign }, scope.channels, settings);
    }),
  };
}

type Identity = Pick<FunnelRowModel, 'key' | 'label' | 'channel' | 'campaign'>;

function toRow(
  row: FunnelRowsRow,
  identity: Identity,
  selected: Channel[] | null,
  settings: MarketingSettingsValue,
): FunnelRowModel {
  const unavailable: FunnelUnavailableModel[] = [];
  /** The value, or null with the reason recorded for `field`. */
  const figure = <T>(field: string, value: T | null, reason: UnavailableReason | null): T | null => {
    if (value === null && reason) unavailable.push({ field, reason });
    return value;
  };
  const ratio = (field: string, part: number, whole: number, canMeasure = true, scale = 1) =>
    !canMeasure
      ? figure(field, null, UnavailableReason.NOT_MEASURABLE)
      : whole > 0
        ? (part / whole) * scale
        : figure(field, null, UnavailableReason.NO_DATA);

  const delivery = measurable(selected, hasDeliveryReceipts, row.sent, row.sent_measured);
  const reading = measurable(selected, hasReadReceipts, row.sent, row.sent_read_channels);
  const notMeasurable = (field: string) => figure<number>(field, null, UnavailableReason.NOT_MEASURABLE);
  const billable = row.billable[0].map((key, i) => ({ key, count: Number(row.billable[1][i]) }));
  const cost = figure('cost', messagesCost(billable, settings.messagePrices), UnavailableReason.NO_DATA);

  return {
    ...identity,
    sent: row.sent,
    delivered: delivery ? row.delivered : notMeasurable('delivered'),
    read: reading ? row.read : notMeasurable('read'),
    replied: row.replied,
    converted: row.converted,
    deliveryRate: ratio('deliveryRate', row.delivered_measured, row.sent_measured, delivery),
    readRate: ratio('readRate', row.read_measured, row.read_base, reading),
    replyRate: ratio('replyRate', row.replied, row.sent),
    conversionRate: ratio('conversionRate', row.converted, row.sent),
    medianSecondsToRead: !reading
      ? notMeasurable('medianSecondsToRead')
      : figure(
          'medianSecondsToRead',
          row.timed_reads > 0 ? row.median_seconds_to_read : null,
          UnavailableReason.NO_DATA,
        ),
    medianSecondsToReply: figure(
      'medianSecondsToReply',
      row.replied > 0 ? row.median_seconds_to_reply : null,
      UnavailableReason.NO_DATA,
    ),
    optOuts: row.opt_outs,
    optOutRate: ratio('optOutRate', row.opt_outs_measured, row.delivered_business_initiated, delivery, 1000),
    complaints: row.complaints,
    complaintRate: ratio('complaintRate', row.complaints_measured, row.delivered_business_initiated, delivery, 1000),
    cost,
    costPerMessage:
      cost === null
        ? figure<number>('costPerMessage', null, UnavailableReason.NO_DATA)
        : ratio('costPerMessage', cost, row.sent),
    unavailable,
  };
}
