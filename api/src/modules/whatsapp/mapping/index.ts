export { mapWhatsAppWebhook } from './map-whatsapp-webhook';
export { withTenant } from './with-tenant';
export { campaignFromCallbackData } from './status.mapper';
export { WhatsAppPayloadError } from './whatsapp-payload.error';
export type {
  MappedAccount,
  MappedEvent,
  MappingSkip,
  SkipReason,
  UntenantedEvent,
  UntenantedEventOf,
  WhatsAppMappingOptions,
  WhatsAppMappingResult,
} from './mapping-result';
