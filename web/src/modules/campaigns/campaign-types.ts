import type {
  CampaignFunnelQuery,
  CampaignPerformanceFieldsFragment,
  CampaignPerformanceRowFieldsFragment,
} from '@web/generated/graphql';

export type { AttributionModel, CampaignDimension, TouchpointKind } from '@web/generated/graphql';

/** The figures the page's widgets take, as the page's queries select them. */
export type Performance = CampaignPerformanceFieldsFragment;
export type PerformanceRow = CampaignPerformanceRowFieldsFragment;
export type CampaignDay = Performance['days'][number];
export type CampaignFunnel = CampaignFunnelQuery['funnel'];
export type CampaignFunnelRow = CampaignFunnel['rows'][number];
