import { isoDay } from './product';

/** Pages the benchmark can be limited to (`--pages`); each dashboard page with its drill-downs and detail views. */
export const PAGES = ['overview', 'engagement', 'campaigns', 'support', 'quality', 'complaints', 'alerts'] as const;
export type Page = (typeof PAGES)[number];

export interface Operation {
  page: Page;
  /** Where on the page the operation is sent (the table's first column). */
  section: string;
  name: string;
  query: string;
  /** Variables for one run; `shift` moves the period `shift` days back, so no run repeats another's filter. */
  variables: (shift: number) => Record<string, unknown>;
}

/** Ids the detail views need, read from the seeded product before timing; operations without them are left out. */
export interface OperationContext {
  templateName?: string;
  /** BusinessAccount.id of a WhatsApp account with quality history. */
  accountId?: string;
}

const day = (shift: number, back: number) => isoDay(Date.now() - (shift + back) * 86_400_000);
/** The pages' default period: the last 30 days, ending `shift` days back. */
const last30 = (shift: number) => ({ from: day(shift, 29), to: day(shift, 0) });
const last365 = (shift: number) => ({ from: day(shift, 365), to: day(shift, 0) });

/** The landing page: every KPI tile with its sparkline and previous period, volume by channel and day. */
function overview(): Operation[] {
  const metric = 'value previousValue change unit sampleSize unavailableReason series { date value }';
  const tiles = [
    'messages',
    'deliveryRate',
    'readRate',
    'medianTimeToReadSeconds',
    'activeConversations',
    'medianFirstResponseSeconds',
    'nps',
    'complaintRate',
    'openViolations',
  ];
  return [
    {
      page: 'overview',
      section: 'Overview',
      name: 'overview',
      query: `query O($filter: AnalyticsFilter!) { overview(filter: $filter) {
        timeZone period { from to } previousPeriod { from to }
        ${tiles.map((tile) => `${tile} { ${metric} }`).join('\n        ')}
        volumeByChannelAndDay { date channel sent received }
        channels { channel sent delivered read received deliveryRate readRate deliveryReceipts readReceipts } } }`,
      variables: (shift) => ({ filter: last30(shift) }),
    },
  ];
}

