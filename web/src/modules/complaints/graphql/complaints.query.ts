import { graphql } from '@web/generated';

export const ComplaintTrendsQuery = graphql(`
  query ComplaintTrends($filter: AnalyticsFilter!) {
    complaintTrends(filter: $filter) {
      timeZone
      period {
        from
        to
      }
      complaints
      delivered
      rate
      threshold
      days {
        date
        complaints
        delivered
        rate
        judged
        notJudgedReason
        historyDays
        mean
        stdDev
        limit
        spike
        reason
      }
      weeks {
        weekStart
        isoWeek
        days
        complaints
        delivered
        rate
      }
      kinds {
        kind
        complaints
        rate
      }
      topReasons {
        reason
        complaints
      }
    }
  }
`);

export const ComplaintBreakdownQuery = graphql(`
  query ComplaintBreakdown($filter: AnalyticsFilter!, $by: ComplaintDimension!) {
    complaintBreakdown(filter: $filter, by: $by) {
      key
      complaints
      delivered
      rate
    }
  }
`);
