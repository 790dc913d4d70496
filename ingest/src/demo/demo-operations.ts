/** The GraphQL documents the demo seeder sends (names and shapes from contract.graphql). */
export const LOGIN = /* GraphQL */ `
  mutation DemoLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`;

export const ME = /* GraphQL */ `
  query DemoMe {
    me {
      role
      tenant {
        id
        slug
      }
    }
  }
`;

export const UPDATE_TENANT_SETTINGS = /* GraphQL */ `
  mutation DemoTenantSettings($input: TenantSettingsInput!) {
    updateTenantSettings(input: $input) {
      timeZone
    }
  }
`;

export const UPDATE_MARKETING_SETTINGS = /* GraphQL */ `
  mutation DemoMarketingSettings($input: MarketingSettingsInput!) {
    updateMarketingSettings(input: $input) {
      reportingCurrency
    }
  }
`;

export const BUSINESS_ACCOUNTS = /* GraphQL */ `
  query DemoBusinessAccounts($page: PageInput) {
    businessAccounts(page: $page) {
      nodes {
        id
        channel
        externalId
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;
export const CREATE_BUSINESS_ACCOUNT = /* GraphQL */ `
  mutation DemoCreateBusinessAccount($input: BusinessAccountInput!) {
    createBusinessAccount(input: $input) {
      id
      channel
      externalId
    }
  }
`;

export const TEAMS = /* GraphQL */ `
  query DemoTeams($page: PageInput) {
    teams(page: $page) {
      nodes {
        id
        name
        externalId
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;
export const CREATE_TEAM = /* GraphQL */ `
  mutation DemoCreateTeam($input: TeamInput!) {
    createTeam(input: $input) {
      id
      name
      externalId
    }
  }
`;
export const UPDATE_TEAM = /* GraphQL */ `
  mutation DemoUpdateTeam($id: ID!, $input: TeamInput!) {
    updateTeam(id: $id, input: $input) {
      id
      name
      externalId
    }
  }
`;

export const AGENTS = /* GraphQL */ `
  query DemoAgents($page: PageInput) {
    agents(page: $page) {
      nodes {
        id
        externalId
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;
export const CREATE_AGENT = /* GraphQL */ `
  mutation DemoCreateAgent($input: AgentInput!) {
    createAgent(input: $input) {
      id
      externalId
    }
  }
`;

export const CAMPAIGNS = /* GraphQL */ `
  query DemoCampaigns($page: PageInput) {
    campaigns(page: $page) {
      nodes {
        id
        key
        totalSpend
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;
export const CREATE_CAMPAIGN = /* GraphQL */ `
  mutation DemoCreateCampaign($input: CampaignInput!) {
    createCampaign(input: $input) {
      id
      key
      totalSpend
    }
  }
`;
export const SET_CAMPAIGN_SPEND = /* GraphQL */ `
  mutation DemoSetCampaignSpend($id: ID!, $spend: [DailySpendInput!]!) {
    setCampaignSpend(id: $id, spend: $spend) {
      id
      totalSpend
    }
  }
`;

export const CREATE_API_KEY = /* GraphQL */ `
  mutation DemoCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      apiKey {
        id
      }
      secret
    }
  }
`;
export const REVOKE_API_KEY = /* GraphQL */ `
  mutation DemoRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`;

export const ANALYTICS_FRESHNESS = /* GraphQL */ `
  query DemoAnalyticsFreshness($filter: AnalyticsFilter!) {
    engagement(filter: $filter) {
      asOf
    }
  }
`;

export const UPDATE_SLA_SETTINGS = /* GraphQL */ `
  mutation DemoSlaSettings($targets: [SlaTargetInput!]!) {
    updateSlaSettings(targets: $targets) {
      targets {
        kind
      }
    }
  }
`;

export const UPDATE_MONITORING_SETTINGS = /* GraphQL */ `
  mutation DemoMonitoringSettings($input: MonitoringSettingsInput!) {
    updateMonitoringSettings(input: $input) {
      tierEra
    }
  }
`;

export const ALERT_RULES = /* GraphQL */ `
  query DemoAlertRules {
    alertRules {
      id
      kind
      name
    }
  }
`;
export const CREATE_ALERT_RULE = /* GraphQL */ `
  mutation DemoCreateAlertRule($input: AlertRuleInput!) {
    createAlertRule(input: $input) {
      id
      kind
      name
    }
  }
`;
export const EVALUATE_ALERTS = /* GraphQL */ `
  mutation DemoEvaluateAlerts {
    evaluateAlertsNow
  }
`;

export const REDETECT_VIOLATIONS = /* GraphQL */ `
  mutation DemoRedetectViolations {
    redetectViolations {
      found
      inserted
    }
  }
`;

export const UPDATE_COMPLIANCE_CASES = /* GraphQL */ `
  mutation DemoUpdateComplianceCases($input: UpdateComplianceCasesInput!) {
    updateComplianceCases(input: $input) {
      updated
    }
  }
`;
