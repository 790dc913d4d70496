import type { Channel, UnavailableReason } from '@web/generated/graphql';

/** One row of the `funnel` query (a channel, or the total), as the comparison reads it. */
export interface FunnelRowData {
  key: string;
  label: string;
  channel?: Channel | null;
  sent: number;
  delivered?: number | null;
  read?: number | null;
  replied: number;
  converted: number;
  deliveryRate?: number | null;
  readRate?: number | null;
  replyRate?: number | null;
  conversionRate?: number | null;
  unavailable: ReadonlyArray<{ field: string; reason: UnavailableReason }>;
  medianSecondsToRead?: number | null;
  medianSecondsToReply?: number | null;
  optOuts: number;
  optOutRate?: number | null;
  complaints: number;
  complaintRate?: number | null;
  cost?: number | null;
  costPerMessage?: number | null;
}

export interface FunnelData {
  currency: string;
  windowDays: number;
  total: FunnelRowData;
  rows: readonly FunnelRowData[];
}

/** Fields whose absence means the channel does not report read receipts. */
const READ_FIELDS = new Set(['read', 'readRate', 'medianSecondsToRead']);
const DELIVERY_FIELDS = new Set(['delivered', 'deliveryRate', 'optOutRate', 'complaintRate']);

/**
 * Why a figure of a row is missing: the API's own reason when it names one, otherwise "not measurable" when the
 * step it depends on is not reported at all (no receipts), else "no data".
 */
export function missingReason(row: FunnelRowData, field: string): UnavailableReason {
  const stated = row.unavailable.find((u) => u.field === field)?.reason;
  if (stated) return stated;
  if (READ_FIELDS.has(field) && (row.read === null || row.read === undefined)) return 'NOT_MEASURABLE';
  if (DELIVERY_FIELDS.has(field) && (row.delivered === null || row.delivered === undefined)) return 'NOT_MEASURABLE';
  return 'NO_DATA';
}

/** The channel's key as the engagement drill-down knows it (lower-case channel value). */
export function channelKey(row: FunnelRowData): string {
  return row.channel ? row.channel.toLowerCase() : row.key;
}
