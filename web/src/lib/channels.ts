import type { Channel } from '@web/generated/graphql';

export const CHANNELS: readonly Channel[] = [
  'WHATSAPP',
  'MESSENGER',
  'INSTAGRAM',
  'TELEGRAM',
  'VIBER',
  'VK',
  'SMS',
  'EMAIL',
  'WEBCHAT',
];

/** Series colours, distinguishable from each other and at least 3:1 against the white chart background. */
export const CHANNEL_COLORS: Record<Channel, string> = {
  WHATSAPP: '#1a7f4b',
  MESSENGER: '#1f5fbf',
  INSTAGRAM: '#b0306f',
  TELEGRAM: '#1b87a6',
  VIBER: '#6a3fb5',
  VK: '#3d5a80',
  SMS: '#b35c00',
  EMAIL: '#6b6b2a',
  WEBCHAT: '#8a3b12',
};

export function channelFromParam(value: string | null): Channel | null {
  const upper = value?.toUpperCase();
  return CHANNELS.find((c) => c === upper) ?? null;
}
