import { Type, type Static } from '@sinclair/typebox';
import { accountId, envelope } from '../common';

export const AccountPolicyAlertPayload = Type.Object(
  {
    kind: Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'ACCOUNT_VIOLATION, DISABLED_UPDATE, RESTRICTED, …',
    }),
    detail: Type.Record(Type.String(), Type.Unknown(), {
      description: 'Platform detail (violation type, restriction, …)',
    }),
  },
  { additionalProperties: false },
);

export const AccountPolicyAlertEvent = Type.Object(
  { ...envelope, type: Type.Literal('account.policy_alert'), accountId, payload: AccountPolicyAlertPayload },
  { additionalProperties: false, $id: 'account.policy_alert', description: 'Platform-reported enforcement' },
);
export type AccountPolicyAlertEvent = Static<typeof AccountPolicyAlertEvent>;
