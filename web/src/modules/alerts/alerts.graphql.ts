import { graphql } from '@web/generated';

export const AlertUnreadCountQuery = graphql(`
  query AlertUnreadCount {
    alertUnreadCount
  }
`);

export const AlertFiringsQuery = graphql(`
  query AlertFirings($unreadOnly: Boolean, $page: PageInput) {
    alertFirings(unreadOnly: $unreadOnly, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...AlertFiringFields
      }
    }
  }

  fragment AlertFiringFields on AlertFiring {
    id
    ruleId
    ruleName
    kind
    severity
    title
    detail
    accountId
    conditionAt
    firedAt
    read
    link
    deliveries {
      channel
      status
      attempts
      lastError
      deliveredAt
    }
  }
`);

export const MarkAlertsReadMutation = graphql(`
  mutation MarkAlertsRead($ids: [ID!]) {
    markAlertsRead(ids: $ids)
  }
`);
