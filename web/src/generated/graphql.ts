/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Calendar date "YYYY-MM-DD" (in the tenant's time zone where it bounds a period) */
  Date: { input: string; output: string; }
  /** ISO 8601 instant, UTC, e.g. "2026-03-01T09:30:00.000Z" */
  DateTime: { input: string; output: string; }
  /** Arbitrary JSON (audit before/after) */
  JSON: { input: unknown; output: unknown; }
};

export type AgentInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** The agent_id events carry */
  externalId: Scalars['String']['input'];
  name: Scalars['String']['input'];
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

export type AlertDeliveryChannel =
  | 'EMAIL'
  | 'WEBHOOK';

/** PENDING = not yet delivered (retries left); FAILED = gave up after the last attempt */
export type AlertDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

/** What a rule watches; see docs/alerts.md for the condition and de-duplication key of each */
export type AlertKind =
  /** A day judged a complaint spike (trailing mean + 3σ, or the tenant threshold) */
  | 'COMPLAINT_SPIKE'
  /** New high or critical compliance violations, one alert per kind, account, campaign and day */
  | 'COMPLIANCE_VIOLATION'
  /** Weekly NPS fell by at least the rule's threshold (points) from the week before */
  | 'NPS_DROP'
  /** A quality rating worse than the one before (GREEN > YELLOW > RED) */
  | 'QUALITY_DROP'
  /** A completed day whose SLA attainment of a team is below the rule's threshold (%) */
  | 'SLA_BELOW_TARGET'
  /** An account status change to FLAGGED */
  | 'STATUS_FLAGGED'
  /** An account status change to RESTRICTED */
  | 'STATUS_RESTRICTED'
  /** A messaging limit different from the one before */
  | 'TIER_CHANGE';

export type AlertRuleInput = {
  /** External account ids of the tenant's accounts; empty = all */
  accountIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At most 20 e-mail addresses */
  emailRecipients?: InputMaybe<Array<Scalars['String']['input']>>;
  enabled: Scalars['Boolean']['input'];
  kind: AlertKind;
  /** 1..200 characters */
  name: Scalars['String']['input'];
  notifyWebhook: Scalars['Boolean']['input'];
  /** Required for SLA_BELOW_TARGET (attainment %, 0–100) and NPS_DROP (points, > 0); null for others */
  threshold?: InputMaybe<Scalars['Float']['input']>;
};

export type AlertSeverity =
  | 'CRITICAL'
  | 'INFO'
  | 'WARNING';

export type AnalyticsFilter = {
  /** BusinessAccount.id */
  accountIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Agent.id */
  agentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Campaign.id */
  campaignIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  channels?: InputMaybe<Array<Channel>>;
  /** Inclusive, tenant's time zone */
  from: Scalars['Date']['input'];
  /** Inclusive, tenant's time zone; at most 366 days after from */
  to: Scalars['Date']['input'];
};

export type ApiKeyRole =
  | 'ADMIN'
  | 'COMPLIANCE'
  | 'INGEST'
  | 'MANAGER'
  | 'MARKETER'
  | 'VIEWER';

/** Which touch in the window before a conversion gets the credit (docs/attribution.md §3) */
export type AttributionModel =
  | 'FIRST_TOUCH'
  | 'LAST_TOUCH';

export type AuditActorKind =
  | 'API_KEY'
  | 'SYSTEM'
  | 'USER';

export type BusinessAccountInput = {
  channel: Channel;
  displayName?: InputMaybe<Scalars['String']['input']>;
  displayPhoneNumber?: InputMaybe<Scalars['String']['input']>;
  /** The account_id events carry (WhatsApp phone_number_id, bot id, page id…) */
  externalId: Scalars['String']['input'];
  verified?: InputMaybe<Scalars['Boolean']['input']>;
  wabaId?: InputMaybe<Scalars['String']['input']>;
};

export type BusinessHoursIntervalInput = {
  closes: Scalars['String']['input'];
  dayOfWeek: Scalars['Int']['input'];
  opens: Scalars['String']['input'];
};

export type CampaignCodeInput = {
  kind: CampaignCodeKind;
  value: Scalars['String']['input'];
};

export type CampaignCodeKind =
  | 'AD_ID'
  | 'CONTEXT'
  | 'DEEP_LINK_PAYLOAD'
  | 'PREFILL_CODE'
  | 'QR_CODE'
  | 'REF'
  | 'UTM_CAMPAIGN'
  | 'UTM_MEDIUM'
  | 'UTM_SOURCE';

export type CampaignDimension =
  | 'CAMPAIGN'
  | 'CHANNEL'
  | 'SOURCE';

/** Narrows to one chart element / table row */
export type CampaignDrillDown = {
  /** One day of the period (touch day for conversations, conversion day for conversions) */
  date?: InputMaybe<Scalars['Date']['input']>;
  dimension?: InputMaybe<CampaignDimension>;
  /** A CampaignPerformanceRow.key of that dimension */
  key?: InputMaybe<Scalars['String']['input']>;
};

export type CampaignInput = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** null = several channels */
  channel?: InputMaybe<Channel>;
  codes: Array<CampaignCodeInput>;
  /** ISO 4217 */
  currency: Scalars['String']['input'];
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The campaign_id events carry (unique per tenant) */
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
  sourceKind: CampaignSourceKind;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  templateName?: InputMaybe<Scalars['String']['input']>;
};

export type CampaignSourceKind =
  | 'BROADCAST'
  | 'CTWA_AD'
  | 'INSTAGRAM_AD'
  | 'MESSENGER_AD'
  | 'MESSENGER_REF'
  | 'OTHER'
  | 'TELEGRAM_DEEPLINK'
  | 'VIBER_CONTEXT'
  | 'VK_REF'
  | 'WA_LINK'
  | 'WA_QR'
  | 'WEB_WIDGET';

export type CaseState =
  | 'ACKNOWLEDGED'
  | 'FALSE_POSITIVE'
  | 'OPEN'
  | 'RESOLVED';

export type Channel =
  | 'EMAIL'
  | 'INSTAGRAM'
  | 'MESSENGER'
  | 'SMS'
  | 'TELEGRAM'
  | 'VIBER'
  | 'VK'
  | 'WEBCHAT'
  | 'WHATSAPP';

/** Fewer than 100 delivered that day, or fewer than 7 usable days in the trailing 28 */
export type ComplaintDayNotJudged =
  | 'INSUFFICIENT_HISTORY'
  | 'LOW_VOLUME';

/** Template name, campaign key, account id, or category (template category, else pricing category) */
export type ComplaintDimension =
  | 'ACCOUNT'
  | 'CAMPAIGN'
  | 'CATEGORY'
  | 'TEMPLATE';

