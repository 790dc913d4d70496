import { registerEnumType } from '@nestjs/graphql';
import type { SlaKind } from '../sla-settings-value';

/** GraphQL enum `SlaKind` (shared with the support analytics): the wire names are the values. */
export const SlaKindEnum = {
  FIRST_RESPONSE: 'FIRST_RESPONSE',
  NEXT_REPLY: 'NEXT_REPLY',
  RESOLUTION: 'RESOLUTION',
} as const satisfies Record<SlaKind, SlaKind>;

registerEnumType(SlaKindEnum, {
  name: 'SlaKind',
  description: 'What an SLA target measures',
  valuesMap: {
    FIRST_RESPONSE: { description: 'First human agent reply after the conversation started (or after a bot hand-off)' },
    NEXT_REPLY: { description: 'Each later agent reply, from the earliest customer message it answers' },
    RESOLUTION: { description: 'From the conversation opening to its resolution' },
  },
});
