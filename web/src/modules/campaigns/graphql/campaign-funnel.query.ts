import { graphql } from '@web/generated';

export const CampaignFunnelQuery = graphql(`
  query CampaignFunnel($filter: AnalyticsFilter!) {
    funnel(filter: $filter, groupBy: CAMPAIGN) {
      windowDays
      rows {
        key
        label
        campaign {
          id
          key
          name
        }
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
      }
    }
  }
`);
