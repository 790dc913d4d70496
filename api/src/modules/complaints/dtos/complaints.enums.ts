import { registerEnumType } from '@nestjs/graphql';

export enum ComplaintDimension {
  TEMPLATE = 'TEMPLATE',
  CAMPAIGN = 'CAMPAIGN',
  ACCOUNT = 'ACCOUNT',
  CATEGORY = 'CATEGORY',
}
registerEnumType(ComplaintDimension, {
  name: 'ComplaintDimension',
  description: 'Template name, campaign key, account id, or category (template category, else pricing category)',
});

/** complaint.recorded kinds (DOMAIN.md §2). */
export enum ComplaintKind {
  BLOCK = 'block',
  REPORT_SPAM = 'report_spam',
  MARKETING_STOP = 'marketing_stop',
  NEGATIVE_FEEDBACK = 'negative_feedback',
  UNSUBSCRIBE_REQUEST = 'unsubscribe_request',
}
registerEnumType(ComplaintKind, { name: 'ComplaintKind' });

export enum ComplaintSpikeReason {
  ABOVE_TRAILING_MEAN = 'above_trailing_mean',
  ABOVE_THRESHOLD = 'above_threshold',
}
registerEnumType(ComplaintSpikeReason, {
  name: 'ComplaintSpikeReason',
  description: 'Above the trailing 28-day mean + 3σ, or above the threshold asked for',
});

export enum ComplaintDayNotJudged {
  LOW_VOLUME = 'low_volume',
  INSUFFICIENT_HISTORY = 'insufficient_history',
}
registerEnumType(ComplaintDayNotJudged, {
  name: 'ComplaintDayNotJudged',
  description: 'Fewer than 100 delivered that day, or fewer than 7 usable days in the trailing 28',
});
