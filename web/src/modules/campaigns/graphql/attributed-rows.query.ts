import { graphql } from '@web/generated';

export const AttributedConversationsQuery = graphql(`
  query AttributedConversations($filter: AnalyticsFilter!, $drillDown: CampaignDrillDown, $page: PageInput) {
    attributedConversations(filter: $filter, drillDown: $drillDown, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        conversationId
        channel
        accountExternalId
        contactId
        startedAt
        sourceKind
        sourceDetail
        campaign {
          id
          key
          name
        }
      }
    }
  }
`);

export const AttributedConversionsQuery = graphql(`
  query AttributedConversions(
    $filter: AnalyticsFilter!
    $model: AttributionModel!
    $drillDown: CampaignDrillDown
    $page: PageInput
  ) {
    attributedConversions(filter: $filter, model: $model, drillDown: $drillDown, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        eventId
        occurredAt
        kind
        contactId
        value
        currency
        valueConverted
        orderId
        campaign {
          id
          key
          name
        }
        sourceKind
        touchAt
        channel
      }
    }
  }
`);
