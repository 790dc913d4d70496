import { graphql } from '@web/generated';

export const AlertRulesQuery = graphql(`
  query AlertRules {
    alertRules {
      ...AlertRuleFields
    }
  }

  fragment AlertRuleFields on AlertRule {
    id
    kind
    name
    enabled
    threshold
    accountIds
    emailRecipients
    notifyWebhook
    createdAt
    updatedAt
  }
`);

export const CreateAlertRuleMutation = graphql(`
  mutation CreateAlertRule($input: AlertRuleInput!) {
    createAlertRule(input: $input) {
      ...AlertRuleFields
    }
  }
`);

export const UpdateAlertRuleMutation = graphql(`
  mutation UpdateAlertRule($id: ID!, $input: AlertRuleInput!) {
    updateAlertRule(id: $id, input: $input) {
      ...AlertRuleFields
    }
  }
`);

export const DeleteAlertRuleMutation = graphql(`
  mutation DeleteAlertRule($id: ID!) {
    deleteAlertRule(id: $id)
  }
`);

export const AlertDeliverySettingsQuery = graphql(`
  query AlertDeliverySettings {
    alertDeliverySettings {
      ...AlertDeliverySettingsFields
    }
  }

  fragment AlertDeliverySettingsFields on AlertDeliverySettings {
    webhookUrl
    webhookSecretHint
    emailEnabled
  }
`);

export const UpdateAlertWebhookMutation = graphql(`
  mutation UpdateAlertWebhook($url: String) {
    updateAlertWebhook(url: $url) {
      secret
      settings {
        ...AlertDeliverySettingsFields
      }
    }
  }
`);