function engagementAndCampaigns(context: OperationContext): Operation[] {
  const stats = 'sent delivered read deliveryRate readRate medianSeconds p90Seconds p99Seconds meanSeconds';
  const engagement = `query E($filter: AnalyticsFilter!, $groupBy: EngagementDimension) {
    engagement(filter: $filter, groupBy: $groupBy) {
      timeZone total { ${stats} } days { date sent delivered read medianSeconds }
      histogram { bucket count } heatmap { dayOfWeek hour sent read readRate medianSeconds }
      groups { key label stats { ${stats} } } } }`;
  const funnel = `query F($filter: AnalyticsFilter!, $groupBy: FunnelDimension) {
    funnel(filter: $filter, groupBy: $groupBy) {
      currency windowDays
      rows { key label sent delivered read replied converted medianSecondsToRead medianSecondsToReply
             optOutRate complaintRate cost costPerMessage } } }`;
  const performance = `query P($filter: AnalyticsFilter!, $groupBy: CampaignDimension, $model: AttributionModel) {
    campaignPerformance(filter: $filter, groupBy: $groupBy, model: $model) {
      currency windowDays unconvertedCurrencies
      total { conversations uniqueContacts conversions revenue spend costPerConversion roas }
      rows { key label conversations uniqueContacts newOptIns messagesSent replies conversions revenue spend
             costPerConversation costPerConversion roas }
      days { date conversations conversions revenue spend } } }`;
  const ops: Operation[] = [
    ...(['CHANNEL', 'ACCOUNT', 'TEMPLATE', 'CATEGORY', 'CAMPAIGN'] as const).map((groupBy) => ({
      page: 'engagement' as const,
      section: 'Engagement',
      name: `engagement by ${groupBy.toLowerCase()}`,
      query: engagement,
      variables: (shift: number) => ({ filter: last30(shift), groupBy }),
    })),
    {
      page: 'engagement',
      section: 'Engagement',
      name: 'failureReasons',
      query: `query R($filter: AnalyticsFilter!) { failureReasons(filter: $filter) { channel errorCode count share meaning } }`,
      variables: (shift) => ({ filter: last30(shift) }),
    },
    {
      page: 'engagement',
      section: 'Engagement',
      name: 'templates (last 365 days)',
      query: `query T($filter: AnalyticsFilter!) { templates(filter: $filter) {
        nodes { name language channel category sent delivered read failed replied complaints optOuts readRate medianTimeToReadSeconds quality status } totalCount } }`,
      variables: (shift) => ({ filter: last365(shift) }),
    },
    {
      page: 'engagement',
      section: 'Engagement',
      name: 'funnel by channel',
      query: funnel,
      variables: (shift) => ({ filter: last30(shift), groupBy: 'CHANNEL' }),
    },
    {
      page: 'engagement',
      section: 'Drill-down',
      name: 'engagementMessages (first page)',
      query: `query M($filter: AnalyticsFilter!, $drillDown: EngagementDrillDown) {
        engagementMessages(filter: $filter, drillDown: $drillDown, page: { first: 50 }) {
          nodes { messageId channel sentAt readAt timeToReadSeconds } totalCount } }`,
      variables: (shift) => ({ filter: last30(shift), drillDown: { dimension: 'CHANNEL', key: 'whatsapp' } }),
    },
    ...(['CAMPAIGN', 'SOURCE', 'CHANNEL'] as const).map((groupBy) => ({
      page: 'campaigns' as const,
      section: 'Campaigns',
      name: `campaignPerformance by ${groupBy.toLowerCase()}, last touch`,
      query: performance,
      variables: (shift: number) => ({ filter: last30(shift), groupBy, model: 'LAST_TOUCH' }),
    })),
    {
      page: 'campaigns',
      section: 'Campaigns',
      name: 'campaignPerformance by campaign, first touch',
      query: performance,
      variables: (shift) => ({ filter: last30(shift), groupBy: 'CAMPAIGN', model: 'FIRST_TOUCH' }),
    },
    {
      page: 'campaigns',
      section: 'Campaigns',
      name: 'funnel by campaign',
      query: funnel,
      variables: (shift) => ({ filter: last30(shift), groupBy: 'CAMPAIGN' }),
    },
    {
      page: 'campaigns',
      section: 'Drill-down',
      name: 'attributedConversations (first page)',
      query: `query C($filter: AnalyticsFilter!) { attributedConversations(filter: $filter, page: { first: 50 }) {
        nodes { conversationId channel startedAt sourceKind } totalCount } }`,
      variables: (shift) => ({ filter: last30(shift) }),
    },
    {
      page: 'campaigns',
      section: 'Drill-down',
      name: 'attributedConversions (first page)',
      query: `query V($filter: AnalyticsFilter!) { attributedConversions(filter: $filter, page: { first: 50 }) {
        nodes { eventId occurredAt value currency sourceKind } totalCount } }`,
      variables: (shift) => ({ filter: last30(shift) }),
    },
  ];
  if (context.templateName) {
    const name = context.templateName;
    ops.push(
      {
        page: 'engagement',
        section: 'Template detail',
        name: 'templateHistory',
        query: `query H($name: String!) { templateHistory(name: $name) { occurredAt reason changes { field from to } } }`,
        variables: () => ({ name }),
      },
      {
        page: 'engagement',
        section: 'Template detail',
        name: 'templateFailures (last 365 days)',
        query: `query TF($filter: AnalyticsFilter!, $name: String!) {
          templateFailures(filter: $filter, name: $name) { channel errorCode count meaning } }`,
        variables: (shift) => ({ filter: last365(shift), name }),
      },
    );
  }
  return ops;
}

