import type { Channel } from '../events';

/** Where a campaign's code arrives; the same lowercase values as the campaign settings (GraphQL `CampaignCodeKind`). */
export const CAMPAIGN_CODE_KINDS = [
  'ad_id',
  'deep_link_payload',
  'ref',
  'context',
  'qr_code',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'prefill_code',
] as const;
export type CampaignCodeKind = (typeof CAMPAIGN_CODE_KINDS)[number];

/** What matching needs of a campaign in the relational store (api/src/modules/campaigns). */
export interface CampaignCodesView {
  /** Campaign.id in the relational store. */
  id: string;
  /** The campaign_id events carry (message.sent, complaint.recorded). */
  key: string;
  /** Null = the campaign runs on several channels and matches any of them. */
  channel: Channel | null;
  codes: readonly { kind: CampaignCodeKind; value: string }[];
  /** Calendar dates "YYYY-MM-DD" in the tenant's time zone, inclusive; null = open-ended. */
  startsOn: string | null;
  endsOn: string | null;
}

/** The codes a first message's text may carry (QR posters and wa.me links prefill them), to pass to extractTouchpoint. */
export function textCodesOf(campaigns: readonly CampaignCodesView[]): string[] {
  const codes = new Set<string>();
  for (const campaign of campaigns) {
    for (const code of campaign.codes) {
      if (code.kind === 'qr_code' || code.kind === 'prefill_code') codes.add(code.value);
    }
  }
  return [...codes];
}
