import { createHash } from 'node:crypto';
import { textCodesOf, type CampaignCodesView } from '@checkmark/schemas/attribution';
import type { TouchSignatureRow } from './queries/touch-signatures.query';
import { matchSignature, type SignatureMatch, type SourceMatching } from './source-matching';

/** Signatures remembered at most (about 100 bytes each); the oldest go first. */
const DEFAULT_CAPACITY = 200_000;

/**
 * Matches every distinct source signature of a period to the tenant's campaigns with matchCampaign (the reference
 * rules: precedence, channel, dates in the tenant's time zone). Only signatures that matched, or whose kind
 * changed, are listed; every other one is organic with its stored kind.
 *
 * Results are remembered across requests: matching costs tens of microseconds per signature in
 * TypeScript (thousands per period), and every Campaigns query of a page needs the same ones. A signature is a
 * hash of everything matching reads (source, local day, scanned text), so its result depends only on it, the
 * campaigns as matching sees them and the time zone — which key the memory. Editing a campaign changes the key:
 * nothing stale is ever used.
 */
export class SignatureMatchCache {
  private readonly results = new Map<string, SignatureMatch>();

  constructor(private readonly capacity: number = DEFAULT_CAPACITY) {}

  match(rows: readonly TouchSignatureRow[], campaigns: readonly CampaignCodesView[], timeZone: string): SourceMatching {
    const scope = fingerprint(campaigns, timeZone);
    let knownCodes: string[] | undefined;
    const campaignBySig = new Map<string, string>();
    const kindBySig = new Map<string, string>();
    for (const row of rows) {
      const key = `${scope}:${row.sig}`;
      let result = this.results.get(key);
      if (result === undefined) {
        knownCodes ??= textCodesOf(campaigns);
        result = matchSignature(row, campaigns, knownCodes, timeZone);
        if (this.results.size >= this.capacity) this.results.delete(this.results.keys().next().value as string);
        this.results.set(key, result);
      }
      if (result.kind !== row.kind) kindBySig.set(row.sig, result.kind);
      if (result.campaignKey !== null) campaignBySig.set(row.sig, result.campaignKey);
    }
    return { campaignBySig, kindBySig };
  }

  /** How many signatures are remembered. */
  get size(): number {
    return this.results.size;
  }
}

/** Everything of the campaigns matching reads, and the zone, as one short key. */
function fingerprint(campaigns: readonly CampaignCodesView[], timeZone: string): string {
  const view = campaigns.map((c) => [c.id, c.key, c.channel, c.codes, c.startsOn, c.endsOn]);
  return createHash('sha256')
    .update(JSON.stringify([timeZone, view]))
    .digest('base64url');
}
