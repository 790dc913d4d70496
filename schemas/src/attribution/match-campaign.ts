import { AttributionError } from './attribution-error';
import { foldCode } from './clean-value';
import { compareText } from './compare-text';
import type { CampaignCodeKind, CampaignCodesView } from './campaign-codes';
import { addDays, assertTimeZone, localDate } from './local-date';
import type { Touchpoint, UtmValues } from './touchpoint';

export interface MatchCampaignOptions {
  /** The tenant's IANA time zone: campaign dates are calendar days there. */
  timeZone: string;
  /** Whole days a touch may fall before startsOn or after endsOn and still match (late clicks, old posters). Default 0. */
  toleranceDays?: number;
}

export interface CampaignMatch {
  campaignId: string;
  campaignKey: string;
  matchedBy: CampaignCodeKind;
}

/** Precedence, strongest first: what the platform reports at click time beats what people type or keep. */
const TIER = { adId: 1, clickTime: 2, utm: 3, text: 4 } as const;

interface Candidate {
  campaign: CampaignCodesView;
  tier: number;
  /** Higher is more specific within a tier. */
  rank: number;
  matchedBy: CampaignCodeKind;
}

const CLICK_TIME_KINDS: ReadonlySet<CampaignCodeKind> = new Set(['deep_link_payload', 'ref', 'context', 'qr_code']);
const UTM_KINDS = { utm_campaign: 'campaign', utm_source: 'source', utm_medium: 'medium' } as const;
// A campaign's UTM campaign outweighs its source and medium together.
const UTM_WEIGHT = { utm_campaign: 4, utm_source: 2, utm_medium: 1 } as const;
type UtmKind = keyof typeof UTM_KINDS;

function clickTimeValues(touch: Touchpoint): { value: string; kind: CampaignCodeKind }[] {
  const values: { value: string; kind: CampaignCodeKind }[] = [];
  if (touch.startPayload) values.push({ value: touch.startPayload, kind: 'deep_link_payload' });
  if (touch.ref) values.push({ value: touch.ref, kind: 'ref' });
  if (touch.context) values.push({ value: touch.context, kind: 'context' });
  return values;
}

/** Every UTM dimension the campaign sets must equal the touch's (ignoring case); at least one must be set. */
function utmCandidate(campaign: CampaignCodesView, utm: UtmValues | undefined): Omit<Candidate, 'campaign'> | null {
  if (!utm) return null;
  let rank = 0;
  for (const kind of Object.keys(UTM_KINDS) as UtmKind[]) {
    const wanted = campaign.codes.filter((code) => code.kind === kind).map((code) => foldCode(code.value.trim()));
    if (wanted.length === 0) continue;
    const value = utm[UTM_KINDS[kind]];
    if (value === undefined || !wanted.includes(foldCode(value))) return null;
    rank += UTM_WEIGHT[kind];
  }
  if (rank === 0) return null;
  const matchedBy: UtmKind = rank >= 4 ? 'utm_campaign' : rank >= 2 ? 'utm_source' : 'utm_medium';
  return { tier: TIER.utm, rank, matchedBy };
}

/** The campaign's strongest match for the touch, or null. */
function bestCandidate(campaign: CampaignCodesView, touch: Touchpoint): Candidate | null {
  const found: Omit<Candidate, 'campaign'>[] = [];
  const clickTime = clickTimeValues(touch);
  const codes = new Set((touch.codes ?? []).map(foldCode));
  for (const code of campaign.codes) {
    const value = code.value.trim();
    if (code.kind === 'ad_id' && touch.adId === value) found.push({ tier: TIER.adId, rank: 0, matchedBy: 'ad_id' });
    if (CLICK_TIME_KINDS.has(code.kind)) {
      // Payloads, refs and contexts are exact; the field they arrived in breaks ties (a ref code for a ref).
      for (const carried of clickTime) {
        if (carried.value === value) {
          found.push({ tier: TIER.clickTime, rank: carried.kind === code.kind ? 1 : 0, matchedBy: code.kind });
        }
      }
    }
    if ((code.kind === 'qr_code' || code.kind === 'prefill_code') && codes.has(foldCode(value))) {
      found.push({ tier: TIER.text, rank: 0, matchedBy: code.kind });
    }
  }
  const utm = utmCandidate(campaign, touch.utm);
  if (utm) found.push(utm);
  if (found.length === 0) return null;
  found.sort((a, b) => a.tier - b.tier || b.rank - a.rank);
  return { campaign, ...found[0] };
}

function inWindow(campaign: CampaignCodesView, day: string | undefined, tolerance: number): boolean {
  if (campaign.startsOn === null && campaign.endsOn === null) return true;
  if (day === undefined) return false;
  if (campaign.startsOn !== null && day < addDays(campaign.startsOn, -tolerance)) return false;
  return campaign.endsOn === null || day <= addDays(campaign.endsOn, tolerance);
}

/**
 * The campaign a touch belongs to. Precedence: ad id (exact) > click-time payload / ref / context / QR code
 * (exact) > UTM campaign, source, medium (ignoring case; every dimension the campaign sets must match) >
 * codes in prefilled text (ignoring case). Only campaigns on the touch's channel (or on no particular
 * channel) whose dates, widened by the tolerance, include the touch's local day are considered. Ties:
 * more specific match, then a campaign bound to the channel, then the later start, then the smaller id.
 */
export function matchCampaign(
  touch: Touchpoint,
  campaigns: readonly CampaignCodesView[],
  options: MatchCampaignOptions,
): CampaignMatch | null {
  const tolerance = options.toleranceDays ?? 0;
  if (!Number.isInteger(tolerance) || tolerance < 0 || tolerance > 366) {
    throw new AttributionError('ATTRIBUTION_OPTIONS_INVALID', 'toleranceDays must be a whole number from 0 to 366');
  }
  assertTimeZone(options.timeZone);
  const day = localDate(touch.occurredAt, options.timeZone);
  const candidates = campaigns
    .filter((campaign) => campaign.channel === null || campaign.channel === touch.channel)
    .filter((campaign) => inWindow(campaign, day, tolerance))
    .map((campaign) => bestCandidate(campaign, touch))
    .filter((candidate): candidate is Candidate => candidate !== null);
  if (candidates.length === 0) return null;
  candidates.sort(
    (a, b) =>
      a.tier - b.tier ||
      b.rank - a.rank ||
      Number(b.campaign.channel !== null) - Number(a.campaign.channel !== null) ||
      compareText(b.campaign.startsOn ?? '', a.campaign.startsOn ?? '') ||
      compareText(a.campaign.id, b.campaign.id),
  );
  const best = candidates[0];
  return { campaignId: best.campaign.id, campaignKey: best.campaign.key, matchedBy: best.matchedBy };
}
