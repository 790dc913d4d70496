import { graphql } from '@web/generated';

export const EngagementQuery = graphql(`
  query Engagement($filter: AnalyticsFilter!, $groupBy: EngagementDimension!) {
    engagement(filter: $filter, groupBy: $groupBy) {
      asOf
      timeZone
      period {
        from
        to
      }
      total {
        ...ReadTimeStatsFields
      }
      histogram {
        bucket
        count
        share
      }
      groups {
        key
        label
        channel
        stats {
          ...ReadTimeStatsFields
        }
      }
      heatmap {
        dayOfWeek
        hour
        sent
        read
        readRate
        medianSeconds
      }
      days {
        date
        sent
        delivered
        read
        deliveryRate
        readRate
        medianSeconds
      }
    }
  }

  fragment ReadTimeStatsFields on ReadTimeStats {
    sent
    delivered
    read
    deliveryRate
    deliveryRateUnavailableReason
    readRate
    readRateUnavailableReason
    timedReads
    medianSeconds
    p90Seconds
    p99Seconds
    meanSeconds
    readReceipts
  }
`);
