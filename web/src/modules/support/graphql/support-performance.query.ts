import { graphql } from '@web/generated';

export const SupportPerformanceQuery = graphql(`
  query SupportPerformance($filter: AnalyticsFilter!, $groupBy: SupportGroupBy!, $basis: TimeBasis!) {
    supportPerformance(filter: $filter, groupBy: $groupBy, basis: $basis) {
      asOf
      basis
      totals {
        ...SupportGroupFields
      }
      groups {
        ...SupportGroupFields
      }
    }
  }

  fragment SupportGroupFields on SupportGroup {
    key
    label
    conversations
    handled
    agentMessages
    resolved
    reopened
    botHandoffs
    firstResponse {
      ...DurationStatsFields
    }
    reply {
      ...DurationStatsFields
    }
    resolution {
      ...DurationStatsFields
    }
    sla {
      kind
      targetMs
      basis
      measured
      within
      attainment
    }
  }

  fragment DurationStatsFields on DurationStats {
    count
    medianMs
    p90Ms
    meanMs
  }
`);
