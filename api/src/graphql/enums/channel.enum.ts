import type { Channel } from '@checkmark/schemas';
import { registerEnumType } from '@nestjs/graphql';

/** GraphQL enum `Channel`: upper-case names on the wire, the canonical lowercase channel inside the app. */
export const ChannelEnum = {
  WHATSAPP: 'whatsapp',
  MESSENGER: 'messenger',
  INSTAGRAM: 'instagram',
  TELEGRAM: 'telegram',
  VIBER: 'viber',
  VK: 'vk',
  SMS: 'sms',
  EMAIL: 'email',
  WEBCHAT: 'webchat',
} as const satisfies Record<string, Channel>;

registerEnumType(ChannelEnum, { name: 'Channel' });
