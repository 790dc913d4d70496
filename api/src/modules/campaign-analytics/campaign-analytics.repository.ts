import { Inject, Injectable } from '@nestjs/common';
import { queryRows, rollupsRefreshedAt } from '@checkmark/schemas/warehouse';
import type { AnalyticsScope } from '../overview/analytics-scope';
import { scopeQueryParams } from '../overview/analytics-scope-params';
import { CONVERSATION_SILENCE_SECONDS } from '../overview/overview.repository';
import { WAREHOUSE, type WarehouseHandle } from '../warehouse/warehouse';
import { attributedConversationsQuery, type AttributedConversationRow } from './queries/attributed-conversations.query';
import { attributedConversionsQuery, type AttributedConversionRow } from './queries/attributed-conversions.query';
import { campaignMessagesQuery, type CampaignMessagesRow } from './queries/campaign-messages.query';
import { conversationStatsQuery, type ConversationStatsRow } from './queries/conversation-stats.query';
import { conversionStatsQuery, type ConversionStatsRow } from './queries/conversion-stats.query';
import type { ModelValue } from './queries/credited-conversions.fragment';
import { MAX_NEEDLES } from './queries/first-messages.fragment';
import { CAMPAIGN_ROLLUP_TABLES, ROLLUP_VERSION_QUERY, type RollupVersionRow } from './queries/rollup-version.query';
import { touchSignaturesQuery, type TouchSignatureRow } from './queries/touch-signatures.query';
import { RollupResultCache } from './rollup-result-cache';

export type { ModelValue };
export type DimensionValue = 'campaign' | 'source' | 'channel';

/** What every campaign query needs besides the scope: the window and the matching of source signatures. */
export interface AttributionParams {
  windowDays: number;
  /** Campaign QR / prefill codes to look for in first messages without a marker (search variants included). */
  knownCodes: string[];
  /** Signature → campaign key of signatures that matched a campaign. */
  campaignBySig: ReadonlyMap<string, string>;
  /** Signature → source kind where campaign codes in the text changed it. */
  kindBySig: ReadonlyMap<string, string>;
}

export interface DrillDownParams {
  dimension: DimensionValue | null;
  key: string;
  date: string | null;
}

/** Sort key of the lists (newest first). */
export interface ListCursor {
  atMs: number;
  id: string;
}

const DAY_MS = 86_400_000;

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * Campaign analytics reads from ClickHouse, one method per query: conversation starts with their contact's next
 * opt-in (migration 0011), campaign messages with their first reply (0008), conversions with their candidate
 * touches (0010) — rollups only. Results are remembered per rollup version in a RollupResultCache, until the next
 * rebuild.
 */
@Injectable()
export class CampaignAnalyticsRepository {
  private readonly results = new RollupResultCache();

  constructor(@Inject(WAREHOUSE) private readonly warehouse: Pick<WarehouseHandle, 'client' | 'database'>) {}

  touchSignatures(scope: AnalyticsScope, attribution: Omit<AttributionParams, 'campaignBySig' | 'kindBySig'>) {
    const params = { ...attribution, campaignBySig: new Map(), kindBySig: new Map() };
    return this.run<TouchSignatureRow>(
      touchSignaturesQuery(this.db, { codeChunks: codeChunksOf(attribution.knownCodes) }),
      this.params(scope, params),
    );
  }

  conversationStats(
    scope: AnalyticsScope,
    attribution: AttributionParams,
    dimension: DimensionValue,
  ): Promise<ConversationStatsRow[]> {
    return this.run(conversationStatsQuery(this.db, { codeChunks: codeChunksOf(attribution.knownCodes) }), {
      ...this.params(scope, attribution),
      dimension,
    });
  }

  campaignMessages(
    scope: AnalyticsScope,
    attribution: AttributionParams,
    dimension: DimensionValue,
  ): Promise<CampaignMessagesRow[]> {
    return this.run(campaignMessagesQuery(this.db), { ...this.params(scope, attribution), dimension });
  }