function support(): Operation[] {
  const duration = 'count medianMs p90Ms meanMs';
  const group = `key label conversations handled agentMessages resolved reopened botHandoffs
    firstResponse { ${duration} } reply { ${duration} } resolution { ${duration} }
    sla { kind targetMs basis measured within attainment }`;
  const performance = `query SP($filter: AnalyticsFilter!, $groupBy: SupportGroupBy!, $basis: TimeBasis!) {
    supportPerformance(filter: $filter, groupBy: $groupBy, basis: $basis) {
      asOf basis totals { ${group} } groups { ${group} } } }`;
  const conversations = `query SC($filter: AnalyticsFilter!, $basis: TimeBasis!, $breach: SlaKind) {
    supportConversations(filter: $filter, basis: $basis, breach: $breach, page: { first: 50 }) {
      nodes { id channel accountId contactId agentId agentName teamId teamName startedAt firstResponseAt
              firstResponseMs longestReplyMs resolvedAt resolutionMs reopened botHandoffAt customerMessages
              agentMessages breaches }
      pageInfo { endCursor hasNextPage } totalCount } }`;
  const satisfaction = 'survey answers score promoters passives detractors responseRate';
  return [
    ...(['AGENT', 'TEAM', 'DAY'] as const).flatMap((groupBy) =>
      (['CALENDAR', 'BUSINESS'] as const).map((basis) => ({
        page: 'support' as const,
        section: 'Support',
        name: `supportPerformance by ${groupBy.toLowerCase()}, ${basis.toLowerCase()}`,
        query: performance,
        variables: (shift: number) => ({ filter: last30(shift), groupBy, basis }),
      })),
    ),
    {
      page: 'support',
      section: 'Support',
      name: 'responseTimeDistribution (first response, calendar)',
      query: `query RD($filter: AnalyticsFilter!) {
        responseTimeDistribution(filter: $filter, metric: FIRST_RESPONSE, basis: CALENDAR) { label fromMs toMs count } }`,
      variables: (shift) => ({ filter: last30(shift) }),
    },
    {
      page: 'support',
      section: 'Support',
      name: 'supportHeatmap',
      query: `query SH($filter: AnalyticsFilter!) {
        supportHeatmap(filter: $filter) { dayOfWeek hour conversations medianFirstResponseMs } }`,
      variables: (shift) => ({ filter: last30(shift) }),
    },
    {
      page: 'support',
      section: 'Drill-down',
      name: 'supportConversations (first page)',
      query: conversations,
      variables: (shift) => ({ filter: last30(shift), basis: 'CALENDAR' }),
    },
    {
      page: 'support',
      section: 'Drill-down',
      name: 'supportConversations (first page, first-response breaches)',
      query: conversations,
      variables: (shift) => ({ filter: last30(shift), basis: 'CALENDAR', breach: 'FIRST_RESPONSE' }),
    },
    {
      page: 'support',
      section: 'Support',
      name: 'satisfaction by agent',
      query: `query SA($filter: AnalyticsFilter!) { satisfaction(filter: $filter, groupBy: AGENT) {
        totals { key label nps { ${satisfaction} } csat { ${satisfaction} } }
        groups { key label nps { ${satisfaction} } csat { ${satisfaction} } } } }`,
      variables: (shift) => ({ filter: last30(shift) }),
    },
    {
      page: 'support',
      section: 'Support',
      name: 'surveyComments (first page)',
      query: `query SU($filter: AnalyticsFilter!) { surveyComments(filter: $filter, page: { first: 50 }) {
        nodes { id survey score comment answeredAt channel agentId agentName conversationId }
        pageInfo { endCursor hasNextPage } totalCount } }`,
      variables: (shift) => ({ filter: last30(shift) }),
    },
  ];
}

