import { graphql } from '@web/generated';

export const EngagementMessagesQuery = graphql(`
  query EngagementMessages($filter: AnalyticsFilter!, $drillDown: EngagementDrillDown, $page: PageInput) {
    engagementMessages(filter: $filter, drillDown: $drillDown, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        messageId
        channel
        accountExternalId
        contactId
        templateName
        campaignKey
        sentAt
        deliveredAt
        readAt
        failedAt
        errorCode
        timeToReadSeconds
      }
    }
  }
`);