  conversionStats(
    scope: AnalyticsScope,
    attribution: AttributionParams,
    dimension: DimensionValue,
    model: ModelValue,
  ): Promise<ConversionStatsRow[]> {
    return this.run(conversionStatsQuery(this.db, { model, codeChunks: codeChunksOf(attribution.knownCodes) }), {
      ...this.params(scope, attribution),
      dimension,
    });
  }

  conversations(
    scope: AnalyticsScope,
    attribution: AttributionParams,
    drillDown: DrillDownParams,
    after: ListCursor | null,
    limit: number,
  ): Promise<AttributedConversationRow[]> {
    return this.run(attributedConversationsQuery(this.db, { codeChunks: codeChunksOf(attribution.knownCodes) }), {
      ...this.params(scope, attribution),
      ...listParams(drillDown, after, limit),
    });
  }

  conversions(
    scope: AnalyticsScope,
    attribution: AttributionParams,
    model: ModelValue,
    drillDown: DrillDownParams,
    after: ListCursor | null,
    limit: number,
  ): Promise<AttributedConversionRow[]> {
    const codeChunks = codeChunksOf(attribution.knownCodes);
    return this.run(attributedConversionsQuery(this.db, { model, codeChunks }), {
      ...this.params(scope, attribution),
      ...listParams(drillDown, after, limit),
    });
  }

  /** When the rollups were last rebuilt (the figures include everything ingested before); null before the first. */
  refreshedAt(): Promise<Date | null> {
    return rollupsRefreshedAt(this.warehouse.client, this.warehouse.database);
  }

  private get db(): string {
    return this.warehouse.database;
  }

  private params(scope: AnalyticsScope, attribution: AttributionParams): Record<string, unknown> {
    return {
      ...scopeQueryParams(scope),
      windowDays: attribution.windowDays,
      windowMs: attribution.windowDays * DAY_MS,
      silenceSeconds: CONVERSATION_SILENCE_SECONDS,
      ...codeChunkParams(attribution.knownCodes),
      sigs: [...attribution.campaignBySig.keys()],
      sigKeys: [...attribution.campaignBySig.values()],
      kindSigs: [...attribution.kindBySig.keys()],
      kinds: [...attribution.kindBySig.values()],
      dimension: 'campaign',
    };
  }

  /** Runs a query, or answers it from memory on the same rollup version. */
  private async run<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const load = () => queryRows<T>(this.warehouse.client, sql, params);
    const version = await this.rollupVersion();
    return version === null ? load() : this.results.get(version, sql, params, load);
  }

  /**
   * The campaign rollups' table UUIDs (new with every rebuild) as one key; null when one is missing or has no
   * UUID (a database engine without them), and then nothing is remembered.
   */
  private async rollupVersion(): Promise<string | null> {
    const rows = await queryRows<RollupVersionRow>(this.warehouse.client, ROLLUP_VERSION_QUERY, {
      database: this.db,
      tables: CAMPAIGN_ROLLUP_TABLES,
    });
    if (rows.length !== CAMPAIGN_ROLLUP_TABLES.length || rows.some((row) => row.uuid === NIL_UUID)) return null;
    return rows.map((row) => `${row.name}:${row.uuid}`).join(',');
  }
}

/** How many {knownCodesN} arrays the codes need (firstMessagesSelect). */
function codeChunksOf(codes: readonly string[]): number {
  return Math.ceil(codes.length / MAX_NEEDLES);
}

/** {knownCodes0}, {knownCodes1}, …: the codes in chunks a multi-search accepts. */
function codeChunkParams(codes: readonly string[]): Record<string, string[]> {
  const params: Record<string, string[]> = {};
  for (let i = 0; i < codeChunksOf(codes); i++)
    params[`knownCodes${i}`] = codes.slice(i * MAX_NEEDLES, (i + 1) * MAX_NEEDLES);
  return params;
}

function listParams(drill: DrillDownParams, after: ListCursor | null, limit: number): Record<string, unknown> {
  return {
    drillDimension: drill.dimension ?? '',
    drillKey: drill.key,
    filterDate: drill.date !== null,
    date: drill.date ?? '1970-01-01',
    filterAfter: after !== null,
    afterMs: after?.atMs ?? 0,
    afterId: after?.id ?? '',
    limit,
  };
}
