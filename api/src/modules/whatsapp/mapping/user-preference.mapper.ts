import { eventId } from './event-id';
import type { UntenantedEventOf } from './mapping-result';
import { WHATSAPP_ENVELOPE, type ChangeContext } from './mapping-sink';
import { occurredAt } from './occurred-at';
import { clip, compact, identifier, record, text } from './payload-reader';

/**
 * `user_preferences[i]` (the customer stopped or resumed marketing messages in WhatsApp) → `consent.updated` for
 * marketing, and for a stop also `complaint.recorded` (marketing_stop): a stop is both an opt-out to honour and a
 * complaint signal. Ids follow DOMAIN.md: `wa:pref:<contact>:<value>:<ts>` and `wa:cmpl:<contact>:stop:<ts>`.
 */
export function mapUserPreference(ctx: ChangeContext, item: unknown, path: string, accountId: string): void {
  const preference = record(item);
  if (!preference) return ctx.sink.skip(path, 'invalid_item');
  const value = text(preference.value);
  const category = text(preference.category);
  if (category !== 'marketing_messages' || (value !== 'stop' && value !== 'resume')) {
    return ctx.sink.skip(path, 'unknown_preference', `${category ?? ''}:${value ?? ''}`);
  }
  const contactId = identifier(preference.wa_id) ?? identifier(preference.user_id);
  if (!contactId) return ctx.sink.skip(path, 'missing_contact');
  const time = occurredAt(ctx, preference.timestamp, path);
  if (!time) return;

  const stop = value === 'stop';
  const common = { occurredAt: time.iso, ...WHATSAPP_ENVELOPE, accountId, contactId };
  const consent: UntenantedEventOf<'consent.updated'> = {
    id: eventId('pref', contactId, value, time.key),
    type: 'consent.updated',
    ...common,
    payload: {
      action: stop ? 'opt_out' : 'opt_in',
      purpose: 'marketing',
      method: stop ? 'platform_stop' : 'platform_resume',
      evidence: { capturedBy: 'whatsapp' },
    },
  };
  ctx.sink.emit(consent, ctx.wabaId, path);
  if (!stop) return;
  const complaint: UntenantedEventOf<'complaint.recorded'> = {
    id: eventId('cmpl', contactId, 'stop', time.key),
    type: 'complaint.recorded',
    ...common,
    payload: compact({ kind: 'marketing_stop' as const, reason: clip(text(preference.detail), 1024) }),
  };
  ctx.sink.emit(complaint, ctx.wabaId, path);
}
