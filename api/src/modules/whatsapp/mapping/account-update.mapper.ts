import { eventId } from './event-id';
import { managementAccount } from './management-account';
import type { UntenantedEventOf } from './mapping-result';
import { WHATSAPP_ENVELOPE, type ChangeContext } from './mapping-sink';
import { occurredAt } from './occurred-at';
import { clip, record, text, type JsonRecord } from './payload-reader';

/** What tells two alerts of one kind at the same second apart (a second violation type, a ban state change). */
function discriminator(value: JsonRecord): string | undefined {
  return (
    text(record(value.violation_info)?.violation_type) ??
    text(record(value.ban_info)?.waba_ban_state) ??
    text(value.country)
  );
}

/**
 * `account_update` → `account.policy_alert` for every event kind: ACCOUNT_VIOLATION (violation_info) and
 * DISABLED_UPDATE (ban_info) are the enforcement ones; partner, pricing-tier and location events are kept too,
 * since the platform keeps no history of them, and consumers filter by kind. detail = the value without `event`.
 */
export function mapAccountUpdate(ctx: ChangeContext, value: JsonRecord): void {
  const account = managementAccount(ctx, value);
  const kind = clip(text(value.event), 64);
  if (!kind) return ctx.sink.skip(ctx.path, 'missing_event');
  const time = occurredAt(ctx, undefined, ctx.path);
  if (!time) return;
  const { event: _event, ...detail } = value;
  const extra = discriminator(value);
  const alert: UntenantedEventOf<'account.policy_alert'> = {
    id: eventId('acct', account.subject, ...(extra ? [kind, extra] : [kind]), time.key),
    type: 'account.policy_alert',
    occurredAt: time.iso,
    ...WHATSAPP_ENVELOPE,
    accountId: account.accountId,
    payload: { kind, detail },
  };
  ctx.sink.emit(alert, ctx.wabaId, ctx.path);
}
