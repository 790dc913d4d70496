import { graphql } from '@web/generated';

export const MonitoringSettingsQuery = graphql(`
  query MonitoringSettings {
    monitoringSettings {
      ...MonitoringSettingsFields
    }
  }

  fragment MonitoringSettingsFields on MonitoringSettings {
    tierEra
    complaintSpikeThreshold
    updatedAt
  }
`);

export const UpdateMonitoringSettingsMutation = graphql(`
  mutation UpdateMonitoringSettings($input: MonitoringSettingsInput!) {
    updateMonitoringSettings(input: $input) {
      ...MonitoringSettingsFields
    }
  }
`);
