import { mapAccountUpdate } from './account-update.mapper';
import { managementAccount } from './management-account';
import type { WhatsAppMappingOptions, WhatsAppMappingResult } from './mapping-result';
import { MappingSink, type ChangeContext } from './mapping-sink';
import { mapMessage } from './message.mapper';
import { identifier, isRecord, list, phoneDigits, record, text, unixTime, type JsonRecord } from './payload-reader';
import { mapBusinessCapability, mapPhoneNumberQuality } from './quality.mapper';
import { mapStatus } from './status.mapper';
import { mapTemplateUpdate } from './template.mapper';
import { mapUserPreference } from './user-preference.mapper';
import { WhatsAppPayloadError } from './whatsapp-payload.error';

/** `messages` values: inbound messages and statuses of outbound ones, on the number named in `metadata`. */
function mapMessagesValue(ctx: ChangeContext, value: JsonRecord): void {
  const metadata = record(value.metadata);
  const accountId = identifier(metadata?.phone_number_id);
  if (!accountId) return ctx.sink.skip(ctx.path, 'missing_phone_number_id');
  const displayPhoneNumber = phoneDigits(metadata?.display_phone_number);
  ctx.sink.account({ accountId, wabaId: ctx.wabaId, ...(displayPhoneNumber ? { displayPhoneNumber } : {}) });
  // Change-level errors (e.g. the webhook could not deliver a message body) carry no message to map.
  list(value.errors)?.forEach((error, i) =>
    ctx.sink.skip(`${ctx.path}/errors/${i}`, 'change_errors', identifier(record(error)?.code)),
  );
  list(value.messages)?.forEach((item, i) =>
    mapMessage(ctx, item, `${ctx.path}/messages/${i}`, accountId, value.contacts),
  );
  list(value.statuses)?.forEach((item, i) =>
    mapStatus(ctx, item, `${ctx.path}/statuses/${i}`, accountId, value.contacts),
  );
}

function mapUserPreferencesValue(ctx: ChangeContext, value: JsonRecord): void {
  const metadata = record(value.metadata);
  const phoneNumberId = identifier(metadata?.phone_number_id);
  const displayPhoneNumber = phoneDigits(metadata?.display_phone_number);
  let accountId: string;
  if (phoneNumberId) {
    accountId = phoneNumberId;
    ctx.sink.account({ accountId, wabaId: ctx.wabaId, ...(displayPhoneNumber ? { displayPhoneNumber } : {}) });
  } else {
    accountId = managementAccount(ctx, value).accountId;
  }
  list(value.user_preferences)?.forEach((item, i) =>
    mapUserPreference(ctx, item, `${ctx.path}/user_preferences/${i}`, accountId),
  );
}

function mapChange(ctx: ChangeContext, field: string, value: JsonRecord): void {
  switch (field) {
    case 'messages':
      return mapMessagesValue(ctx, value);
    case 'user_preferences':
      return mapUserPreferencesValue(ctx, value);
    case 'phone_number_quality_update':
      return mapPhoneNumberQuality(ctx, value);
    case 'business_capability_update':
      return mapBusinessCapability(ctx, value);
    case 'message_template_status_update':
    case 'message_template_quality_update':
    case 'template_category_update':
      return mapTemplateUpdate(ctx, field, value);
    case 'account_update':
      return mapAccountUpdate(ctx, value);
    default:
      return ctx.sink.skip(ctx.path, 'unknown_field', field);
  }
}

/**
 * Maps one WhatsApp Cloud API webhook body (already parsed JSON) to canonical events without `tenantId`.
 * Pure and deterministic: the same body always gives the same events and ids, so redeliveries collapse.
 * Only a body that is not a `whatsapp_business_account` envelope throws; an odd entry, change or item is
 * reported in `skipped` and the rest of the batch still maps.
 */
export function mapWhatsAppWebhook(body: unknown, options: WhatsAppMappingOptions = {}): WhatsAppMappingResult {
  if (!isRecord(body) || body.object !== 'whatsapp_business_account') {
    throw new WhatsAppPayloadError('body is not a whatsapp_business_account webhook', '/object');
  }
  const entries = list(body.entry);
  if (!entries) throw new WhatsAppPayloadError('entry must be an array', '/entry');

  const sink = new MappingSink();
  entries.forEach((rawEntry, i) => {
    const entryPath = `/entry/${i}`;
    const entry = record(rawEntry);
    const wabaId = identifier(entry?.id);
    const changes = list(entry?.changes);
    if (!entry || !wabaId || !changes) return sink.skip(entryPath, 'invalid_entry');
    const entryTime = unixTime(entry.time);
    if (entryTime === null) sink.skip(`${entryPath}/time`, 'invalid_timestamp', String(entry.time));

    changes.forEach((rawChange, j) => {
      const changePath = `${entryPath}/changes/${j}`;
      const change = record(rawChange);
      const field = text(change?.field);
      const value = record(change?.value);
      if (!field || !value) return sink.skip(changePath, 'invalid_change', field);
      mapChange(
        { sink, wabaId, entryTime: entryTime ?? undefined, path: `${changePath}/value`, options },
        field,
        value,
      );
    });
  });
  return sink.result();
}
