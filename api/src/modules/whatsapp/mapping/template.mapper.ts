import { eventId } from './event-id';
import { managementAccount } from './management-account';
import type { UntenantedEventOf } from './mapping-result';
import { WHATSAPP_ENVELOPE, type ChangeContext } from './mapping-sink';
import { occurredAt } from './occurred-at';
import { clip, compact, identifier, record, text, unixTime, type JsonRecord } from './payload-reader';

type TemplatePayload = UntenantedEventOf<'template.updated'>['payload'];
type TemplateChange = Omit<TemplatePayload, 'templateName' | 'templateId' | 'language'>;

const short = (value: unknown, max: number) => clip(text(value), max);

/**
 * Why a template changed: the platform's `reason` (PROMOTIONAL, INCORRECT_CATEGORY, INVALID_FORMAT, …) unless it
 * is NONE/null (pauses, deletions), then the pause title (FIRST_PAUSE, RATE_LIMITING_PAUSE, UNPAUSE, …).
 */
function statusReason(value: JsonRecord): string | undefined {
  const reason = text(value.reason);
  if (reason && reason !== 'NONE') return reason;
  return text(record(value.other_info)?.title);
}

function statusChange(value: JsonRecord): [string, TemplateChange] {
  const status = short(value.event, 64);
  return [
    `status:${status ?? ''}`,
    { status, category: short(value.message_template_category, 64), reason: clip(statusReason(value), 1024) },
  ];
}

function qualityChange(value: JsonRecord): [string, TemplateChange] {
  const quality = short(value.new_quality_score, 32);
  return [`quality:${quality ?? ''}`, { quality, previousQuality: short(value.previous_quality_score, 32) }];
}

/**
 * Completed recategorisation: previous_category → new_category. Impending one (it has correct_category): the
 * template is still new_category and becomes correct_category at category_update_timestamp; the canonical model
 * has no field for a future category, so the reason says `CATEGORY_CHANGE_SCHEDULED:<correct>@<ISO time>`.
 */
function categoryChange(value: JsonRecord): [string, TemplateChange] {
  const category = short(value.new_category, 64);
  const correct = text(value.correct_category);
  if (!correct) {
    return [`category:${category ?? ''}`, { category, previousCategory: short(value.previous_category, 64) }];
  }
  const at = unixTime(value.category_update_timestamp);
  return [
    `category_scheduled:${correct}`,
    { category, reason: clip(`CATEGORY_CHANGE_SCHEDULED:${correct}${at ? `@${at.iso}` : ''}`, 1024) },
  ];
}

export type TemplateField =
  'message_template_status_update' | 'message_template_quality_update' | 'template_category_update';

/**
 * The three template webhooks → `template.updated` on the WABA (templates belong to it, not to a number).
 * Quality updates are recognised by `new_quality_score` too: Meta's 2025 reference showed them under
 * `message_template_status_update`.
 */
export function mapTemplateUpdate(ctx: ChangeContext, field: TemplateField, value: JsonRecord): void {
  const account = managementAccount(ctx, value);
  const templateName = clip(text(value.message_template_name), 512);
  const language = clip(text(value.message_template_language), 35);
  if (!templateName || !language) return ctx.sink.skip(ctx.path, 'missing_template_fields');
  const time = occurredAt(ctx, undefined, ctx.path);
  if (!time) return;

  const [discriminator, change] =
    field === 'template_category_update'
      ? categoryChange(value)
      : field === 'message_template_quality_update' || value.new_quality_score !== undefined
        ? qualityChange(value)
        : statusChange(value);
  if (!change.status && !change.quality && !change.category) return ctx.sink.skip(ctx.path, 'missing_template_fields');
  const templateId = clip(identifier(value.message_template_id), 128);
  const event: UntenantedEventOf<'template.updated'> = {
    id: eventId('tpl', templateId ?? `${templateName}/${language}`, discriminator, time.key),
    type: 'template.updated',
    occurredAt: time.iso,
    ...WHATSAPP_ENVELOPE,
    accountId: account.accountId,
    payload: compact({ templateName, templateId, language, ...compact(change) }),
  };
  ctx.sink.emit(event, ctx.wabaId, ctx.path);
}
