import { graphql } from '@web/generated';

export const SupportConversationsQuery = graphql(`
  query SupportConversations(
    $filter: AnalyticsFilter!
    $basis: TimeBasis!
    $breach: SlaKind
    $teamId: ID
    $page: PageInput
  ) {
    supportConversations(filter: $filter, basis: $basis, breach: $breach, teamId: $teamId, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        channel
        accountId
        contactId
        agentId
        agentName
        teamId
        teamName
        startedAt
        firstResponseAt
        firstResponseMs
        longestReplyMs
        resolvedAt
        resolutionMs
        reopened
        botHandoffAt
        customerMessages
        agentMessages
        breaches
      }
    }
  }
`);
