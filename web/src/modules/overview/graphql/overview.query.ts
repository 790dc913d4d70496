import { graphql } from '@web/generated';

export const OverviewQuery = graphql(`
  query Overview($filter: AnalyticsFilter!) {
    overview(filter: $filter) {
      timeZone
      period {
        from
        to
      }
      previousPeriod {
        from
        to
      }
      messages {
        ...MetricFields
      }
      deliveryRate {
        ...MetricFields
      }
      readRate {
        ...MetricFields
      }
      medianTimeToReadSeconds {
        ...MetricFields
      }
      activeConversations {
        ...MetricFields
      }
      medianFirstResponseSeconds {
        ...MetricFields
      }
      nps {
        ...MetricFields
      }
      complaintRate {
        ...MetricFields
      }
      openViolations {
        ...MetricFields
      }
      volumeByChannelAndDay {
        date
        channel
        sent
        received
      }
      channels {
        channel
        sent
        delivered
        read
        received
        deliveryRate
        readRate
        deliveryReceipts
        readReceipts
      }
    }
  }

  fragment MetricFields on Metric {
    value
    previousValue
    change
    unit
    sampleSize
    unavailableReason
    series {
      date
      value
    }
  }
`);
