import { graphql } from '@web/generated';

export const FunnelQuery = graphql(`
  query Funnel($filter: AnalyticsFilter!, $groupBy: FunnelDimension) {
    funnel(filter: $filter, groupBy: $groupBy) {
      timeZone
      windowDays
      currency
      period {
        from
        to
      }
      total {
        ...FunnelRowFields
      }
      rows {
        ...FunnelRowFields
      }
    }
  }

  fragment FunnelRowFields on FunnelRow {
    key
    label
    channel
    sent
    delivered
    read
    replied
    converted
    deliveryRate
    readRate
    replyRate
    conversionRate
    unavailable {
      field
      reason
    }
    medianSecondsToRead
    medianSecondsToReply
    optOuts
    optOutRate
    complaints
    complaintRate
    cost
    costPerMessage
  }
`);