function quality(context: OperationContext): Operation[] {
  const ops: Operation[] = [
    {
      page: 'quality',
      section: 'Quality & tiers',
      name: 'accountHealth',
      query: `query AH($filter: AnalyticsFilter!) { accountHealth(filter: $filter) {
        accountExternalId businessAccountId channel displayName displayPhoneNumber era flaggedSince lastChangedAt
        messagingLimit qualityRating reached24h reached7d scope status portfolioId portfolioReached24h portfolioReached7d
        tier { blockers eligible limit next progress7d projectedUpgradeAt threshold usage24h
               downgradeRisk { __typename } } } }`,
      variables: (shift) => ({ filter: last30(shift) }),
    },
  ];
  const history = `query TS($filter: AnalyticsFilter!, $templateName: String) {
    templateStatusHistory(filter: $filter, templateName: $templateName, page: { first: 50 }) {
      nodes { id occurredAt templateName language category status quality previousStatus previousQuality reason accountId }
      pageInfo { endCursor hasNextPage } totalCount } }`;
  ops.push({
    page: 'quality',
    section: 'Quality & tiers',
    name: 'templateStatusHistory (first page)',
    query: history,
    variables: (shift) => ({ filter: last30(shift) }),
  });
  if (context.templateName) {
    const templateName = context.templateName;
    ops.push({
      page: 'quality',
      section: 'Quality & tiers',
      name: 'templateStatusHistory (one template, first page)',
      query: history,
      variables: (shift) => ({ filter: last30(shift), templateName }),
    });
  }
  if (context.accountId) {
    const accountId = context.accountId;
    ops.push({
      page: 'quality',
      section: 'Quality & tiers',
      name: 'accountQualityHistory',
      query: `query AQ($accountId: ID!) { accountQualityHistory(accountId: $accountId) {
        id occurredAt event qualityRating previousQualityRating messagingLimit previousMessagingLimit scope status } }`,
      variables: () => ({ accountId }),
    });
  }
  return ops;
}

function complaints(): Operation[] {
  return [
    {
      page: 'complaints',
      section: 'Complaints',
      name: 'complaintTrends',
      query: `query CT($filter: AnalyticsFilter!) { complaintTrends(filter: $filter) {
        complaints delivered rate threshold timeZone period { from to }
        days { date complaints delivered rate spike judged limit mean stdDev historyDays reason notJudgedReason }
        weeks { complaints delivered days }
        kinds { kind complaints rate } topReasons { reason complaints } } }`,
      variables: (shift) => ({ filter: last30(shift) }),
    },
    ...(['TEMPLATE', 'CAMPAIGN', 'ACCOUNT', 'CATEGORY'] as const).map((by) => ({
      page: 'complaints' as const,
      section: 'Complaints',
      name: `complaintBreakdown by ${by.toLowerCase()}`,
      query: `query CB($filter: AnalyticsFilter!, $by: ComplaintDimension!) {
        complaintBreakdown(filter: $filter, by: $by) { key complaints delivered rate } }`,
      variables: (shift: number) => ({ filter: last30(shift), by }),
    })),
  ];
}

/** The alerts bell in the page header: sent with every page. */
function alerts(): Operation[] {
  return [
    {
      page: 'alerts',
      section: 'Alerts',
      name: 'alertFirings (first page)',
      query: `query AF { alertFirings(page: { first: 50 }) {
        nodes { id ruleId ruleName kind severity title detail accountId conditionAt firedAt read link
                deliveries { channel status attempts lastError deliveredAt } }
        pageInfo { endCursor hasNextPage } totalCount } }`,
      variables: () => ({}),
    },
    {
      page: 'alerts',
      section: 'Alerts',
      name: 'alertUnreadCount',
      query: 'query AU { alertUnreadCount }',
      variables: () => ({}),
    },
  ];
}

/** Every operation of the selected pages, in page order. */
export function pageOperations(pages: readonly Page[], context: OperationContext): Operation[] {
  const all = [
    ...overview(),
    ...engagementAndCampaigns(context),
    ...support(),
    ...quality(context),
    ...complaints(),
    ...alerts(),
  ];
  return PAGES.filter((page) => pages.includes(page)).flatMap((page) => all.filter((op) => op.page === page));
}

/** Parses `--pages a,b`; every page when absent. */
export function parsePages(value: string | undefined): Page[] {
  if (!value) return [...PAGES];
  const pages = value.split(',').map((p) => p.trim().toLowerCase());
  const unknown = pages.filter((p) => !(PAGES as readonly string[]).includes(p));
  if (unknown.length > 0) throw new Error(`unknown page(s) ${unknown.join(', ')}; pages: ${PAGES.join(', ')}`);
  return pages as Page[];
}
