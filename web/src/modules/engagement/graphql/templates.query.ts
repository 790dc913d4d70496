import { graphql } from '@web/generated';

export const TemplatesQuery = graphql(`
  query Templates($filter: AnalyticsFilter!, $page: PageInput, $search: String) {
    templates(filter: $filter, page: $page, search: $search) {
      asOf
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        channel
        accountExternalId
        businessAccountId
        name
        language
        category
        status
        quality
        stateUpdatedAt
        sent
        delivered
        read
        replied
        failed
        complaints
        optOuts
        deliveryRate
        deliveryRateUnavailableReason
        readRate
        readRateUnavailableReason
        readReceipts
        medianTimeToReadSeconds
        medianTimeToReadUnavailableReason
      }
    }
  }
`);

export const TemplateDetailQuery = graphql(`
  query TemplateDetail($filter: AnalyticsFilter!, $name: String!, $language: String, $accountId: ID) {
    templateHistory(name: $name, language: $language, accountId: $accountId) {
      occurredAt
      channel
      accountExternalId
      reason
      changes {
        field
        from
        to
      }
    }
    templateFailures(filter: $filter, name: $name, language: $language) {
      ...FailureReasonFields
    }
  }
`);
