export * from './attribution-error';
export * from './campaign-codes';
export * from './touchpoint';
export { extractTouchpoint, type ExtractTouchpointOptions } from './extract-touchpoint';
export { DEFAULT_CODE_PATTERN } from './prefill-codes';
export { matchCampaign, type CampaignMatch, type MatchCampaignOptions } from './match-campaign';
export * from './attribute-conversions';
