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

export const ComplaintEventsQuery = graphql(`
  query ComplaintEvents($filter: AnalyticsFilter!, $drillDown: ComplaintDrillDown, $page: PageInput) {
    complaintEvents(filter: $filter, drillDown: $drillDown, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        occurredAt
        channel
        accountId
        accountName
        contactId
        kind
        reason
        templateName
        campaignId
        campaignName
        relatedMessageId
      }
    }
  }
`);