/** Narrows the complaints of the filter to one day, kind and/or reason (each absent = not narrowed) */
export type ComplaintDrillDown = {
  /** One day of the period (tenant time zone): ComplaintDay.date */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** One kind: ComplaintKindCount.kind */
  kind?: InputMaybe<ComplaintKind>;
  /** One reason exactly as given (ComplaintReasonCount.reason); '' = complaints without a reason */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type ComplaintKind =
  | 'BLOCK'
  | 'MARKETING_STOP'
  | 'NEGATIVE_FEEDBACK'
  | 'REPORT_SPAM'
  | 'UNSUBSCRIBE_REQUEST';

/** Above the trailing 28-day mean + 3σ, or above the threshold asked for */
export type ComplaintSpikeReason =
  | 'ABOVE_THRESHOLD'
  | 'ABOVE_TRAILING_MEAN';

export type ComplianceSettingsInput = {
  /** Replaces the overrides when given; null clears them */
  contentRuleOverrides?: InputMaybe<Scalars['JSON']['input']>;
  frequencyCap?: InputMaybe<FrequencyCapInput>;
  quietHours?: InputMaybe<QuietHoursInput>;
};

export type ConsentAction =
  | 'OPT_IN'
  | 'OPT_OUT';

export type ConsentImportFormat =
  | 'CSV'
  | 'NDJSON';

export type ConsentImportInput = {
  /** CSV with a header row (contact, channel, purpose, action, occurredAt, method, evidenceText, evidenceUrl, formId, capturedBy, proofRef, accountId) or NDJSON objects with the same fields */
  content: Scalars['String']['input'];
  /** Validate only; store nothing */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  format: ConsentImportFormat;
};

export type ConsentPurpose =
  | 'ALL'
  | 'MARKETING'
  | 'SERVICE';

/** Latest opt-in (granted) or opt-out (withdrawn) for the purpose or "all" at the instant; none without one */
export type ConsentState =
  | 'GRANTED'
  | 'NONE'
  | 'WITHDRAWN';

/** Sending account, campaign key, channel, or the day of the send in the tenant's time zone */
export type CoverageGroupBy =
  | 'ACCOUNT'
  | 'CAMPAIGN'
  | 'CHANNEL'
  | 'DAY';

export type CreateApiKeyInput = {
  name: Scalars['String']['input'];
  role: ApiKeyRole;
};

export type CreateUserInput = {
  email: Scalars['String']['input'];
  locale?: InputMaybe<Locale>;
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  role: Role;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type DailySpendInput = {
  amount: Scalars['Float']['input'];
  date: Scalars['Date']['input'];
};

export type EngagementDimension =
  | 'ACCOUNT'
  | 'CAMPAIGN'
  | 'CATEGORY'
  | 'CHANNEL'
  | 'TEMPLATE';

/** Narrows the filter to one chart element */
export type EngagementDrillDown = {
  /** Only messages of this sending account (EngagementMessage.accountExternalId) */
  accountId?: InputMaybe<Scalars['String']['input']>;
  /** One histogram bucket */
  bucket?: InputMaybe<ReadTimeBucket>;
  /** Only messages sent on this channel */
  channel?: InputMaybe<Channel>;
  /** Instead of dimension: the messages of one complaintBreakdown row, key being its ComplaintGroup.key (a template by name in any language; a category as the template category, else the pricing category) */
  complaintDimension?: InputMaybe<ComplaintDimension>;
  /** One day of the period */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** 1 = Monday … 7 = Sunday */
  dayOfWeek?: InputMaybe<Scalars['Int']['input']>;
  dimension?: InputMaybe<EngagementDimension>;
  /** Only failed messages with this error code (FailureReason.errorCode); '' = failed without a code */
  errorCode?: InputMaybe<Scalars['String']['input']>;
  /** 0..23 */
  hour?: InputMaybe<Scalars['Int']['input']>;
  /** An EngagementGroup.key of that dimension, or a ComplaintGroup.key of complaintDimension */
  key?: InputMaybe<Scalars['String']['input']>;
  /** sent | delivered | read | failed (messages that reached it) | complained (delivered business-initiated messages that drew a complaint, as complaintBreakdown counts them) */
  status?: InputMaybe<Scalars['String']['input']>;
};

export type ExchangeRateInput = {
  currency: Scalars['String']['input'];
  rate: Scalars['Float']['input'];
};

export type FrequencyCapInput = {
  /** 1..1000 */
  count: Scalars['Int']['input'];
  enabled: Scalars['Boolean']['input'];
  /** 1..720 */
  windowHours: Scalars['Int']['input'];
};

/** What a funnel row is: a channel or a campaign */
export type FunnelDimension =
  | 'CAMPAIGN'
  | 'CHANNEL';

export type Locale =
  | 'EN'
  | 'PL'
  | 'PT'
  | 'RU'
  | 'UK';

export type MarketingSettingsInput = {
  attributionWindowDays?: InputMaybe<Scalars['Int']['input']>;
  /** Replaces the whole list when given */
  exchangeRates?: InputMaybe<Array<ExchangeRateInput>>;
  /** Replaces the whole list when given */
  messagePrices?: InputMaybe<Array<MessagePriceInput>>;
  reportingCurrency?: InputMaybe<Scalars['String']['input']>;
};

export type MessagePriceInput = {
  category: Scalars['String']['input'];
  channel: Channel;
  price: Scalars['Float']['input'];
};

export type MetricUnit =
  | 'COUNT'
  | 'PER_THOUSAND'
  | 'RATIO'
  | 'SCORE'
  | 'SECONDS';

/** Replaces both settings */
export type MonitoringSettingsInput = {
  /** 0..1000 per 1,000; null or omitted = trailing mean + 3σ */
  complaintSpikeThreshold?: InputMaybe<Scalars['Float']['input']>;
  tierEra: TierEraChoice;
};

export type PageInput = {
  /** Opaque cursor from pageInfo.endCursor */
  after?: InputMaybe<Scalars['String']['input']>;
  /** 1..200 */
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QuietHoursInput = {
  enabled: Scalars['Boolean']['input'];
  /** 0..1439 */
  endMinute: Scalars['Int']['input'];
  /** 0..1439 */
  startMinute: Scalars['Int']['input'];
};

/** Time to read (read − sent); an exact edge (60 s, 5 min, 30 min, 2 h, 24 h) falls in the upper bucket */
export type ReadTimeBucket =
  | 'H_2_TO_24'
  | 'MIN_1_TO_5'
  | 'MIN_5_TO_30'
  | 'MIN_30_TO_2_H'
  | 'OVER_24_H'
  | 'UNDER_1_MIN';

export type Role =
  | 'ADMIN'
  | 'COMPLIANCE'
  | 'MANAGER'
  | 'MARKETER'
  | 'VIEWER';

/** Credited agent (the survey's agent, else its support conversation's first responder or last assignee), that agent's team, channel, or the day / ISO week (Monday) of the answer in the tenant's time zone */
export type SatisfactionGroupBy =
  | 'AGENT'
  | 'CHANNEL'
  | 'DAY'
  | 'TEAM'
  | 'WEEK';

/** What an SLA target measures */
export type SlaKind =
  /** First human agent reply after the conversation started (or after a bot hand-off) */
  | 'FIRST_RESPONSE'
  /** Each later agent reply, from the earliest customer message it answers */
  | 'NEXT_REPLY'
  /** From the conversation opening to its resolution */
  | 'RESOLUTION';

/** One target; at most one per kind */
export type SlaTargetInput = {
  basis: TimeBasis;
  kind: SlaKind;
  /** 1..43200 minutes */
  minutes: Scalars['Int']['input'];
};

/** How support figures are grouped */
export type SupportGroupBy =
  /** The business account (external id) */
  | 'ACCOUNT'
  /** The agent credited (first responder, else last assignee); replies by their sender */
  | 'AGENT'
  /** Messaging channel */
  | 'CHANNEL'
  /** The day the conversation started, in the tenant's time zone */
  | 'DAY'
  /** The credited agent's team (the message's team, else the assignee's, else the agent's) */
  | 'TEAM'
  /** The week (starting Monday) the conversation started */
  | 'WEEK';

/** A support duration */
export type SupportMetric =
  /** First human agent reply − first customer message (or the bot hand-off) */
  | 'FIRST_RESPONSE'
  /** Each agent reply − the earliest customer message it answers */
  | 'REPLY'
  /** Resolution − first customer message, for resolved conversations */
  | 'RESOLUTION';

/** NPS (0–10) or CSAT (1–5) */
export type SurveyKind =
  | 'CSAT'
  | 'NPS';

export type TeamInput = {
  /** The team_id events carry; blank means none */
  externalId?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type TemplateField =
  | 'CATEGORY'
  | 'QUALITY'
  | 'STATUS';

export type TenantSettingsInput = {
  businessHours?: InputMaybe<Array<BusinessHoursIntervalInput>>;
  holidays?: InputMaybe<Array<Scalars['Date']['input']>>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** Which messaging-limit rule account health applies */
export type TierEraChoice =
  /** The era in force on each date (legacy before 2023, half-limit until 2025-10-06, then portfolio) */
  | 'AUTO'
  /** Per number 250 → 1K → 10K → 100K → unlimited; upgrade on ≥ half the limit in 7 days, +24 h */
  | 'ERA_2023'
  /** Per number 1K → 10K → 100K → unlimited; upgrade on 2× the limit in 7 days */
  | 'LEGACY'
  /** Per business portfolio 250 → 2K → 10K → 100K → unlimited, reach summed over its numbers; +6 h */
  | 'PORTFOLIO_2025';

/** How durations are counted */
export type TimeBasis =
  /** Only time inside the tenant's business hours (time zone, weekly hours, holidays) */
  | 'BUSINESS'
  /** Every minute counts */
  | 'CALENDAR';

/** Where a conversation came from (docs/attribution.md); CAMPAIGN_REPLY = a reply to an outbound campaign message */
export type TouchpointKind =
  | 'AD'
  | 'CAMPAIGN_REPLY'
  | 'DEEPLINK'
  | 'ORGANIC'
  | 'POST'
  | 'PREFILL_CODE'
  | 'QR'
  | 'SHORTLINK'
  | 'WIDGET';

export type UnavailableReason =
  | 'NOT_BUILT'
  | 'NOT_MEASURABLE'
  | 'NO_DATA';

export type UpdateProfileInput = {
  locale?: InputMaybe<Locale>;
  name?: InputMaybe<Scalars['String']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateUserInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  locale?: InputMaybe<Locale>;
  name?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type ViolationFilter = {
  /** BusinessAccount.id */
  accountIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Campaign.id */
  campaignIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  caseStates?: InputMaybe<Array<CaseState>>;
  channels?: InputMaybe<Array<Channel>>;
  /** Inclusive, tenant's time zone */
  from: Scalars['Date']['input'];
  /** Also violations a later run no longer found (e.g. a late opt-in arrived) */
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<ViolationKind>>;
  severities?: InputMaybe<Array<ViolationSeverity>>;
  /** Inclusive, tenant's time zone; at most 366 days after from */
  to: Scalars['Date']['input'];
};

export type ViolationKind =
  | 'AFTER_OPT_OUT'
  | 'FREQUENCY_CAP'
  | 'NO_CONSENT'
  | 'OUTSIDE_WINDOW'
  | 'PLATFORM_ENFORCEMENT'
  | 'PROHIBITED_CONTENT'
  | 'PURPOSE_MISMATCH'
  | 'QUIET_HOURS'
  | 'TEMPLATE_MISUSE';

export type ViolationSeverity =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Calendar days or ISO weeks (Monday first) in the tenant's time zone */
export type ViolationTrendInterval =
  | 'DAY'
  | 'WEEK';

export type SessionQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionQuery = { __typename?: 'Query', me: { __typename?: 'Viewer', role: Role, apiKeyId?: string | null, tenant: { __typename?: 'Tenant', id: string, name: string, slug: string }, user?: { __typename?: 'User', id: string, email: string, name: string, role: Role, locale: Locale, timeZone?: string | null } | null }, tenantSettings: { __typename?: 'TenantSettings', timeZone: string } };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginResult', expiresAt: string, user: { __typename?: 'User', id: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type UpdateMyLocaleMutationVariables = Exact<{
  locale: Locale;
}>;


export type UpdateMyLocaleMutation = { __typename?: 'Mutation', updateMyProfile: { __typename?: 'User', id: string, locale: Locale } };

export type EngagementMessagesQueryVariables = Exact<{
  filter: AnalyticsFilter;
  drillDown?: InputMaybe<EngagementDrillDown>;
  page?: InputMaybe<PageInput>;
}>;


export type EngagementMessagesQuery = { __typename?: 'Query', engagementMessages: { __typename?: 'EngagementMessagePage', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'EngagementMessage', messageId: string, channel: Channel, accountExternalId: string, contactId: string, templateName?: string | null, campaignKey?: string | null, sentAt?: string | null, deliveredAt?: string | null, readAt?: string | null, failedAt?: string | null, errorCode?: string | null, timeToReadSeconds?: number | null }> } };

export type AlertUnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertUnreadCountQuery = { __typename?: 'Query', alertUnreadCount: number };

export type AlertFiringsQueryVariables = Exact<{
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
  page?: InputMaybe<PageInput>;
}>;


export type AlertFiringsQuery = { __typename?: 'Query', alertFirings: { __typename?: 'AlertFiringPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'AlertFiring', id: string, ruleId: string, ruleName: string, kind: AlertKind, severity: AlertSeverity, title: string, detail: string, accountId?: string | null, conditionAt: string, firedAt: string, read: boolean, link?: string | null, deliveries: Array<{ __typename?: 'AlertDelivery', channel: AlertDeliveryChannel, status: AlertDeliveryStatus, attempts: number, lastError?: string | null, deliveredAt?: string | null }> }> } };

export type AlertFiringFieldsFragment = { __typename?: 'AlertFiring', id: string, ruleId: string, ruleName: string, kind: AlertKind, severity: AlertSeverity, title: string, detail: string, accountId?: string | null, conditionAt: string, firedAt: string, read: boolean, link?: string | null, deliveries: Array<{ __typename?: 'AlertDelivery', channel: AlertDeliveryChannel, status: AlertDeliveryStatus, attempts: number, lastError?: string | null, deliveredAt?: string | null }> };

export type MarkAlertsReadMutationVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type MarkAlertsReadMutation = { __typename?: 'Mutation', markAlertsRead: number };

export type AttributedConversationsQueryVariables = Exact<{
  filter: AnalyticsFilter;
  drillDown?: InputMaybe<CampaignDrillDown>;
  page?: InputMaybe<PageInput>;
}>;


export type AttributedConversationsQuery = { __typename?: 'Query', attributedConversations: { __typename?: 'AttributedConversationPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'AttributedConversation', conversationId: string, channel: Channel, accountExternalId: string, contactId: string, startedAt: string, sourceKind: TouchpointKind, sourceDetail?: string | null, campaign?: { __typename?: 'Campaign', id: string, key: string, name: string } | null }> } };

export type AttributedConversionsQueryVariables = Exact<{
  filter: AnalyticsFilter;
  model: AttributionModel;
  drillDown?: InputMaybe<CampaignDrillDown>;
  page?: InputMaybe<PageInput>;
}>;


export type AttributedConversionsQuery = { __typename?: 'Query', attributedConversions: { __typename?: 'AttributedConversionPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'AttributedConversion', eventId: string, occurredAt: string, kind: string, contactId: string, value?: number | null, currency?: string | null, valueConverted?: number | null, orderId?: string | null, sourceKind: TouchpointKind, touchAt?: string | null, channel?: Channel | null, campaign?: { __typename?: 'Campaign', id: string, key: string, name: string } | null }> } };

export type CampaignFunnelQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type CampaignFunnelQuery = { __typename?: 'Query', funnel: { __typename?: 'Funnel', windowDays: number, rows: Array<{ __typename?: 'FunnelRow', key: string, label: string, sent: number, delivered?: number | null, read?: number | null, replied: number, converted: number, deliveryRate?: number | null, readRate?: number | null, replyRate?: number | null, conversionRate?: number | null, campaign?: { __typename?: 'Campaign', id: string, key: string, name: string } | null, unavailable: Array<{ __typename?: 'FunnelUnavailable', field: string, reason: UnavailableReason }> }> } };

export type CampaignPerformanceQueryVariables = Exact<{
  filter: AnalyticsFilter;
  groupBy: CampaignDimension;
  model: AttributionModel;
}>;


export type CampaignPerformanceQuery = { __typename?: 'Query', campaignPerformance: { __typename?: 'CampaignPerformance', asOf?: string | null, timeZone: string, model: AttributionModel, windowDays: number, currency: string, unconvertedCurrencies: Array<string>, period: { __typename?: 'Period', from: string, to: string }, total: { __typename?: 'CampaignPerformanceRow', key: string, label: string, channel?: Channel | null, sourceKind?: TouchpointKind | null, conversations: number, uniqueContacts: number, newOptIns: number, messagesSent: number, replies: number, conversions: number, revenue: number, spend?: number | null, costPerConversation?: number | null, costPerConversion?: number | null, roas?: number | null, campaign?: { __typename?: 'Campaign', id: string, key: string, name: string } | null }, rows: Array<{ __typename?: 'CampaignPerformanceRow', key: string, label: string, channel?: Channel | null, sourceKind?: TouchpointKind | null, conversations: number, uniqueContacts: number, newOptIns: number, messagesSent: number, replies: number, conversions: number, revenue: number, spend?: number | null, costPerConversation?: number | null, costPerConversion?: number | null, roas?: number | null, campaign?: { __typename?: 'Campaign', id: string, key: string, name: string } | null }>, days: Array<{ __typename?: 'CampaignDay', date: string, conversations: number, conversions: number, revenue: number, spend: number }> } };

export type CampaignPerformanceFieldsFragment = { __typename?: 'CampaignPerformance', asOf?: string | null, timeZone: string, model: AttributionModel, windowDays: number, currency: string, unconvertedCurrencies: Array<string>, period: { __typename?: 'Period', from: string, to: string }, total: { __typename?: 'CampaignPerformanceRow', key: string, label: string, channel?: Channel | null, sourceKind?: TouchpointKind | null, conversations: number, uniqueContacts: number, newOptIns: number, messagesSent: number, replies: number, conversions: number, revenue: number, spend?: number | null, costPerConversation?: number | null, costPerConversion?: number | null, roas?: number | null, campaign?: { __typename?: 'Campaign', id: string, key: string, name: string } | null }, rows: Array<{ __typename?: 'CampaignPerformanceRow', key: string, label: string, channel?: Channel | null, sourceKind?: TouchpointKind | null, conversations: number, uniqueContacts: number, newOptIns: number, messagesSent: number, replies: number, conversions: number, revenue: number, spend?: number | null, costPerConversation?: number | null, costPerConversion?: number | null, roas?: number | null, campaign?: { __typename?: 'Campaign', id: string, key: string, name: string } | null }>, days: Array<{ __typename?: 'CampaignDay', date: string, conversations: number, conversions: number, revenue: number, spend: number }> };

export type CampaignPerformanceRowFieldsFragment = { __typename?: 'CampaignPerformanceRow', key: string, label: string, channel?: Channel | null, sourceKind?: TouchpointKind | null, conversations: number, uniqueContacts: number, newOptIns: number, messagesSent: number, replies: number, conversions: number, revenue: number, spend?: number | null, costPerConversation?: number | null, costPerConversion?: number | null, roas?: number | null, campaign?: { __typename?: 'Campaign', id: string, key: string, name: string } | null };

export type CampaignSourcesQueryVariables = Exact<{
  filter: AnalyticsFilter;
  model: AttributionModel;
}>;


export type CampaignSourcesQuery = { __typename?: 'Query', campaignPerformance: { __typename?: 'CampaignPerformance', asOf?: string | null, timeZone: string, model: AttributionModel, windowDays: number, currency: string, unconvertedCurrencies: Array<string>, period: { __typename?: 'Period', from: string, to: string }, total: { __typename?: 'CampaignPerformanceRow', key: string, label: string, channel?: Channel | null, sourceKind?: TouchpointKind | null, conversations: number, uniqueContacts: number, newOptIns: number, messagesSent: number, replies: number, conversions: number, revenue: number, spend?: number | null, costPerConversation?: number | null, costPerConversion?: number | null, roas?: number | null, campaign?: { __typename?: 'Campaign', id: string, key: string, name: string } | null }, rows: Array<{ __typename?: 'CampaignPerformanceRow', key: string, label: string, channel?: Channel | null, sourceKind?: TouchpointKind | null, conversations: number, uniqueContacts: number, newOptIns: number, messagesSent: number, replies: number, conversions: number, revenue: number, spend?: number | null, costPerConversation?: number | null, costPerConversion?: number | null, roas?: number | null, campaign?: { __typename?: 'Campaign', id: string, key: string, name: string } | null }>, days: Array<{ __typename?: 'CampaignDay', date: string, conversations: number, conversions: number, revenue: number, spend: number }> } };

export type ComplaintTrendsQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type ComplaintTrendsQuery = { __typename?: 'Query', complaintTrends: { __typename?: 'ComplaintTrends', timeZone: string, complaints: number, delivered: number, rate?: number | null, threshold?: number | null, period: { __typename?: 'Period', from: string, to: string }, days: Array<{ __typename?: 'ComplaintDay', date: string, complaints: number, delivered: number, rate?: number | null, judged: boolean, notJudgedReason?: ComplaintDayNotJudged | null, historyDays: number, mean?: number | null, stdDev?: number | null, limit?: number | null, spike: boolean, reason?: ComplaintSpikeReason | null }>, weeks: Array<{ __typename?: 'ComplaintWeek', weekStart: string, isoWeek?: string | null, days: number, complaints: number, delivered: number, rate?: number | null }>, kinds: Array<{ __typename?: 'ComplaintKindCount', kind: ComplaintKind, complaints: number, rate?: number | null }>, topReasons: Array<{ __typename?: 'ComplaintReasonCount', reason: string, complaints: number }> } };

export type ComplaintBreakdownQueryVariables = Exact<{
  filter: AnalyticsFilter;
  by: ComplaintDimension;
}>;


export type ComplaintBreakdownQuery = { __typename?: 'Query', complaintBreakdown: Array<{ __typename?: 'ComplaintGroup', key: string, complaints: number, delivered: number, rate?: number | null }> };

export type ComplaintEventsQueryVariables = Exact<{
  filter: AnalyticsFilter;
  drillDown?: InputMaybe<ComplaintDrillDown>;
  page?: InputMaybe<PageInput>;
}>;


export type ComplaintEventsQuery = { __typename?: 'Query', complaintEvents: { __typename?: 'ComplaintEventPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'ComplaintEvent', id: string, occurredAt: string, channel: Channel, accountId: string, accountName?: string | null, contactId: string, kind: ComplaintKind, reason?: string | null, templateName?: string | null, campaignId?: string | null, campaignName?: string | null, relatedMessageId?: string | null }> } };

export type ContactLedgerQueryVariables = Exact<{
  contactId: Scalars['String']['input'];
  channel?: InputMaybe<Channel>;
  at?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type ContactLedgerQuery = { __typename?: 'Query', consentLedger: { __typename?: 'ConsentLedger', contactId: string, channel?: Channel | null, entries: Array<{ __typename?: 'ConsentLedgerEntry', id: string, occurredAt: string, channel: Channel, accountId: string, purpose: ConsentPurpose, action: ConsentAction, method: string, source: string, evidence: { __typename?: 'ConsentEvidence', text?: string | null, url?: string | null, formId?: string | null, capturedBy?: string | null, proofRef?: string | null } }>, now: Array<{ __typename?: 'ConsentStateAt', channel: Channel, purpose: ConsentPurpose, state: ConsentState, since?: string | null, method?: string | null, blocked: boolean }>, atInstant: Array<{ __typename?: 'ConsentStateAt', channel: Channel, purpose: ConsentPurpose, state: ConsentState, since?: string | null, method?: string | null, blocked: boolean }> } };

export type ContactConsentStateFragment = { __typename?: 'ConsentStateAt', channel: Channel, purpose: ConsentPurpose, state: ConsentState, since?: string | null, method?: string | null, blocked: boolean };

export type ImportConsentRecordsMutationVariables = Exact<{
  input: ConsentImportInput;
}>;


export type ImportConsentRecordsMutation = { __typename?: 'Mutation', importConsentRecords: { __typename?: 'ConsentImportResult', rows: number, accepted: number, rejected: number, dryRun: boolean, errors: Array<{ __typename?: 'ConsentImportError', row: number, field: string, code: string, message: string }> } };

export type ComplianceRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type ComplianceRulesQuery = { __typename?: 'Query', complianceSettings: { __typename?: 'ComplianceSettings', contentRuleOverrides?: unknown | null, revision: number, updatedAt?: string | null, updatedBy?: string | null, frequencyCap: { __typename?: 'FrequencyCap', enabled: boolean, count: number, windowHours: number }, quietHours: { __typename?: 'QuietHours', enabled: boolean, startMinute: number, endMinute: number } }, contentRuleCategories: Array<{ __typename?: 'ContentRuleCategory', id: string, label: string, kind: ViolationKind, severity: ViolationSeverity, regulated: boolean, languages: Array<string>, termCount: number, exceptionCount: number, ruleSetVersion: string }> };

export type ComplianceRulesFieldsFragment = { __typename?: 'ComplianceSettings', contentRuleOverrides?: unknown | null, revision: number, updatedAt?: string | null, updatedBy?: string | null, frequencyCap: { __typename?: 'FrequencyCap', enabled: boolean, count: number, windowHours: number }, quietHours: { __typename?: 'QuietHours', enabled: boolean, startMinute: number, endMinute: number } };

export type UpdateComplianceRulesMutationVariables = Exact<{
  input: ComplianceSettingsInput;
}>;


export type UpdateComplianceRulesMutation = { __typename?: 'Mutation', updateComplianceSettings: { __typename?: 'ComplianceSettings', contentRuleOverrides?: unknown | null, revision: number, updatedAt?: string | null, updatedBy?: string | null, frequencyCap: { __typename?: 'FrequencyCap', enabled: boolean, count: number, windowHours: number }, quietHours: { __typename?: 'QuietHours', enabled: boolean, startMinute: number, endMinute: number } } };

export type EngagementQueryVariables = Exact<{
  filter: AnalyticsFilter;
  groupBy: EngagementDimension;
}>;


export type EngagementQuery = { __typename?: 'Query', engagement: { __typename?: 'Engagement', asOf?: string | null, timeZone: string, period: { __typename?: 'Period', from: string, to: string }, total: { __typename?: 'ReadTimeStats', sent: number, delivered: number, read: number, deliveryRate?: number | null, deliveryRateUnavailableReason?: UnavailableReason | null, readRate?: number | null, readRateUnavailableReason?: UnavailableReason | null, timedReads: number, medianSeconds?: number | null, p90Seconds?: number | null, p99Seconds?: number | null, meanSeconds?: number | null, readReceipts: boolean }, histogram: Array<{ __typename?: 'ReadTimeBucketCount', bucket: ReadTimeBucket, count: number, share?: number | null }>, groups: Array<{ __typename?: 'EngagementGroup', key: string, label: string, channel?: Channel | null, stats: { __typename?: 'ReadTimeStats', sent: number, delivered: number, read: number, deliveryRate?: number | null, deliveryRateUnavailableReason?: UnavailableReason | null, readRate?: number | null, readRateUnavailableReason?: UnavailableReason | null, timedReads: number, medianSeconds?: number | null, p90Seconds?: number | null, p99Seconds?: number | null, meanSeconds?: number | null, readReceipts: boolean } }>, heatmap: Array<{ __typename?: 'HourOfWeekCell', dayOfWeek: number, hour: number, sent: number, read: number, readRate?: number | null, medianSeconds?: number | null }>, days: Array<{ __typename?: 'EngagementDay', date: string, sent: number, delivered: number, read: number, deliveryRate?: number | null, readRate?: number | null, medianSeconds?: number | null }> } };

export type ReadTimeStatsFieldsFragment = { __typename?: 'ReadTimeStats', sent: number, delivered: number, read: number, deliveryRate?: number | null, deliveryRateUnavailableReason?: UnavailableReason | null, readRate?: number | null, readRateUnavailableReason?: UnavailableReason | null, timedReads: number, medianSeconds?: number | null, p90Seconds?: number | null, p99Seconds?: number | null, meanSeconds?: number | null, readReceipts: boolean };

export type FailureReasonsQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type FailureReasonsQuery = { __typename?: 'Query', failureReasons: Array<{ __typename?: 'FailureReason', channel: Channel, errorCode?: string | null, count: number, share: number, known: boolean, title?: string | null, platformTitle?: string | null, meaning?: string | null, likelyCause?: string | null, category?: string | null, categoryLabel?: string | null, recommendedAction?: string | null, retry?: string | null }> };

export type FailureReasonFieldsFragment = { __typename?: 'FailureReason', channel: Channel, errorCode?: string | null, count: number, share: number, known: boolean, title?: string | null, platformTitle?: string | null, meaning?: string | null, likelyCause?: string | null, category?: string | null, categoryLabel?: string | null, recommendedAction?: string | null, retry?: string | null };

export type FunnelQueryVariables = Exact<{
  filter: AnalyticsFilter;
  groupBy?: InputMaybe<FunnelDimension>;
}>;


export type FunnelQuery = { __typename?: 'Query', funnel: { __typename?: 'Funnel', timeZone: string, windowDays: number, currency: string, period: { __typename?: 'Period', from: string, to: string }, total: { __typename?: 'FunnelRow', key: string, label: string, channel?: Channel | null, sent: number, delivered?: number | null, read?: number | null, replied: number, converted: number, deliveryRate?: number | null, readRate?: number | null, replyRate?: number | null, conversionRate?: number | null, medianSecondsToRead?: number | null, medianSecondsToReply?: number | null, optOuts: number, optOutRate?: number | null, complaints: number, complaintRate?: number | null, cost?: number | null, costPerMessage?: number | null, unavailable: Array<{ __typename?: 'FunnelUnavailable', field: string, reason: UnavailableReason }> }, rows: Array<{ __typename?: 'FunnelRow', key: string, label: string, channel?: Channel | null, sent: number, delivered?: number | null, read?: number | null, replied: number, converted: number, deliveryRate?: number | null, readRate?: number | null, replyRate?: number | null, conversionRate?: number | null, medianSecondsToRead?: number | null, medianSecondsToReply?: number | null, optOuts: number, optOutRate?: number | null, complaints: number, complaintRate?: number | null, cost?: number | null, costPerMessage?: number | null, unavailable: Array<{ __typename?: 'FunnelUnavailable', field: string, reason: UnavailableReason }> }> } };

export type FunnelRowFieldsFragment = { __typename?: 'FunnelRow', key: string, label: string, channel?: Channel | null, sent: number, delivered?: number | null, read?: number | null, replied: number, converted: number, deliveryRate?: number | null, readRate?: number | null, replyRate?: number | null, conversionRate?: number | null, medianSecondsToRead?: number | null, medianSecondsToReply?: number | null, optOuts: number, optOutRate?: number | null, complaints: number, complaintRate?: number | null, cost?: number | null, costPerMessage?: number | null, unavailable: Array<{ __typename?: 'FunnelUnavailable', field: string, reason: UnavailableReason }> };

export type TemplatesQueryVariables = Exact<{
  filter: AnalyticsFilter;
  page?: InputMaybe<PageInput>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type TemplatesQuery = { __typename?: 'Query', templates: { __typename?: 'TemplateStatsPage', asOf?: string | null, totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'TemplateStats', channel: Channel, accountExternalId: string, businessAccountId?: string | null, name: string, language: string, category?: string | null, status?: string | null, quality?: string | null, stateUpdatedAt?: string | null, sent: number, delivered: number, read: number, replied: number, failed: number, complaints: number, optOuts: number, deliveryRate?: number | null, deliveryRateUnavailableReason?: UnavailableReason | null, readRate?: number | null, readRateUnavailableReason?: UnavailableReason | null, readReceipts: boolean, medianTimeToReadSeconds?: number | null, medianTimeToReadUnavailableReason?: UnavailableReason | null }> } };

export type TemplateDetailQueryVariables = Exact<{
  filter: AnalyticsFilter;
  name: Scalars['String']['input'];
  language?: InputMaybe<Scalars['String']['input']>;
  accountId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type TemplateDetailQuery = { __typename?: 'Query', templateHistory: Array<{ __typename?: 'TemplateChange', occurredAt: string, channel: Channel, accountExternalId: string, reason?: string | null, changes: Array<{ __typename?: 'TemplateFieldChange', field: TemplateField, from?: string | null, to: string }> }>, templateFailures: Array<{ __typename?: 'FailureReason', channel: Channel, errorCode?: string | null, count: number, share: number, known: boolean, title?: string | null, platformTitle?: string | null, meaning?: string | null, likelyCause?: string | null, category?: string | null, categoryLabel?: string | null, recommendedAction?: string | null, retry?: string | null }> };

export type FilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FilterOptionsQuery = { __typename?: 'Query', businessAccounts: { __typename?: 'BusinessAccountPage', nodes: Array<{ __typename?: 'BusinessAccount', id: string, channel: Channel, externalId: string, displayName?: string | null, displayPhoneNumber?: string | null }> }, campaigns: { __typename?: 'CampaignPage', nodes: Array<{ __typename?: 'Campaign', id: string, key: string, name: string }> }, agents: { __typename?: 'AgentPage', nodes: Array<{ __typename?: 'Agent', id: string, name: string }> } };

export type OverviewQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type OverviewQuery = { __typename?: 'Query', overview: { __typename?: 'Overview', timeZone: string, period: { __typename?: 'Period', from: string, to: string }, previousPeriod: { __typename?: 'Period', from: string, to: string }, messages: { __typename?: 'Metric', value?: number | null, previousValue?: number | null, change?: number | null, unit: MetricUnit, sampleSize?: number | null, unavailableReason?: UnavailableReason | null, series: Array<{ __typename?: 'MetricPoint', date: string, value?: number | null }> }, deliveryRate: { __typename?: 'Metric', value?: number | null, previousValue?: number | null, change?: number | null, unit: MetricUnit, sampleSize?: number | null, unavailableReason?: UnavailableReason | null, series: Array<{ __typename?: 'MetricPoint', date: string, value?: number | null }> }, readRate: { __typename?: 'Metric', value?: number | null, previousValue?: number | null, change?: number | null, unit: MetricUnit, sampleSize?: number | null, unavailableReason?: UnavailableReason | null, series: Array<{ __typename?: 'MetricPoint', date: string, value?: number | null }> }, medianTimeToReadSeconds: { __typename?: 'Metric', value?: number | null, previousValue?: number | null, change?: number | null, unit: MetricUnit, sampleSize?: number | null, unavailableReason?: UnavailableReason | null, series: Array<{ __typename?: 'MetricPoint', date: string, value?: number | null }> }, activeConversations: { __typename?: 'Metric', value?: number | null, previousValue?: number | null, change?: number | null, unit: MetricUnit, sampleSize?: number | null, unavailableReason?: UnavailableReason | null, series: Array<{ __typename?: 'MetricPoint', date: string, value?: number | null }> }, medianFirstResponseSeconds: { __typename?: 'Metric', value?: number | null, previousValue?: number | null, change?: number | null, unit: MetricUnit, sampleSize?: number | null, unavailableReason?: UnavailableReason | null, series: Array<{ __typename?: 'MetricPoint', date: string, value?: number | null }> }, nps: { __typename?: 'Metric', value?: number | null, previousValue?: number | null, change?: number | null, unit: MetricUnit, sampleSize?: number | null, unavailableReason?: UnavailableReason | null, series: Array<{ __typename?: 'MetricPoint', date: string, value?: number | null }> }, complaintRate: { __typename?: 'Metric', value?: number | null, previousValue?: number | null, change?: number | null, unit: MetricUnit, sampleSize?: number | null, unavailableReason?: UnavailableReason | null, series: Array<{ __typename?: 'MetricPoint', date: string, value?: number | null }> }, openViolations: { __typename?: 'Metric', value?: number | null, previousValue?: number | null, change?: number | null, unit: MetricUnit, sampleSize?: number | null, unavailableReason?: UnavailableReason | null, series: Array<{ __typename?: 'MetricPoint', date: string, value?: number | null }> }, volumeByChannelAndDay: Array<{ __typename?: 'ChannelDayVolume', date: string, channel: Channel, sent: number, received: number }>, channels: Array<{ __typename?: 'ChannelSummary', channel: Channel, sent: number, delivered: number, read: number, received: number, deliveryRate?: number | null, readRate?: number | null, deliveryReceipts: boolean, readReceipts: boolean }> } };

export type MetricFieldsFragment = { __typename?: 'Metric', value?: number | null, previousValue?: number | null, change?: number | null, unit: MetricUnit, sampleSize?: number | null, unavailableReason?: UnavailableReason | null, series: Array<{ __typename?: 'MetricPoint', date: string, value?: number | null }> };

export type AccountHealthQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type AccountHealthQuery = { __typename?: 'Query', accountHealth: Array<{ __typename?: 'AccountHealth', accountExternalId: string, businessAccountId?: string | null, channel: Channel, displayName?: string | null, displayPhoneNumber?: string | null, era: string, scope?: string | null, qualityRating?: string | null, status?: string | null, messagingLimit?: string | null, flaggedSince?: string | null, lastChangedAt?: string | null, reached24h: number, reached7d: number, portfolioId?: string | null, portfolioReached24h?: number | null, portfolioReached7d?: number | null, tier: { __typename?: 'TierProgress', limit: string, next?: string | null, threshold?: number | null, usage24h?: number | null, progress7d?: number | null, eligible: boolean, blockers: Array<string>, projectedUpgradeAt?: string | null, downgradeRisk?: { __typename?: 'DowngradeRisk', to?: string | null, at?: string | null, due: boolean } | null } }> };

export type AccountQualityHistoryQueryVariables = Exact<{
  accountId: Scalars['ID']['input'];
}>;


export type AccountQualityHistoryQuery = { __typename?: 'Query', accountQualityHistory: Array<{ __typename?: 'AccountQualityChange', id: string, occurredAt: string, event?: string | null, scope?: string | null, qualityRating?: string | null, previousQualityRating?: string | null, status?: string | null, messagingLimit?: string | null, previousMessagingLimit?: string | null }> };

export type TemplateStatusHistoryQueryVariables = Exact<{
  filter: AnalyticsFilter;
  templateName?: InputMaybe<Scalars['String']['input']>;
  page?: InputMaybe<PageInput>;
}>;


export type TemplateStatusHistoryQuery = { __typename?: 'Query', templateStatusHistory: { __typename?: 'TemplateStatusChangePage', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'TemplateStatusChange', id: string, occurredAt: string, templateName: string, language?: string | null, category?: string | null, status?: string | null, previousStatus?: string | null, quality?: string | null, previousQuality?: string | null, reason?: string | null, accountId: string }> } };

export type TeamsQueryVariables = Exact<{
  page?: InputMaybe<PageInput>;
}>;


export type TeamsQuery = { __typename?: 'Query', teams: { __typename?: 'TeamPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'Team', id: string, externalId?: string | null, name: string, agentCount: number, createdAt: string }> } };

export type AgentsQueryVariables = Exact<{
  page?: InputMaybe<PageInput>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AgentsQuery = { __typename?: 'Query', agents: { __typename?: 'AgentPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'Agent', id: string, externalId: string, name: string, email?: string | null, active: boolean, createdAt: string, team?: { __typename?: 'Team', id: string, name: string } | null }> } };

export type AgentFieldsFragment = { __typename?: 'Agent', id: string, externalId: string, name: string, email?: string | null, active: boolean, createdAt: string, team?: { __typename?: 'Team', id: string, name: string } | null };

export type CreateTeamMutationVariables = Exact<{
  input: TeamInput;
}>;


export type CreateTeamMutation = { __typename?: 'Mutation', createTeam: { __typename?: 'Team', id: string, name: string, agentCount: number, createdAt: string } };

export type UpdateTeamMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: TeamInput;
}>;


export type UpdateTeamMutation = { __typename?: 'Mutation', updateTeam: { __typename?: 'Team', id: string, name: string } };

export type DeleteTeamMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteTeamMutation = { __typename?: 'Mutation', deleteTeam: boolean };

export type CreateAgentMutationVariables = Exact<{
  input: AgentInput;
}>;


export type CreateAgentMutation = { __typename?: 'Mutation', createAgent: { __typename?: 'Agent', id: string, externalId: string, name: string, email?: string | null, active: boolean, createdAt: string, team?: { __typename?: 'Team', id: string, name: string } | null } };

export type UpdateAgentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AgentInput;
}>;


export type UpdateAgentMutation = { __typename?: 'Mutation', updateAgent: { __typename?: 'Agent', id: string, externalId: string, name: string, email?: string | null, active: boolean, createdAt: string, team?: { __typename?: 'Team', id: string, name: string } | null } };

export type DeleteAgentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteAgentMutation = { __typename?: 'Mutation', deleteAgent: boolean };

export type AlertRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertRulesQuery = { __typename?: 'Query', alertRules: Array<{ __typename?: 'AlertRule', id: string, kind: AlertKind, name: string, enabled: boolean, threshold?: number | null, accountIds: Array<string>, emailRecipients: Array<string>, notifyWebhook: boolean, createdAt: string, updatedAt: string }> };

export type AlertRuleFieldsFragment = { __typename?: 'AlertRule', id: string, kind: AlertKind, name: string, enabled: boolean, threshold?: number | null, accountIds: Array<string>, emailRecipients: Array<string>, notifyWebhook: boolean, createdAt: string, updatedAt: string };

export type CreateAlertRuleMutationVariables = Exact<{
  input: AlertRuleInput;
}>;


export type CreateAlertRuleMutation = { __typename?: 'Mutation', createAlertRule: { __typename?: 'AlertRule', id: string, kind: AlertKind, name: string, enabled: boolean, threshold?: number | null, accountIds: Array<string>, emailRecipients: Array<string>, notifyWebhook: boolean, createdAt: string, updatedAt: string } };

export type UpdateAlertRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AlertRuleInput;
}>;


export type UpdateAlertRuleMutation = { __typename?: 'Mutation', updateAlertRule: { __typename?: 'AlertRule', id: string, kind: AlertKind, name: string, enabled: boolean, threshold?: number | null, accountIds: Array<string>, emailRecipients: Array<string>, notifyWebhook: boolean, createdAt: string, updatedAt: string } };

export type DeleteAlertRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteAlertRuleMutation = { __typename?: 'Mutation', deleteAlertRule: boolean };

export type AlertDeliverySettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertDeliverySettingsQuery = { __typename?: 'Query', alertDeliverySettings: { __typename?: 'AlertDeliverySettings', webhookUrl?: string | null, webhookSecretHint?: string | null, emailEnabled: boolean } };

export type AlertDeliverySettingsFieldsFragment = { __typename?: 'AlertDeliverySettings', webhookUrl?: string | null, webhookSecretHint?: string | null, emailEnabled: boolean };

export type UpdateAlertWebhookMutationVariables = Exact<{
  url?: InputMaybe<Scalars['String']['input']>;
}>;


export type UpdateAlertWebhookMutation = { __typename?: 'Mutation', updateAlertWebhook: { __typename?: 'AlertWebhookSecret', secret: string, settings: { __typename?: 'AlertDeliverySettings', webhookUrl?: string | null, webhookSecretHint?: string | null, emailEnabled: boolean } } };

export type ApiKeysQueryVariables = Exact<{
  page?: InputMaybe<PageInput>;
}>;


export type ApiKeysQuery = { __typename?: 'Query', apiKeys: { __typename?: 'ApiKeyPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'ApiKey', id: string, name: string, prefix: string, role: ApiKeyRole, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null }> } };

export type ApiKeyFieldsFragment = { __typename?: 'ApiKey', id: string, name: string, prefix: string, role: ApiKeyRole, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string, apiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string, role: ApiKeyRole, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string, revokedAt?: string | null } };

export type TenantSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantSettingsQuery = { __typename?: 'Query', tenantSettings: { __typename?: 'TenantSettings', timeZone: string, holidays: Array<string>, updatedAt: string, businessHours: Array<{ __typename?: 'BusinessHoursInterval', dayOfWeek: number, opens: string, closes: string }> } };

export type TenantSettingsFieldsFragment = { __typename?: 'TenantSettings', timeZone: string, holidays: Array<string>, updatedAt: string, businessHours: Array<{ __typename?: 'BusinessHoursInterval', dayOfWeek: number, opens: string, closes: string }> };

export type UpdateTenantSettingsMutationVariables = Exact<{
  input: TenantSettingsInput;
}>;


export type UpdateTenantSettingsMutation = { __typename?: 'Mutation', updateTenantSettings: { __typename?: 'TenantSettings', timeZone: string, holidays: Array<string>, updatedAt: string, businessHours: Array<{ __typename?: 'BusinessHoursInterval', dayOfWeek: number, opens: string, closes: string }> } };

export type CampaignsQueryVariables = Exact<{
  page?: InputMaybe<PageInput>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type CampaignsQuery = { __typename?: 'Query', campaigns: { __typename?: 'CampaignPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'Campaign', id: string, key: string, name: string, channel?: Channel | null, sourceKind: CampaignSourceKind, templateName?: string | null, startsOn?: string | null, endsOn?: string | null, currency: string, totalSpend: number, updatedAt: string, account?: { __typename?: 'BusinessAccount', id: string, displayName?: string | null, externalId: string } | null, codes: Array<{ __typename?: 'CampaignCode', kind: CampaignCodeKind, value: string }>, spend: Array<{ __typename?: 'DailySpend', date: string, amount: number }> }> } };

export type CampaignFieldsFragment = { __typename?: 'Campaign', id: string, key: string, name: string, channel?: Channel | null, sourceKind: CampaignSourceKind, templateName?: string | null, startsOn?: string | null, endsOn?: string | null, currency: string, totalSpend: number, updatedAt: string, account?: { __typename?: 'BusinessAccount', id: string, displayName?: string | null, externalId: string } | null, codes: Array<{ __typename?: 'CampaignCode', kind: CampaignCodeKind, value: string }>, spend: Array<{ __typename?: 'DailySpend', date: string, amount: number }> };

export type CreateCampaignMutationVariables = Exact<{
  input: CampaignInput;
}>;


export type CreateCampaignMutation = { __typename?: 'Mutation', createCampaign: { __typename?: 'Campaign', id: string, key: string, name: string, channel?: Channel | null, sourceKind: CampaignSourceKind, templateName?: string | null, startsOn?: string | null, endsOn?: string | null, currency: string, totalSpend: number, updatedAt: string, account?: { __typename?: 'BusinessAccount', id: string, displayName?: string | null, externalId: string } | null, codes: Array<{ __typename?: 'CampaignCode', kind: CampaignCodeKind, value: string }>, spend: Array<{ __typename?: 'DailySpend', date: string, amount: number }> } };

export type UpdateCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CampaignInput;
}>;


export type UpdateCampaignMutation = { __typename?: 'Mutation', updateCampaign: { __typename?: 'Campaign', id: string, key: string, name: string, channel?: Channel | null, sourceKind: CampaignSourceKind, templateName?: string | null, startsOn?: string | null, endsOn?: string | null, currency: string, totalSpend: number, updatedAt: string, account?: { __typename?: 'BusinessAccount', id: string, displayName?: string | null, externalId: string } | null, codes: Array<{ __typename?: 'CampaignCode', kind: CampaignCodeKind, value: string }>, spend: Array<{ __typename?: 'DailySpend', date: string, amount: number }> } };

export type DeleteCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCampaignMutation = { __typename?: 'Mutation', deleteCampaign: boolean };

export type SetCampaignSpendMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  spend: Array<DailySpendInput> | DailySpendInput;
}>;


export type SetCampaignSpendMutation = { __typename?: 'Mutation', setCampaignSpend: { __typename?: 'Campaign', id: string, key: string, name: string, channel?: Channel | null, sourceKind: CampaignSourceKind, templateName?: string | null, startsOn?: string | null, endsOn?: string | null, currency: string, totalSpend: number, updatedAt: string, account?: { __typename?: 'BusinessAccount', id: string, displayName?: string | null, externalId: string } | null, codes: Array<{ __typename?: 'CampaignCode', kind: CampaignCodeKind, value: string }>, spend: Array<{ __typename?: 'DailySpend', date: string, amount: number }> } };

export type MarketingSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MarketingSettingsQuery = { __typename?: 'Query', marketingSettings: { __typename?: 'MarketingSettings', attributionWindowDays: number, reportingCurrency: string, updatedAt?: string | null, exchangeRates: Array<{ __typename?: 'ExchangeRate', currency: string, rate: number }>, messagePrices: Array<{ __typename?: 'MessagePrice', channel: Channel, category: string, price: number }> } };

export type MarketingSettingsFieldsFragment = { __typename?: 'MarketingSettings', attributionWindowDays: number, reportingCurrency: string, updatedAt?: string | null, exchangeRates: Array<{ __typename?: 'ExchangeRate', currency: string, rate: number }>, messagePrices: Array<{ __typename?: 'MessagePrice', channel: Channel, category: string, price: number }> };

export type UpdateMarketingSettingsMutationVariables = Exact<{
  input: MarketingSettingsInput;
}>;


export type UpdateMarketingSettingsMutation = { __typename?: 'Mutation', updateMarketingSettings: { __typename?: 'MarketingSettings', attributionWindowDays: number, reportingCurrency: string, updatedAt?: string | null, exchangeRates: Array<{ __typename?: 'ExchangeRate', currency: string, rate: number }>, messagePrices: Array<{ __typename?: 'MessagePrice', channel: Channel, category: string, price: number }> } };

export type MonitoringSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MonitoringSettingsQuery = { __typename?: 'Query', monitoringSettings: { __typename?: 'MonitoringSettings', tierEra: TierEraChoice, complaintSpikeThreshold?: number | null, updatedAt?: string | null } };

export type MonitoringSettingsFieldsFragment = { __typename?: 'MonitoringSettings', tierEra: TierEraChoice, complaintSpikeThreshold?: number | null, updatedAt?: string | null };

export type UpdateMonitoringSettingsMutationVariables = Exact<{
  input: MonitoringSettingsInput;
}>;


export type UpdateMonitoringSettingsMutation = { __typename?: 'Mutation', updateMonitoringSettings: { __typename?: 'MonitoringSettings', tierEra: TierEraChoice, complaintSpikeThreshold?: number | null, updatedAt?: string | null } };

export type BusinessAccountsQueryVariables = Exact<{
  page?: InputMaybe<PageInput>;
}>;


export type BusinessAccountsQuery = { __typename?: 'Query', businessAccounts: { __typename?: 'BusinessAccountPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'BusinessAccount', id: string, channel: Channel, externalId: string, wabaId?: string | null, displayPhoneNumber?: string | null, displayName?: string | null, verified: boolean, createdAt: string }> } };

export type BusinessAccountFieldsFragment = { __typename?: 'BusinessAccount', id: string, channel: Channel, externalId: string, wabaId?: string | null, displayPhoneNumber?: string | null, displayName?: string | null, verified: boolean, createdAt: string };

export type CreateBusinessAccountMutationVariables = Exact<{
  input: BusinessAccountInput;
}>;


export type CreateBusinessAccountMutation = { __typename?: 'Mutation', createBusinessAccount: { __typename?: 'BusinessAccount', id: string, channel: Channel, externalId: string, wabaId?: string | null, displayPhoneNumber?: string | null, displayName?: string | null, verified: boolean, createdAt: string } };

export type UpdateBusinessAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: BusinessAccountInput;
}>;


export type UpdateBusinessAccountMutation = { __typename?: 'Mutation', updateBusinessAccount: { __typename?: 'BusinessAccount', id: string, channel: Channel, externalId: string, wabaId?: string | null, displayPhoneNumber?: string | null, displayName?: string | null, verified: boolean, createdAt: string } };

export type DeleteBusinessAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteBusinessAccountMutation = { __typename?: 'Mutation', deleteBusinessAccount: boolean };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateMyProfileMutation = { __typename?: 'Mutation', updateMyProfile: { __typename?: 'User', id: string, name: string, locale: Locale, timeZone?: string | null } };

export type ChangeMyPasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangeMyPasswordMutation = { __typename?: 'Mutation', changeMyPassword: boolean };

export type SlaSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SlaSettingsQuery = { __typename?: 'Query', slaSettings: { __typename?: 'SlaSettings', updatedAt?: string | null, targets: Array<{ __typename?: 'SlaTarget', kind: SlaKind, minutes: number, basis: TimeBasis }> } };

export type SlaSettingsFieldsFragment = { __typename?: 'SlaSettings', updatedAt?: string | null, targets: Array<{ __typename?: 'SlaTarget', kind: SlaKind, minutes: number, basis: TimeBasis }> };

export type UpdateSlaSettingsMutationVariables = Exact<{
  targets: Array<SlaTargetInput> | SlaTargetInput;
}>;


export type UpdateSlaSettingsMutation = { __typename?: 'Mutation', updateSlaSettings: { __typename?: 'SlaSettings', updatedAt?: string | null, targets: Array<{ __typename?: 'SlaTarget', kind: SlaKind, minutes: number, basis: TimeBasis }> } };

export type UsersQueryVariables = Exact<{
  page?: InputMaybe<PageInput>;
}>;


export type UsersQuery = { __typename?: 'Query', users: { __typename?: 'UserPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'User', id: string, email: string, name: string, role: Role, locale: Locale, timeZone?: string | null, active: boolean, createdAt: string, lastLoginAt?: string | null }> } };

export type UserFieldsFragment = { __typename?: 'User', id: string, email: string, name: string, role: Role, locale: Locale, timeZone?: string | null, active: boolean, createdAt: string, lastLoginAt?: string | null };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, email: string, name: string, role: Role, locale: Locale, timeZone?: string | null, active: boolean, createdAt: string, lastLoginAt?: string | null } };

export type UpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, name: string, role: Role, locale: Locale, timeZone?: string | null, active: boolean } };

export type ResponseTimeDistributionQueryVariables = Exact<{
  filter: AnalyticsFilter;
  metric: SupportMetric;
  basis: TimeBasis;
}>;


export type ResponseTimeDistributionQuery = { __typename?: 'Query', responseTimeDistribution: Array<{ __typename?: 'ResponseTimeBucket', label: string, fromMs: number, toMs?: number | null, count: number }> };

export type SupportHeatmapQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type SupportHeatmapQuery = { __typename?: 'Query', supportHeatmap: Array<{ __typename?: 'SupportHeatmapCell', dayOfWeek: number, hour: number, conversations: number, medianFirstResponseMs?: number | null }> };

export type SatisfactionQueryVariables = Exact<{
  filter: AnalyticsFilter;
  groupBy: SatisfactionGroupBy;
}>;


export type SatisfactionQuery = { __typename?: 'Query', satisfaction: { __typename?: 'Satisfaction', totals: { __typename?: 'SatisfactionGroup', key: string, label: string, nps: { __typename?: 'SatisfactionFigure', survey: SurveyKind, answers: number, score?: number | null, promoters: number, passives: number, detractors: number, responseRate?: number | null }, csat: { __typename?: 'SatisfactionFigure', survey: SurveyKind, answers: number, score?: number | null, promoters: number, passives: number, detractors: number, responseRate?: number | null } }, groups: Array<{ __typename?: 'SatisfactionGroup', key: string, label: string, nps: { __typename?: 'SatisfactionFigure', survey: SurveyKind, answers: number, score?: number | null, promoters: number, passives: number, detractors: number, responseRate?: number | null }, csat: { __typename?: 'SatisfactionFigure', survey: SurveyKind, answers: number, score?: number | null, promoters: number, passives: number, detractors: number, responseRate?: number | null } }> } };

export type SatisfactionGroupFieldsFragment = { __typename?: 'SatisfactionGroup', key: string, label: string, nps: { __typename?: 'SatisfactionFigure', survey: SurveyKind, answers: number, score?: number | null, promoters: number, passives: number, detractors: number, responseRate?: number | null }, csat: { __typename?: 'SatisfactionFigure', survey: SurveyKind, answers: number, score?: number | null, promoters: number, passives: number, detractors: number, responseRate?: number | null } };

export type SatisfactionFigureFieldsFragment = { __typename?: 'SatisfactionFigure', survey: SurveyKind, answers: number, score?: number | null, promoters: number, passives: number, detractors: number, responseRate?: number | null };

export type SurveyCommentsQueryVariables = Exact<{
  filter: AnalyticsFilter;
  survey?: InputMaybe<SurveyKind>;
  maxScore?: InputMaybe<Scalars['Int']['input']>;
  page?: InputMaybe<PageInput>;
}>;


export type SurveyCommentsQuery = { __typename?: 'Query', surveyComments: { __typename?: 'SurveyCommentPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'SurveyComment', id: string, survey: SurveyKind, score: number, comment: string, answeredAt: string, channel: Channel, agentId?: string | null, agentName?: string | null, conversationId?: string | null }> } };

export type SupportConversationsQueryVariables = Exact<{
  filter: AnalyticsFilter;
  basis: TimeBasis;
  breach?: InputMaybe<SlaKind>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<PageInput>;
}>;


export type SupportConversationsQuery = { __typename?: 'Query', supportConversations: { __typename?: 'SupportConversationPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'SupportConversation', id: string, channel: Channel, accountId: string, contactId: string, agentId?: string | null, agentName?: string | null, teamId?: string | null, teamName?: string | null, startedAt: string, firstResponseAt?: string | null, firstResponseMs?: number | null, longestReplyMs?: number | null, resolvedAt?: string | null, resolutionMs?: number | null, reopened: boolean, botHandoffAt?: string | null, customerMessages: number, agentMessages: number, breaches: Array<SlaKind> }> } };

export type SupportPerformanceQueryVariables = Exact<{
  filter: AnalyticsFilter;
  groupBy: SupportGroupBy;
  basis: TimeBasis;
}>;


export type SupportPerformanceQuery = { __typename?: 'Query', supportPerformance: { __typename?: 'SupportPerformance', asOf?: string | null, basis: TimeBasis, totals: { __typename?: 'SupportGroup', key: string, label: string, conversations: number, handled: number, agentMessages: number, resolved: number, reopened: number, botHandoffs: number, firstResponse: { __typename?: 'DurationStats', count: number, medianMs?: number | null, p90Ms?: number | null, meanMs?: number | null }, reply: { __typename?: 'DurationStats', count: number, medianMs?: number | null, p90Ms?: number | null, meanMs?: number | null }, resolution: { __typename?: 'DurationStats', count: number, medianMs?: number | null, p90Ms?: number | null, meanMs?: number | null }, sla: Array<{ __typename?: 'SlaFigure', kind: SlaKind, targetMs: number, basis: TimeBasis, measured: number, within: number, attainment?: number | null }> }, groups: Array<{ __typename?: 'SupportGroup', key: string, label: string, conversations: number, handled: number, agentMessages: number, resolved: number, reopened: number, botHandoffs: number, firstResponse: { __typename?: 'DurationStats', count: number, medianMs?: number | null, p90Ms?: number | null, meanMs?: number | null }, reply: { __typename?: 'DurationStats', count: number, medianMs?: number | null, p90Ms?: number | null, meanMs?: number | null }, resolution: { __typename?: 'DurationStats', count: number, medianMs?: number | null, p90Ms?: number | null, meanMs?: number | null }, sla: Array<{ __typename?: 'SlaFigure', kind: SlaKind, targetMs: number, basis: TimeBasis, measured: number, within: number, attainment?: number | null }> }> } };

export type SupportGroupFieldsFragment = { __typename?: 'SupportGroup', key: string, label: string, conversations: number, handled: number, agentMessages: number, resolved: number, reopened: number, botHandoffs: number, firstResponse: { __typename?: 'DurationStats', count: number, medianMs?: number | null, p90Ms?: number | null, meanMs?: number | null }, reply: { __typename?: 'DurationStats', count: number, medianMs?: number | null, p90Ms?: number | null, meanMs?: number | null }, resolution: { __typename?: 'DurationStats', count: number, medianMs?: number | null, p90Ms?: number | null, meanMs?: number | null }, sla: Array<{ __typename?: 'SlaFigure', kind: SlaKind, targetMs: number, basis: TimeBasis, measured: number, within: number, attainment?: number | null }> };

export type DurationStatsFieldsFragment = { __typename?: 'DurationStats', count: number, medianMs?: number | null, p90Ms?: number | null, meanMs?: number | null };

export const AlertFiringFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFiringFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertFiring"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"conditionAt"}},{"kind":"Field","name":{"kind":"Name","value":"firedAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}}]} as unknown as DocumentNode<AlertFiringFieldsFragment, unknown>;
export const CampaignPerformanceRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignPerformanceRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignPerformanceRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueContacts"}},{"kind":"Field","name":{"kind":"Name","value":"newOptIns"}},{"kind":"Field","name":{"kind":"Name","value":"messagesSent"}},{"kind":"Field","name":{"kind":"Name","value":"replies"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"costPerConversation"}},{"kind":"Field","name":{"kind":"Name","value":"costPerConversion"}},{"kind":"Field","name":{"kind":"Name","value":"roas"}}]}}]} as unknown as DocumentNode<CampaignPerformanceRowFieldsFragment, unknown>;
export const CampaignPerformanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignPerformanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignPerformance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"unconvertedCurrencies"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignPerformanceRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignPerformanceRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignPerformanceRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignPerformanceRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueContacts"}},{"kind":"Field","name":{"kind":"Name","value":"newOptIns"}},{"kind":"Field","name":{"kind":"Name","value":"messagesSent"}},{"kind":"Field","name":{"kind":"Name","value":"replies"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"costPerConversation"}},{"kind":"Field","name":{"kind":"Name","value":"costPerConversion"}},{"kind":"Field","name":{"kind":"Name","value":"roas"}}]}}]} as unknown as DocumentNode<CampaignPerformanceFieldsFragment, unknown>;
export const ContactConsentStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactConsentState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentStateAt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}}]}}]} as unknown as DocumentNode<ContactConsentStateFragment, unknown>;
export const ComplianceRulesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplianceRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frequencyCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"windowHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"startMinute"}},{"kind":"Field","name":{"kind":"Name","value":"endMinute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contentRuleOverrides"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<ComplianceRulesFieldsFragment, unknown>;
export const ReadTimeStatsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadTimeStatsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReadTimeStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRateUnavailableReason"}},{"kind":"Field","name":{"kind":"Name","value":"readRate"}},{"kind":"Field","name":{"kind":"Name","value":"readRateUnavailableReason"}},{"kind":"Field","name":{"kind":"Name","value":"timedReads"}},{"kind":"Field","name":{"kind":"Name","value":"medianSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"p90Seconds"}},{"kind":"Field","name":{"kind":"Name","value":"p99Seconds"}},{"kind":"Field","name":{"kind":"Name","value":"meanSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"readReceipts"}}]}}]} as unknown as DocumentNode<ReadTimeStatsFieldsFragment, unknown>;
export const FailureReasonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FailureReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FailureReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"known"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"platformTitle"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"likelyCause"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAction"}},{"kind":"Field","name":{"kind":"Name","value":"retry"}}]}}]} as unknown as DocumentNode<FailureReasonFieldsFragment, unknown>;
export const FunnelRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FunnelRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunnelRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"replied"}},{"kind":"Field","name":{"kind":"Name","value":"converted"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"readRate"}},{"kind":"Field","name":{"kind":"Name","value":"replyRate"}},{"kind":"Field","name":{"kind":"Name","value":"conversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"unavailable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianSecondsToRead"}},{"kind":"Field","name":{"kind":"Name","value":"medianSecondsToReply"}},{"kind":"Field","name":{"kind":"Name","value":"optOuts"}},{"kind":"Field","name":{"kind":"Name","value":"optOutRate"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"complaintRate"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"costPerMessage"}}]}}]} as unknown as DocumentNode<FunnelRowFieldsFragment, unknown>;
export const MetricFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableReason"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<MetricFieldsFragment, unknown>;
export const AgentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AgentFieldsFragment, unknown>;
export const AlertRuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"accountIds"}},{"kind":"Field","name":{"kind":"Name","value":"emailRecipients"}},{"kind":"Field","name":{"kind":"Name","value":"notifyWebhook"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AlertRuleFieldsFragment, unknown>;
export const AlertDeliverySettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertDeliverySettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertDeliverySettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"webhookSecretHint"}},{"kind":"Field","name":{"kind":"Name","value":"emailEnabled"}}]}}]} as unknown as DocumentNode<AlertDeliverySettingsFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const TenantSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<TenantSettingsFieldsFragment, unknown>;
export const CampaignFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"codes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"templateName"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"spend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalSpend"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CampaignFieldsFragment, unknown>;
export const MarketingSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MarketingSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MarketingSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributionWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"reportingCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"exchangeRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messagePrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MarketingSettingsFieldsFragment, unknown>;
export const MonitoringSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonitoringSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierEra"}},{"kind":"Field","name":{"kind":"Name","value":"complaintSpikeThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MonitoringSettingsFieldsFragment, unknown>;
export const BusinessAccountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BusinessAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"wabaId"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<BusinessAccountFieldsFragment, unknown>;
export const SlaSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SlaSettingsFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]} as unknown as DocumentNode<UserFieldsFragment, unknown>;
export const SatisfactionFigureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SatisfactionFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SatisfactionFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survey"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"promoters"}},{"kind":"Field","name":{"kind":"Name","value":"passives"}},{"kind":"Field","name":{"kind":"Name","value":"detractors"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}}]}}]} as unknown as DocumentNode<SatisfactionFigureFieldsFragment, unknown>;
export const SatisfactionGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SatisfactionGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SatisfactionGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"nps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SatisfactionFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SatisfactionFigureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SatisfactionFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SatisfactionFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survey"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"promoters"}},{"kind":"Field","name":{"kind":"Name","value":"passives"}},{"kind":"Field","name":{"kind":"Name","value":"detractors"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}}]}}]} as unknown as DocumentNode<SatisfactionGroupFieldsFragment, unknown>;
export const DurationStatsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DurationStatsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DurationStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"medianMs"}},{"kind":"Field","name":{"kind":"Name","value":"p90Ms"}},{"kind":"Field","name":{"kind":"Name","value":"meanMs"}}]}}]} as unknown as DocumentNode<DurationStatsFieldsFragment, unknown>;
export const SupportGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"}},{"kind":"Field","name":{"kind":"Name","value":"handled"}},{"kind":"Field","name":{"kind":"Name","value":"agentMessages"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"reopened"}},{"kind":"Field","name":{"kind":"Name","value":"botHandoffs"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DurationStatsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DurationStatsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DurationStatsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetMs"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"measured"}},{"kind":"Field","name":{"kind":"Name","value":"within"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DurationStatsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DurationStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"medianMs"}},{"kind":"Field","name":{"kind":"Name","value":"p90Ms"}},{"kind":"Field","name":{"kind":"Name","value":"meanMs"}}]}}]} as unknown as DocumentNode<SupportGroupFieldsFragment, unknown>;
export const SessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenantSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<SessionQuery, SessionQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const UpdateMyLocaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyLocale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<UpdateMyLocaleMutation, UpdateMyLocaleMutationVariables>;
export const EngagementMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"drillDown"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementDrillDown"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagementMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"drillDown"},"value":{"kind":"Variable","name":{"kind":"Name","value":"drillDown"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"accountExternalId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"templateName"}},{"kind":"Field","name":{"kind":"Name","value":"campaignKey"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"timeToReadSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<EngagementMessagesQuery, EngagementMessagesQueryVariables>;
export const AlertUnreadCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertUnreadCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertUnreadCount"}}]}}]} as unknown as DocumentNode<AlertUnreadCountQuery, AlertUnreadCountQueryVariables>;
export const AlertFiringsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertFirings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertFirings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFiringFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFiringFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertFiring"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"conditionAt"}},{"kind":"Field","name":{"kind":"Name","value":"firedAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}}]} as unknown as DocumentNode<AlertFiringsQuery, AlertFiringsQueryVariables>;
export const MarkAlertsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAlertsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAlertsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkAlertsReadMutation, MarkAlertsReadMutationVariables>;
export const AttributedConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttributedConversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"drillDown"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignDrillDown"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributedConversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"drillDown"},"value":{"kind":"Variable","name":{"kind":"Name","value":"drillDown"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"accountExternalId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDetail"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AttributedConversationsQuery, AttributedConversationsQueryVariables>;
export const AttributedConversionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttributedConversions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"model"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttributionModel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"drillDown"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignDrillDown"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributedConversions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"model"},"value":{"kind":"Variable","name":{"kind":"Name","value":"model"}}},{"kind":"Argument","name":{"kind":"Name","value":"drillDown"},"value":{"kind":"Variable","name":{"kind":"Name","value":"drillDown"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"valueConverted"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"touchAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}}]}}]} as unknown as DocumentNode<AttributedConversionsQuery, AttributedConversionsQueryVariables>;
export const CampaignFunnelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignFunnel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funnel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"CAMPAIGN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"replied"}},{"kind":"Field","name":{"kind":"Name","value":"converted"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"readRate"}},{"kind":"Field","name":{"kind":"Name","value":"replyRate"}},{"kind":"Field","name":{"kind":"Name","value":"conversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"unavailable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CampaignFunnelQuery, CampaignFunnelQueryVariables>;
export const CampaignPerformanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignPerformance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"model"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttributionModel"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"model"},"value":{"kind":"Variable","name":{"kind":"Name","value":"model"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignPerformanceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignPerformanceRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignPerformanceRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueContacts"}},{"kind":"Field","name":{"kind":"Name","value":"newOptIns"}},{"kind":"Field","name":{"kind":"Name","value":"messagesSent"}},{"kind":"Field","name":{"kind":"Name","value":"replies"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"costPerConversation"}},{"kind":"Field","name":{"kind":"Name","value":"costPerConversion"}},{"kind":"Field","name":{"kind":"Name","value":"roas"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignPerformanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignPerformance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"unconvertedCurrencies"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignPerformanceRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignPerformanceRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}}]}}]}}]} as unknown as DocumentNode<CampaignPerformanceQuery, CampaignPerformanceQueryVariables>;
export const CampaignSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"model"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttributionModel"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"SOURCE"}},{"kind":"Argument","name":{"kind":"Name","value":"model"},"value":{"kind":"Variable","name":{"kind":"Name","value":"model"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignPerformanceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignPerformanceRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignPerformanceRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueContacts"}},{"kind":"Field","name":{"kind":"Name","value":"newOptIns"}},{"kind":"Field","name":{"kind":"Name","value":"messagesSent"}},{"kind":"Field","name":{"kind":"Name","value":"replies"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"costPerConversation"}},{"kind":"Field","name":{"kind":"Name","value":"costPerConversion"}},{"kind":"Field","name":{"kind":"Name","value":"roas"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignPerformanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignPerformance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"unconvertedCurrencies"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignPerformanceRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignPerformanceRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}}]}}]}}]} as unknown as DocumentNode<CampaignSourcesQuery, CampaignSourcesQueryVariables>;
export const ComplaintTrendsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintTrends"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintTrends"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"judged"}},{"kind":"Field","name":{"kind":"Name","value":"notJudgedReason"}},{"kind":"Field","name":{"kind":"Name","value":"historyDays"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"stdDev"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"spike"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"isoWeek"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintTrendsQuery, ComplaintTrendsQueryVariables>;
export const ComplaintBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintDimension"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]} as unknown as DocumentNode<ComplaintBreakdownQuery, ComplaintBreakdownQueryVariables>;
export const ComplaintEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"drillDown"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintDrillDown"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"drillDown"},"value":{"kind":"Variable","name":{"kind":"Name","value":"drillDown"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"templateName"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"relatedMessageId"}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintEventsQuery, ComplaintEventsQueryVariables>;
export const ContactLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}},{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"formId"}},{"kind":"Field","name":{"kind":"Name","value":"capturedBy"}},{"kind":"Field","name":{"kind":"Name","value":"proofRef"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"now"},"name":{"kind":"Name","value":"states"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactConsentState"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"atInstant"},"name":{"kind":"Name","value":"states"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactConsentState"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactConsentState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentStateAt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"blocked"}}]}}]} as unknown as DocumentNode<ContactLedgerQuery, ContactLedgerQueryVariables>;
export const ImportConsentRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportConsentRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importConsentRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportConsentRecordsMutation, ImportConsentRecordsMutationVariables>;
export const ComplianceRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplianceRulesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contentRuleCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"regulated"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"termCount"}},{"kind":"Field","name":{"kind":"Name","value":"exceptionCount"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSetVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplianceRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frequencyCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"windowHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"startMinute"}},{"kind":"Field","name":{"kind":"Name","value":"endMinute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contentRuleOverrides"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<ComplianceRulesQuery, ComplianceRulesQueryVariables>;
export const UpdateComplianceRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateComplianceRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateComplianceSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplianceRulesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplianceRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frequencyCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"windowHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"startMinute"}},{"kind":"Field","name":{"kind":"Name","value":"endMinute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contentRuleOverrides"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<UpdateComplianceRulesMutation, UpdateComplianceRulesMutationVariables>;
export const EngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Engagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementDimension"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadTimeStatsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"histogram"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadTimeStatsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"heatmap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"readRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianSeconds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadTimeStatsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReadTimeStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRateUnavailableReason"}},{"kind":"Field","name":{"kind":"Name","value":"readRate"}},{"kind":"Field","name":{"kind":"Name","value":"readRateUnavailableReason"}},{"kind":"Field","name":{"kind":"Name","value":"timedReads"}},{"kind":"Field","name":{"kind":"Name","value":"medianSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"p90Seconds"}},{"kind":"Field","name":{"kind":"Name","value":"p99Seconds"}},{"kind":"Field","name":{"kind":"Name","value":"meanSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"readReceipts"}}]}}]} as unknown as DocumentNode<EngagementQuery, EngagementQueryVariables>;
export const FailureReasonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FailureReasons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failureReasons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FailureReasonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FailureReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FailureReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"known"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"platformTitle"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"likelyCause"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAction"}},{"kind":"Field","name":{"kind":"Name","value":"retry"}}]}}]} as unknown as DocumentNode<FailureReasonsQuery, FailureReasonsQueryVariables>;
export const FunnelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Funnel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FunnelDimension"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funnel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FunnelRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FunnelRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FunnelRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunnelRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"replied"}},{"kind":"Field","name":{"kind":"Name","value":"converted"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"readRate"}},{"kind":"Field","name":{"kind":"Name","value":"replyRate"}},{"kind":"Field","name":{"kind":"Name","value":"conversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"unavailable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianSecondsToRead"}},{"kind":"Field","name":{"kind":"Name","value":"medianSecondsToReply"}},{"kind":"Field","name":{"kind":"Name","value":"optOuts"}},{"kind":"Field","name":{"kind":"Name","value":"optOutRate"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"complaintRate"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"costPerMessage"}}]}}]} as unknown as DocumentNode<FunnelQuery, FunnelQueryVariables>;
export const TemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Templates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"accountExternalId"}},{"kind":"Field","name":{"kind":"Name","value":"businessAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"stateUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"replied"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"optOuts"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRateUnavailableReason"}},{"kind":"Field","name":{"kind":"Name","value":"readRate"}},{"kind":"Field","name":{"kind":"Name","value":"readRateUnavailableReason"}},{"kind":"Field","name":{"kind":"Name","value":"readReceipts"}},{"kind":"Field","name":{"kind":"Name","value":"medianTimeToReadSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"medianTimeToReadUnavailableReason"}}]}}]}}]}}]} as unknown as DocumentNode<TemplatesQuery, TemplatesQueryVariables>;
export const TemplateDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TemplateDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templateHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"accountExternalId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"templateFailures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FailureReasonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FailureReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FailureReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"known"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"platformTitle"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"likelyCause"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAction"}},{"kind":"Field","name":{"kind":"Name","value":"retry"}}]}}]} as unknown as DocumentNode<TemplateDetailQuery, TemplateDetailQueryVariables>;
export const FilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FilterOptionsQuery, FilterOptionsQueryVariables>;
export const OverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianTimeToReadSeconds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeConversations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianFirstResponseSeconds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openViolations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volumeByChannelAndDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"received"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"readRate"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryReceipts"}},{"kind":"Field","name":{"kind":"Name","value":"readReceipts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableReason"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const AccountHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountHealth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountHealth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountExternalId"}},{"kind":"Field","name":{"kind":"Name","value":"businessAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"era"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"qualityRating"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"messagingLimit"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedSince"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reached24h"}},{"kind":"Field","name":{"kind":"Name","value":"reached7d"}},{"kind":"Field","name":{"kind":"Name","value":"portfolioId"}},{"kind":"Field","name":{"kind":"Name","value":"portfolioReached24h"}},{"kind":"Field","name":{"kind":"Name","value":"portfolioReached7d"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"usage24h"}},{"kind":"Field","name":{"kind":"Name","value":"progress7d"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"}},{"kind":"Field","name":{"kind":"Name","value":"projectedUpgradeAt"}},{"kind":"Field","name":{"kind":"Name","value":"downgradeRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"due"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountHealthQuery, AccountHealthQueryVariables>;
export const AccountQualityHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountQualityHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountQualityHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"qualityRating"}},{"kind":"Field","name":{"kind":"Name","value":"previousQualityRating"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"messagingLimit"}},{"kind":"Field","name":{"kind":"Name","value":"previousMessagingLimit"}}]}}]}}]} as unknown as DocumentNode<AccountQualityHistoryQuery, AccountQualityHistoryQueryVariables>;
export const TemplateStatusHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TemplateStatusHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"templateName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templateStatusHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"templateName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"templateName"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"templateName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"previousQuality"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}}]}}]}}]}}]} as unknown as DocumentNode<TemplateStatusHistoryQuery, TemplateStatusHistoryQueryVariables>;
export const TeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Teams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<TeamsQuery, TeamsQueryVariables>;
export const AgentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AgentsQuery, AgentsQueryVariables>;
export const CreateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateTeamMutation, CreateTeamMutationVariables>;
export const UpdateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateTeamMutation, UpdateTeamMutationVariables>;
export const DeleteTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteTeamMutation, DeleteTeamMutationVariables>;
export const CreateAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateAgentMutation, CreateAgentMutationVariables>;
export const UpdateAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateAgentMutation, UpdateAgentMutationVariables>;
export const DeleteAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteAgentMutation, DeleteAgentMutationVariables>;
export const AlertRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"accountIds"}},{"kind":"Field","name":{"kind":"Name","value":"emailRecipients"}},{"kind":"Field","name":{"kind":"Name","value":"notifyWebhook"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AlertRulesQuery, AlertRulesQueryVariables>;
export const CreateAlertRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAlertRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAlertRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"accountIds"}},{"kind":"Field","name":{"kind":"Name","value":"emailRecipients"}},{"kind":"Field","name":{"kind":"Name","value":"notifyWebhook"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateAlertRuleMutation, CreateAlertRuleMutationVariables>;
export const UpdateAlertRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAlertRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAlertRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"accountIds"}},{"kind":"Field","name":{"kind":"Name","value":"emailRecipients"}},{"kind":"Field","name":{"kind":"Name","value":"notifyWebhook"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateAlertRuleMutation, UpdateAlertRuleMutationVariables>;
export const DeleteAlertRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAlertRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAlertRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteAlertRuleMutation, DeleteAlertRuleMutationVariables>;
export const AlertDeliverySettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertDeliverySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertDeliverySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertDeliverySettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertDeliverySettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertDeliverySettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"webhookSecretHint"}},{"kind":"Field","name":{"kind":"Name","value":"emailEnabled"}}]}}]} as unknown as DocumentNode<AlertDeliverySettingsQuery, AlertDeliverySettingsQueryVariables>;
export const UpdateAlertWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAlertWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAlertWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertDeliverySettingsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertDeliverySettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertDeliverySettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"webhookSecretHint"}},{"kind":"Field","name":{"kind":"Name","value":"emailEnabled"}}]}}]} as unknown as DocumentNode<UpdateAlertWebhookMutation, UpdateAlertWebhookMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const TenantSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TenantSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<TenantSettingsQuery, TenantSettingsQueryVariables>;
export const UpdateTenantSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTenantSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TenantSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenantSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TenantSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TenantSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateTenantSettingsMutation, UpdateTenantSettingsMutationVariables>;
export const CampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"codes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"templateName"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"spend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalSpend"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CampaignsQuery, CampaignsQueryVariables>;
export const CreateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"codes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"templateName"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"spend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalSpend"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const UpdateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"codes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"templateName"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"spend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalSpend"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateCampaignMutation, UpdateCampaignMutationVariables>;
export const DeleteCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteCampaignMutation, DeleteCampaignMutationVariables>;
export const SetCampaignSpendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCampaignSpend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spend"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DailySpendInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCampaignSpend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"spend"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spend"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"codes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"templateName"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"spend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalSpend"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SetCampaignSpendMutation, SetCampaignSpendMutationVariables>;
export const MarketingSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MarketingSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MarketingSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MarketingSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributionWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"reportingCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"exchangeRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messagePrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MarketingSettingsQuery, MarketingSettingsQueryVariables>;
export const UpdateMarketingSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMarketingSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarketingSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMarketingSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MarketingSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MarketingSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MarketingSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributionWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"reportingCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"exchangeRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messagePrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateMarketingSettingsMutation, UpdateMarketingSettingsMutationVariables>;
export const MonitoringSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonitoringSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitoringSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonitoringSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonitoringSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierEra"}},{"kind":"Field","name":{"kind":"Name","value":"complaintSpikeThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MonitoringSettingsQuery, MonitoringSettingsQueryVariables>;
export const UpdateMonitoringSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMonitoringSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMonitoringSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonitoringSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonitoringSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierEra"}},{"kind":"Field","name":{"kind":"Name","value":"complaintSpikeThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateMonitoringSettingsMutation, UpdateMonitoringSettingsMutationVariables>;
export const BusinessAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BusinessAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BusinessAccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BusinessAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"wabaId"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<BusinessAccountsQuery, BusinessAccountsQueryVariables>;
export const CreateBusinessAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBusinessAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBusinessAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BusinessAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BusinessAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"wabaId"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateBusinessAccountMutation, CreateBusinessAccountMutationVariables>;
export const UpdateBusinessAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBusinessAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBusinessAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BusinessAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BusinessAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"wabaId"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateBusinessAccountMutation, UpdateBusinessAccountMutationVariables>;
export const DeleteBusinessAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBusinessAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBusinessAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteBusinessAccountMutation, DeleteBusinessAccountMutationVariables>;
export const UpdateMyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const ChangeMyPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMyPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMyPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangeMyPasswordMutation, ChangeMyPasswordMutationVariables>;
export const SlaSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SlaSettingsQuery, SlaSettingsQueryVariables>;
export const UpdateSlaSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSlaSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targets"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SlaTargetInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSlaSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targets"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateSlaSettingsMutation, UpdateSlaSettingsMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const ResponseTimeDistributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseTimeDistribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportMetric"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeBasis"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseTimeDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"fromMs"}},{"kind":"Field","name":{"kind":"Name","value":"toMs"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<ResponseTimeDistributionQuery, ResponseTimeDistributionQueryVariables>;
export const SupportHeatmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportHeatmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportHeatmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"}},{"kind":"Field","name":{"kind":"Name","value":"medianFirstResponseMs"}}]}}]}}]} as unknown as DocumentNode<SupportHeatmapQuery, SupportHeatmapQueryVariables>;
export const SatisfactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Satisfaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SatisfactionGroupBy"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SatisfactionGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SatisfactionGroupFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SatisfactionFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SatisfactionFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survey"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"promoters"}},{"kind":"Field","name":{"kind":"Name","value":"passives"}},{"kind":"Field","name":{"kind":"Name","value":"detractors"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SatisfactionGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SatisfactionGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"nps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SatisfactionFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SatisfactionFigureFields"}}]}}]}}]} as unknown as DocumentNode<SatisfactionQuery, SatisfactionQueryVariables>;
export const SurveyCommentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyComments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"survey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxScore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyComments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"survey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"survey"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxScore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxScore"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"survey"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyCommentsQuery, SurveyCommentsQueryVariables>;
export const SupportConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportConversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeBasis"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"breach"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SlaKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportConversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"breach"},"value":{"kind":"Variable","name":{"kind":"Name","value":"breach"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMs"}},{"kind":"Field","name":{"kind":"Name","value":"longestReplyMs"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMs"}},{"kind":"Field","name":{"kind":"Name","value":"reopened"}},{"kind":"Field","name":{"kind":"Name","value":"botHandoffAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerMessages"}},{"kind":"Field","name":{"kind":"Name","value":"agentMessages"}},{"kind":"Field","name":{"kind":"Name","value":"breaches"}}]}}]}}]}}]} as unknown as DocumentNode<SupportConversationsQuery, SupportConversationsQueryVariables>;
export const SupportPerformanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportPerformance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportGroupBy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeBasis"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportGroupFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DurationStatsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DurationStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"medianMs"}},{"kind":"Field","name":{"kind":"Name","value":"p90Ms"}},{"kind":"Field","name":{"kind":"Name","value":"meanMs"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"}},{"kind":"Field","name":{"kind":"Name","value":"handled"}},{"kind":"Field","name":{"kind":"Name","value":"agentMessages"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"reopened"}},{"kind":"Field","name":{"kind":"Name","value":"botHandoffs"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DurationStatsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DurationStatsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DurationStatsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetMs"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"measured"}},{"kind":"Field","name":{"kind":"Name","value":"within"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}}]}}]}}]} as unknown as DocumentNode<SupportPerformanceQuery, SupportPerformanceQueryVariables>;