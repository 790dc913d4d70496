import type { Channel, MessageReceivedEvent } from '@checkmark/schemas';
import {
  extractTouchpoint,
  matchCampaign,
  textCodesOf,
  type CampaignCodesView,
  type Touchpoint,
  type TouchpointKind,
  type UtmValues,
} from '@checkmark/schemas/attribution';
import type { TouchSignatureRow } from './queries/touch-signatures.query';

export interface SourceMatching {
  campaignBySig: Map<string, string>;
  kindBySig: Map<string, string>;
}

const FULL_WIDTH_OFFSET = 0xfee0;

/** `code` in full-width forms (Ｑ Ｒ － …), which extractTouchpoint folds to the same code. */
function fullWidth(code: string): string {
  return code.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + FULL_WIDTH_OFFSET));
}

/**
 * The campaign QR / prefill codes the warehouse looks for in first messages (ignoring case) before the exact
 * check in TypeScript: each code as entered and in full-width form. Empty when no campaign has such codes.
 */
export function knownCodeNeedles(campaigns: readonly CampaignCodesView[]): string[] {
  const needles = new Set<string>();
  for (const code of textCodesOf(campaigns)) {
    const trimmed = code.trim();
    if (!trimmed) continue;
    needles.add(trimmed);
    needles.add(fullWidth(trimmed));
  }
  return [...needles];
}

function utmOf(row: TouchSignatureRow): UtmValues | undefined {
  const utm: UtmValues = {};
  if (row.utm_source) utm.source = row.utm_source;
  if (row.utm_medium) utm.medium = row.utm_medium;
  if (row.utm_campaign) utm.campaign = row.utm_campaign;
  return Object.keys(utm).length > 0 ? utm : undefined;
}

/**
 * The touchpoint a signature stands for, as extractTouchpoint would give it at this message: the stored
 * (ingest-time) source, plus the campaign codes found in the text without a marker when the text was scanned.
 */
function touchpointOf(row: TouchSignatureRow, knownCodes: readonly string[]): Touchpoint {
  const occurredAt = new Date(Number(row.at_ms)).toISOString();
  let kind = row.kind as TouchpointKind;
  let codes = row.codes;
  if (row.text) {
    const message = {
      id: 'signature',
      tenantId: '',
      type: 'message.received',
      occurredAt,
      channel: row.channel as Channel,
      accountId: '',
      contactId: '',
      source: 'signature',
      schemaVersion: 1,
      payload: { contentType: 'text', text: row.text },
    } as MessageReceivedEvent;
    const found = extractTouchpoint(message, { knownCodes })?.codes ?? [];
    const seen = new Set(codes.map((code) => code.normalize('NFKC').toLowerCase()));
    const extra = found.filter((code) => !seen.has(code.normalize('NFKC').toLowerCase()));
    if (extra.length > 0) {
      codes = [...codes, ...extra];
      if (kind === 'organic') kind = 'prefill_code';
    }
  }
  return {
    kind,
    eventId: row.sig,
    occurredAt,
    channel: row.channel as Channel,
    accountId: '',
    contactId: '',
    ...(row.ad_id ? { adId: row.ad_id } : {}),
    ...(row.payload ? { startPayload: row.payload } : {}),
    ...(row.ref ? { ref: row.ref } : {}),
    ...(row.context ? { context: row.context } : {}),
    ...(utmOf(row) ? { utm: utmOf(row) } : {}),
    ...(codes.length > 0 ? { codes } : {}),
  };
}

/** What one signature stands for: its campaign (null when none matched) and its source kind. */
export interface SignatureMatch {
  campaignKey: string | null;
  kind: string;
}

/** One signature matched with matchCampaign; `knownCodes` are the campaigns' text codes (textCodesOf). */
export function matchSignature(
  row: TouchSignatureRow,
  campaigns: readonly CampaignCodesView[],
  knownCodes: readonly string[],
  timeZone: string,
): SignatureMatch {
  const touch = touchpointOf(row, knownCodes);
  const match = campaigns.length > 0 ? matchCampaign(touch, campaigns, { timeZone }) : null;
  return { campaignKey: match?.campaignKey ?? null, kind: touch.kind };
}
