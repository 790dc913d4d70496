import { graphql } from '@web/generated';

export const TenantSettingsQuery = graphql(`
  query TenantSettings {
    tenantSettings {
      ...TenantSettingsFields
    }
  }

  fragment TenantSettingsFields on TenantSettings {
    timeZone
    businessHours {
      dayOfWeek
      opens
      closes
    }
    holidays
    updatedAt
  }
`);

export const UpdateTenantSettingsMutation = graphql(`
  mutation UpdateTenantSettings($input: TenantSettingsInput!) {
    updateTenantSettings(input: $input) {
      ...TenantSettingsFields
    }
  }
`);
