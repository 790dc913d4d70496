import type { ChangeContext } from './mapping-sink';
import { identifier, phoneDigits, type JsonRecord } from './payload-reader';

export interface ManagementAccount {
  accountId: string;
  /** Stable subject for event ids: the raw display number or WABA id, whatever the resolver returns. */
  subject: string;
  displayPhoneNumber?: string;
}

/**
 * Management fields carry no `metadata`: the account is the phone number when the value names one
 * (phone_number_id, else the display number, mapped to its phone_number_id when the receiver knows it), otherwise
 * the WABA (entry.id) itself.
 */
export function managementAccount(ctx: ChangeContext, value: JsonRecord): ManagementAccount {
  const phoneNumberId = identifier(value.phone_number_id);
  const display = phoneDigits(value.display_phone_number) ?? phoneDigits(value.phone_number);
  let account: ManagementAccount;
  if (phoneNumberId) {
    account = { accountId: phoneNumberId, subject: phoneNumberId, displayPhoneNumber: display };
  } else if (display) {
    const resolved = ctx.options.resolvePhoneNumberId?.(display, ctx.wabaId);
    account = { accountId: resolved || display, subject: display, displayPhoneNumber: display };
  } else {
    account = { accountId: ctx.wabaId, subject: ctx.wabaId };
  }
  ctx.sink.account({
    accountId: account.accountId,
    wabaId: ctx.wabaId,
    ...(account.displayPhoneNumber ? { displayPhoneNumber: account.displayPhoneNumber } : {}),
  });
  return account;
}
