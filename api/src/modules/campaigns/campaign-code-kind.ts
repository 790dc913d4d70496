import { CAMPAIGN_CODE_KINDS, type CampaignCodeKind } from '@checkmark/schemas/attribution';
import { registerEnumType } from '@nestjs/graphql';

// One list for settings and attribution matching: a kind added here is one the matcher understands.
export { CAMPAIGN_CODE_KINDS, type CampaignCodeKind };

/** GraphQL enum `CampaignCodeKind`: upper-case names on the wire, the lowercase values inside. */
export const CampaignCodeKindEnum = Object.fromEntries(
  CAMPAIGN_CODE_KINDS.map((kind) => [kind.toUpperCase(), kind]),
) as { [K in CampaignCodeKind as Uppercase<K>]: K };

registerEnumType(CampaignCodeKindEnum, { name: 'CampaignCodeKind' });
