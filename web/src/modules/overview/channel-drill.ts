import type { Channel, EngagementDrillDown } from '@web/generated/graphql';

/** The business messages of one channel, on one day when given (CHANNEL keys are the lowercase channel). */
export function channelDrillDown(channel: Channel, date?: string): EngagementDrillDown {
  return { dimension: 'CHANNEL', key: channel.toLowerCase(), ...(date ? { date } : {}) };
}
