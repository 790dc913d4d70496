import { graphql } from '@web/generated';

export const SlaSettingsQuery = graphql(`
  query SlaSettings {
    slaSettings {
      ...SlaSettingsFields
    }
  }

  fragment SlaSettingsFields on SlaSettings {
    targets {
      kind
      minutes
      basis
    }
    updatedAt
  }
`);

export const UpdateSlaSettingsMutation = graphql(`
  mutation UpdateSlaSettings($targets: [SlaTargetInput!]!) {
    updateSlaSettings(targets: $targets) {
      ...SlaSettingsFields
    }
  }
`);
