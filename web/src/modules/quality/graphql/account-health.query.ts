import { graphql } from '@web/generated';

export const AccountHealthQuery = graphql(`
  query AccountHealth($filter: AnalyticsFilter!) {
    accountHealth(filter: $filter) {
      accountExternalId
      businessAccountId
      channel
      displayName
      displayPhoneNumber
      era
      scope
      qualityRating
      status
      messagingLimit
      flaggedSince
      lastChangedAt
      reached24h
      reached7d
      portfolioId
      portfolioReached24h
      portfolioReached7d
      tier {
        limit
        next
        threshold
        usage24h
        progress7d
        eligible
        blockers
        projectedUpgradeAt
        downgradeRisk {
          to
          at
          due
        }
      }
    }
  }
`);

export const AccountQualityHistoryQuery = graphql(`
  query AccountQualityHistory($accountId: ID!) {
    accountQualityHistory(accountId: $accountId) {
      id
      occurredAt
      event
      scope
      qualityRating
      previousQualityRating
      status
      messagingLimit
      previousMessagingLimit
    }
  }
`);
