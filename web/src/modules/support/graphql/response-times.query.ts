import { graphql } from '@web/generated';

export const ResponseTimeDistributionQuery = graphql(`
  query ResponseTimeDistribution($filter: AnalyticsFilter!, $metric: SupportMetric!, $basis: TimeBasis!) {
    responseTimeDistribution(filter: $filter, metric: $metric, basis: $basis) {
      label
      fromMs
      toMs
      count
    }
  }
`);

export const SupportHeatmapQuery = graphql(`
  query SupportHeatmap($filter: AnalyticsFilter!) {
    supportHeatmap(filter: $filter) {
      dayOfWeek
      hour
      conversations
      medianFirstResponseMs
    }
  }
`);
