import { registerEnumType } from '@nestjs/graphql';

export enum SupportGroupBy {
  AGENT = 'AGENT',
  TEAM = 'TEAM',
  CHANNEL = 'CHANNEL',
  ACCOUNT = 'ACCOUNT',
  DAY = 'DAY',
  WEEK = 'WEEK',
}

registerEnumType(SupportGroupBy, {
  name: 'SupportGroupBy',
  description: 'How support figures are grouped',
  valuesMap: {
    AGENT: { description: 'The agent credited (first responder, else last assignee); replies by their sender' },
    TEAM: { description: "The credited agent's team (the message's team, else the assignee's, else the agent's)" },
    CHANNEL: { description: 'Messaging channel' },
    ACCOUNT: { description: 'The business account (external id)' },
    DAY: { description: "The day the conversation started, in the tenant's time zone" },
    WEEK: { description: 'The week (starting Monday) the conversation started' },
  },
});

export enum SupportMetric {
  FIRST_RESPONSE = 'FIRST_RESPONSE',
  REPLY = 'REPLY',
  RESOLUTION = 'RESOLUTION',
}

registerEnumType(SupportMetric, {
  name: 'SupportMetric',
  description: 'A support duration',
  valuesMap: {
    FIRST_RESPONSE: { description: 'First human agent reply − first customer message (or the bot hand-off)' },
    REPLY: { description: 'Each agent reply − the earliest customer message it answers' },
    RESOLUTION: { description: 'Resolution − first customer message, for resolved conversations' },
  },
});
