import { graphql } from '@web/generated';

export const ComplianceRulesQuery = graphql(`
  query ComplianceRules {
    complianceSettings {
      ...ComplianceRulesFields
    }
    contentRuleCategories {
      id
      label
      kind
      severity
      regulated
      languages
      termCount
      exceptionCount
      ruleSetVersion
    }
  }

  fragment ComplianceRulesFields on ComplianceSettings {
    frequencyCap {
      enabled
      count
      windowHours
    }
    quietHours {
      enabled
      startMinute
      endMinute
    }
    contentRuleOverrides
    revision
    updatedAt
    updatedBy
  }
`);

export const UpdateComplianceRulesMutation = graphql(`
  mutation UpdateComplianceRules($input: ComplianceSettingsInput!) {
    updateComplianceSettings(input: $input) {
      ...ComplianceRulesFields
    }
  }
`);
