import { graphql } from '@web/generated';

export const CampaignPerformanceQuery = graphql(`
  query CampaignPerformance($filter: AnalyticsFilter!, $groupBy: CampaignDimension!, $model: AttributionModel!) {
    campaignPerformance(filter: $filter, groupBy: $groupBy, model: $model) {
      ...CampaignPerformanceFields
    }
  }

  fragment CampaignPerformanceFields on CampaignPerformance {
    asOf
    timeZone
    period {
      from
      to
    }
    model
    windowDays
    currency
    unconvertedCurrencies
    total {
      ...CampaignPerformanceRowFields
    }
    rows {
      ...CampaignPerformanceRowFields
    }
    days {
      date
      conversations
      conversions
      revenue
      spend
    }
  }

  fragment CampaignPerformanceRowFields on CampaignPerformanceRow {
    key
    label
    campaign {
      id
      key
      name
    }
    channel
    sourceKind
    conversations
    uniqueContacts
    newOptIns
    messagesSent
    replies
    conversions
    revenue
    spend
    costPerConversation
    costPerConversion
    roas
  }
`);

/** Conversations by source kind, beside the main grouping. */
export const CampaignSourcesQuery = graphql(`
  query CampaignSources($filter: AnalyticsFilter!, $model: AttributionModel!) {
    campaignPerformance(filter: $filter, groupBy: SOURCE, model: $model) {
      ...CampaignPerformanceFields
    }
  }
`);
