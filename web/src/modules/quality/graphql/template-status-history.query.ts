import { graphql } from '@web/generated';

export const TemplateStatusHistoryQuery = graphql(`
  query TemplateStatusHistory($filter: AnalyticsFilter!, $templateName: String, $page: PageInput) {
    templateStatusHistory(filter: $filter, templateName: $templateName, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        occurredAt
        templateName
        language
        category
        status
        previousStatus
        quality
        previousQuality
        reason
        accountId
      }
    }
  }
`);
