import { Inject, Injectable } from '@nestjs/common';
import type { Channel } from '@checkmark/schemas';
import type { CampaignCodesView } from '@checkmark/schemas/attribution';
import { BadUserInputError, type InputIssue } from '../../common/errors/bad-user-input.error';
import { pageRequest, paginate, type CursorKey, type Page, type PageInput } from '../../graphql/pagination';
import { isCalendarDate } from '../../graphql/scalars/date.scalar';
import { CampaignsService, type CampaignView } from '../campaigns/campaigns.service';
import type { MarketingSettingsValue } from '../marketing-settings/marketing-settings-value';
import { MarketingSettingsService } from '../marketing-settings/marketing-settings.service';
import { toReportingCurrency } from '../marketing-settings/money';
import type { AnalyticsScope } from '../overview/analytics-scope';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import type { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';
import {
  CampaignAnalyticsRepository,
  type AttributionParams,
  type DimensionValue,
  type DrillDownParams,
  type ListCursor,
  type ModelValue,
} from './campaign-analytics.repository';
import { buildPerformance, touchpointKindOf } from './campaign-performance';
import type { AttributedConversationModel } from './dtos/attributed-conversation.model';
import type { AttributedConversionModel } from './dtos/attributed-conversion.model';
import { AttributionModel, CampaignDimension } from './dtos/campaign-analytics.enums';
import type { CampaignDrillDownInput } from './dtos/campaign-drill-down.input';
import type { CampaignPerformanceModel } from './dtos/campaign-performance.model';
import type { AttributedConversationRow } from './queries/attributed-conversations.query';
import { SignatureMatchCache } from './signature-match-cache';
import { knownCodeNeedles } from './source-matching';

const DIMENSIONS: Record<CampaignDimension, DimensionValue> = {
  [CampaignDimension.CAMPAIGN]: 'campaign',
  [CampaignDimension.SOURCE]: 'source',
  [CampaignDimension.CHANNEL]: 'channel',
};
const MODELS: Record<AttributionModel, ModelValue> = {
  [AttributionModel.LAST_TOUCH]: 'last_touch',
  [AttributionModel.FIRST_TOUCH]: 'first_touch',
};

type Settings = Pick<MarketingSettingsService, 'forTenant'>;

interface Context {
  scope: AnalyticsScope;
  settings: MarketingSettingsValue;
  campaigns: CampaignView[];
  attribution: AttributionParams;
  /** When the rollups were last rebuilt, read before any figure (a rebuild meanwhile only makes them newer). */
  asOf: Date | null;
}

/** What matching needs of a campaign. */
function codesView(campaign: CampaignView): CampaignCodesView {
  return {
    id: campaign.id,
    key: campaign.key,
    channel: campaign.channel as Channel | null,
    codes: campaign.codes,
    startsOn: campaign.startsOn,
    endsOn: campaign.endsOn,
  };
}

/**
 * Campaigns page: where conversations and conversions come from (docs/attribution.md). Sources are parsed at
 * ingest; each distinct source of the period is matched to the tenant's campaigns with matchCampaign here, and
 * the warehouse aggregates with that mapping as parameters, so counts stay exact.
 */
@Injectable()
export class CampaignAnalyticsService {
  /** Signatures already matched, per campaigns and zone (per process). */
  private readonly matches = new SignatureMatchCache();

  constructor(
    private readonly scopes: AnalyticsScopeFactory,
    private readonly repository: CampaignAnalyticsRepository,
    private readonly catalog: CampaignsService,
    @Inject(MarketingSettingsService) private readonly settings: Settings,
  ) {}

  async campaignPerformance(
    tenantId: string,
    filter: AnalyticsFilterInput,
    groupBy: CampaignDimension | null | undefined,
    model: AttributionModel | null | undefined,
  ): Promise<CampaignPerformanceModel> {
    const dimension = groupBy ?? CampaignDimension.CAMPAIGN;
    const chosen = model ?? AttributionModel.LAST_TOUCH;
    const context = await this.context(tenantId, filter);
    const { scope, attribution } = context;
    const [conversations, messages, conversions] = await Promise.all([
      this.repository.conversationStats(scope, attribution, DIMENSIONS[dimension]),
      this.repository.campaignMessages(scope, attribution, DIMENSIONS[dimension]),
      this.repository.conversionStats(scope, attribution, DIMENSIONS[dimension], MODELS[chosen]),
    ]);
    return {
      asOf: context.asOf,
      ...buildPerformance({
        scope,
        dimension,
        model: chosen,
        settings: context.settings,
        campaigns: context.campaigns,
        conversations,
        messages,
        conversions,
      }),
      windowDays: attribution.windowDays,
    };
  }

  async attributedConversations(
    tenantId: string,
    filter: AnalyticsFilterInput,
    drillDown: CampaignDrillDownInput | null | undefined,
    page: PageInput | null | undefined,
  ): Promise<Page<AttributedConversationModel> & { asOf: Date | null }> {
    const request = pageRequest(page, 2);
    const after = request.after ? checkedCursor(request.after) : null;
    const context = await this.context(tenantId, filter);
    const drill = checkedDrillDown(drillDown, context.scope);
    const list = (cursor: ListCursor | null, limit: number) =>
      this.repository.conversations(context.scope, context.attribution, drill, cursor, limit);
    const rows = await list(after, request.first + 1);
    const total = rows.length > 0 || after === null ? Number(rows[0]?.total ?? 0) : await totalOf(list(null, 1));
    const byKey = new Map(context.campaigns.map((c) => [c.key, c]));
    const result = paginate(rows, request, total, (row) => [Number(row.at_ms), row.id]);
    return {
      ...result,
      asOf: context.asOf,
      nodes: result.nodes.map((row) => ({
        conversationId: row.conversation_id || row.id,
        channel: row.channel as Channel,
        accountExternalId: row.account_id,
        contactId: row.contact_id,
        startedAt: new Date(Number(row.at_ms)),
        sourceKind: touchpointKindOf(row.source_kind),
        sourceDetail: sourceDetail(row),
        campaign: byKey.get(row.campaign_key) ?? null,
      })),
    };
  }

  async attributedConversions(
    tenantId: string,
    filter: AnalyticsFilterInput,
    model: AttributionModel | null | undefined,
    drillDown: CampaignDrillDownInput | null | undefined,
    page: PageInput | null | undefined,
  ): Promise<Page<AttributedConversionModel> & { asOf: Date | null }> {
    const request = pageRequest(page, 2);
    const after = request.after ? checkedCursor(request.after) : null;
    const context = await this.context(tenantId, filter);
    const drill = checkedDrillDown(drillDown, context.scope);
    const chosen = MODELS[model ?? AttributionModel.LAST_TOUCH];
    const list = (cursor: ListCursor | null, limit: number) =>
      this.repository.conversions(context.scope, context.attribution, chosen, drill, cursor, limit);
    const rows = await list(after, request.first + 1);
    const total = rows.length > 0 || after === null ? Number(rows[0]?.total ?? 0) : await totalOf(list(null, 1));
    const byKey = new Map(context.campaigns.map((c) => [c.key, c]));
    const result = paginate(rows, request, total, (row) => [Number(row.at_ms), row.id]);
    return {
      ...result,
      asOf: context.asOf,
      nodes: result.nodes.map((row) => ({
        eventId: row.id,
        occurredAt: new Date(Number(row.at_ms)),
        kind: row.kind,
        contactId: row.contact_id,
        value: row.value,
        currency: row.currency || null,
        valueConverted:
          row.value === null || !row.currency ? null : toReportingCurrency(row.value, row.currency, context.settings),
        orderId: row.order_id || null,
        campaign: byKey.get(row.campaign_key) ?? null,
        sourceKind: touchpointKindOf(row.source_kind),
        touchAt: row.touch_ms === null ? null : new Date(Number(row.touch_ms)),
        channel: (row.channel || null) as Channel | null,
      })),
    };
  }

  /** The scope, settings and campaigns of the tenant, and the period's sources matched to campaigns. */
  private async context(tenantId: string, filter: AnalyticsFilterInput): Promise<Context> {
    const [scope, settings, campaigns, asOf] = await Promise.all([
      this.scopes.resolve(tenantId, filter),
      this.settings.forTenant(tenantId),
      this.catalog.campaignsOf(tenantId),
      this.repository.refreshedAt(),
    ]);
    const views = campaigns.map(codesView);
    const windowDays = settings.attributionWindowDays;
    const knownCodes = knownCodeNeedles(views);
    const signatures = await this.repository.touchSignatures(scope, { windowDays, knownCodes });
    const { campaignBySig, kindBySig } = this.matches.match(signatures, views, scope.timeZone);
    return { scope, settings, campaigns, asOf, attribution: { windowDays, knownCodes, campaignBySig, kindBySig } };
  }
}

async function totalOf(rows: Promise<{ total: string }[]>): Promise<number> {
  return Number((await rows)[0]?.total ?? 0);
}

/** What identified the source, as parsed: ad id, payload, ref, context, UTM campaign/source, codes. */
function sourceDetail(row: AttributedConversationRow): string | null {
  const utm = [row.utm_source, row.utm_medium, row.utm_campaign].filter(Boolean).join(' / ');
  const parts = [
    row.ad_id && `ad ${row.ad_id}`,
    row.payload && `payload ${row.payload}`,
    row.ref && `ref ${row.ref}`,
    row.context && `context ${row.context}`,
    utm && `utm ${utm}`,
    row.codes.length > 0 && `codes ${row.codes.join(', ')}`,
  ].filter((part): part is string => typeof part === 'string' && part !== '');
  return parts.length > 0 ? parts.join('; ') : null;
}

function checkedCursor(key: CursorKey): ListCursor {
  const [atMs, id] = key;
  if (typeof atMs !== 'number' || !Number.isInteger(atMs) || typeof id !== 'string') {
    throw new BadUserInputError([{ path: 'page.after', message: 'not a cursor this list produced' }]);
  }
  return { atMs, id };
}

/** Validates a drill-down against the period; absent parts leave the filter as it is. */
export function checkedDrillDown(
  input: CampaignDrillDownInput | null | undefined,
  scope: AnalyticsScope,
): DrillDownParams {
  const issues: InputIssue[] = [];
  const drill = input ?? {};
  if (drill.key != null && !drill.dimension) {
    issues.push({ path: 'drillDown.dimension', message: 'is needed with a key' });
  }
  if (drill.dimension && drill.key == null)
    issues.push({ path: 'drillDown.key', message: 'is needed with a dimension' });
  if (drill.date != null) {
    if (!isCalendarDate(drill.date)) {
      issues.push({ path: 'drillDown.date', message: 'must be a calendar date YYYY-MM-DD' });
    } else if (drill.date < scope.period.from || drill.date > scope.period.to) {
      issues.push({ path: 'drillDown.date', message: 'must be a day of the period' });
    }
  }
  if (issues.length) throw new BadUserInputError(issues, 'the drill-down is not valid');
  return {
    dimension: drill.dimension ? DIMENSIONS[drill.dimension] : null,
    key: drill.key ?? '',
    date: drill.date ?? null,
  };
}
