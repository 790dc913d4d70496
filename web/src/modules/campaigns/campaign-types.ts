import type { Channel } from '@web/generated/graphql';

// Typed by hand from the issue-4 contract until api/schema.graphql carries it; replaced by the generated types then.
export type AttributionModel = 'LAST_TOUCH' | 'FIRST_TOUCH';
export type CampaignDimension = 'CAMPAIGN' | 'SOURCE' | 'CHANNEL';
export type TouchpointKind = 'AD' | 'POST' | 'DEEPLINK' | 'SHORTLINK' | 'QR' | 'WIDGET' | 'PREFILL_CODE' | 'ORGANIC';

export interface CampaignRef {
  id: string;
  key: string;
  name: string;
}

export interface PerformanceRow {
  key: string;
  label: string;
  campaign?: CampaignRef | null;
  channel?: Channel | null;
  sourceKind?: TouchpointKind | null;
  conversations: number;
  uniqueContacts: number;
  newOptIns: number;
  messagesSent: number;
  replies: number;
  conversions: number;
  revenue: number;
  spend?: number | null;
  costPerConversation?: number | null;
  costPerConversion?: number | null;
  roas?: number | null;
}

export interface CampaignDay {
  date: string;
  conversations: number;
  conversions: number;
  revenue: number;
  spend: number;
}

export interface Performance {
  period: { from: string; to: string };
  timeZone: string;
  model: AttributionModel;
  windowDays: number;
  currency: string;
  unconvertedCurrencies: string[];
  total: PerformanceRow;
  rows: PerformanceRow[];
  days: CampaignDay[];
}

export type UnavailableReason = 'NOT_BUILT' | 'NOT_MEASURABLE' | 'NO_DATA';

export interface CampaignFunnelRow {
  key: string;
  label: string;
  campaign?: CampaignRef | null;
  sent: number;
  delivered?: number | null;
  read?: number | null;
  replied: number;
  converted: number;
  deliveryRate?: number | null;
  readRate?: number | null;
  replyRate?: number | null;
  conversionRate?: number | null;
  unavailable: Array<{ field: string; reason: UnavailableReason }>;
}

export interface CampaignFunnel {
  windowDays: number;
  rows: CampaignFunnelRow[];
}
