import { registerEnumType } from '@nestjs/graphql';

/** The two surveys `survey.answered` carries: NPS (0–10) and CSAT (1–5). */
export enum SurveyKind {
  NPS = 'NPS',
  CSAT = 'CSAT',
}
registerEnumType(SurveyKind, { name: 'SurveyKind', description: 'NPS (0–10) or CSAT (1–5)' });

export enum SatisfactionGroupBy {
  AGENT = 'AGENT',
  TEAM = 'TEAM',
  CHANNEL = 'CHANNEL',
  DAY = 'DAY',
  WEEK = 'WEEK',
}
registerEnumType(SatisfactionGroupBy, {
  name: 'SatisfactionGroupBy',
  description:
    "Credited agent (the survey's agent, else its support conversation's first responder or last assignee), that agent's team, channel, or the day / ISO week (Monday) of the answer in the tenant's time zone",
});
