import { graphql } from '@web/generated';

export const MarketingSettingsQuery = graphql(`
  query MarketingSettings {
    marketingSettings {
      ...MarketingSettingsFields
    }
  }

  fragment MarketingSettingsFields on MarketingSettings {
    attributionWindowDays
    reportingCurrency
    exchangeRates {
      currency
      rate
    }
    messagePrices {
      channel
      category
      price
    }
    updatedAt
  }
`);

export const UpdateMarketingSettingsMutation = graphql(`
  mutation UpdateMarketingSettings($input: MarketingSettingsInput!) {
    updateMarketingSettings(input: $input) {
      ...MarketingSettingsFields
    }
  }
`);
