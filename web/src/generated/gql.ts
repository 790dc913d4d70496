/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Session {\n    me {\n      role\n      apiKeyId\n      tenant {\n        id\n        name\n        slug\n      }\n      user {\n        id\n        email\n        name\n        role\n        locale\n        timeZone\n      }\n    }\n    tenantSettings {\n      timeZone\n    }\n  }\n": typeof types.SessionDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation UpdateMyLocale($locale: Locale!) {\n    updateMyProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n": typeof types.UpdateMyLocaleDocument,
    "\n  query FilterOptions {\n    businessAccounts(page: { first: 200 }) {\n      nodes {\n        id\n        channel\n        externalId\n        displayName\n        displayPhoneNumber\n      }\n    }\n    campaigns(page: { first: 200 }) {\n      nodes {\n        id\n        key\n        name\n      }\n    }\n    agents(page: { first: 200 }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.FilterOptionsDocument,
    "\n  query Overview($filter: AnalyticsFilter!) {\n    overview(filter: $filter) {\n      timeZone\n      period {\n        from\n        to\n      }\n      previousPeriod {\n        from\n        to\n      }\n      messages {\n        ...MetricFields\n      }\n      deliveryRate {\n        ...MetricFields\n      }\n      readRate {\n        ...MetricFields\n      }\n      medianTimeToReadSeconds {\n        ...MetricFields\n      }\n      activeConversations {\n        ...MetricFields\n      }\n      medianFirstResponseSeconds {\n        ...MetricFields\n      }\n      nps {\n        ...MetricFields\n      }\n      complaintRate {\n        ...MetricFields\n      }\n      openViolations {\n        ...MetricFields\n      }\n      volumeByChannelAndDay {\n        date\n        channel\n        sent\n        received\n      }\n      channels {\n        channel\n        sent\n        delivered\n        read\n        received\n        deliveryRate\n        readRate\n        deliveryReceipts\n        readReceipts\n      }\n    }\n  }\n\n  fragment MetricFields on Metric {\n    value\n    previousValue\n    change\n    unit\n    sampleSize\n    unavailableReason\n    series {\n      date\n      value\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  query Teams($page: PageInput) {\n    teams(page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        agentCount\n        createdAt\n      }\n    }\n  }\n": typeof types.TeamsDocument,
    "\n  query Agents($page: PageInput, $teamId: ID) {\n    agents(page: $page, teamId: $teamId) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AgentFields\n      }\n    }\n  }\n\n  fragment AgentFields on Agent {\n    id\n    externalId\n    name\n    email\n    active\n    createdAt\n    team {\n      id\n      name\n    }\n  }\n": typeof types.AgentsDocument,
    "\n  mutation CreateTeam($input: TeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      agentCount\n      createdAt\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation UpdateTeam($id: ID!, $input: TeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateTeamDocument,
    "\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": typeof types.DeleteTeamDocument,
    "\n  mutation CreateAgent($input: AgentInput!) {\n    createAgent(input: $input) {\n      ...AgentFields\n    }\n  }\n": typeof types.CreateAgentDocument,
    "\n  mutation UpdateAgent($id: ID!, $input: AgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...AgentFields\n    }\n  }\n": typeof types.UpdateAgentDocument,
    "\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(id: $id)\n  }\n": typeof types.DeleteAgentDocument,
    "\n  query ApiKeys($page: PageInput) {\n    apiKeys(page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ApiKeyFields\n      }\n    }\n  }\n\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    role\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query TenantSettings {\n    tenantSettings {\n      ...TenantSettingsFields\n    }\n  }\n\n  fragment TenantSettingsFields on TenantSettings {\n    timeZone\n    businessHours {\n      dayOfWeek\n      opens\n      closes\n    }\n    holidays\n    updatedAt\n  }\n": typeof types.TenantSettingsDocument,
    "\n  mutation UpdateTenantSettings($input: TenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      ...TenantSettingsFields\n    }\n  }\n": typeof types.UpdateTenantSettingsDocument,
    "\n  query Campaigns($page: PageInput, $search: String) {\n    campaigns(page: $page, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...CampaignFields\n      }\n    }\n  }\n\n  fragment CampaignFields on Campaign {\n    id\n    key\n    name\n    channel\n    account {\n      id\n      displayName\n      externalId\n    }\n    sourceKind\n    codes {\n      kind\n      value\n    }\n    templateName\n    startsOn\n    endsOn\n    currency\n    spend {\n      date\n      amount\n    }\n    totalSpend\n    updatedAt\n  }\n": typeof types.CampaignsDocument,
    "\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...CampaignFields\n    }\n  }\n": typeof types.UpdateCampaignDocument,
    "\n  mutation DeleteCampaign($id: ID!) {\n    deleteCampaign(id: $id)\n  }\n": typeof types.DeleteCampaignDocument,
    "\n  mutation SetCampaignSpend($id: ID!, $spend: [DailySpendInput!]!) {\n    setCampaignSpend(id: $id, spend: $spend) {\n      ...CampaignFields\n    }\n  }\n": typeof types.SetCampaignSpendDocument,
    "\n  query BusinessAccounts($page: PageInput) {\n    businessAccounts(page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...BusinessAccountFields\n      }\n    }\n  }\n\n  fragment BusinessAccountFields on BusinessAccount {\n    id\n    channel\n    externalId\n    wabaId\n    displayPhoneNumber\n    displayName\n    verified\n    createdAt\n  }\n": typeof types.BusinessAccountsDocument,
    "\n  mutation CreateBusinessAccount($input: BusinessAccountInput!) {\n    createBusinessAccount(input: $input) {\n      ...BusinessAccountFields\n    }\n  }\n": typeof types.CreateBusinessAccountDocument,
    "\n  mutation UpdateBusinessAccount($id: ID!, $input: BusinessAccountInput!) {\n    updateBusinessAccount(id: $id, input: $input) {\n      ...BusinessAccountFields\n    }\n  }\n": typeof types.UpdateBusinessAccountDocument,
    "\n  mutation DeleteBusinessAccount($id: ID!) {\n    deleteBusinessAccount(id: $id)\n  }\n": typeof types.DeleteBusinessAccountDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      locale\n      timeZone\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangeMyPasswordDocument,
    "\n  query Users($page: PageInput) {\n    users(page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...UserFields\n      }\n    }\n  }\n\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    locale\n    timeZone\n    active\n    createdAt\n    lastLoginAt\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      name\n      role\n      locale\n      timeZone\n      active\n    }\n  }\n": typeof types.UpdateUserDocument,
};
const documents: Documents = {
    "\n  query Session {\n    me {\n      role\n      apiKeyId\n      tenant {\n        id\n        name\n        slug\n      }\n      user {\n        id\n        email\n        name\n        role\n        locale\n        timeZone\n      }\n    }\n    tenantSettings {\n      timeZone\n    }\n  }\n": types.SessionDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation UpdateMyLocale($locale: Locale!) {\n    updateMyProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n": types.UpdateMyLocaleDocument,
    "\n  query FilterOptions {\n    businessAccounts(page: { first: 200 }) {\n      nodes {\n        id\n        channel\n        externalId\n        displayName\n        displayPhoneNumber\n      }\n    }\n    campaigns(page: { first: 200 }) {\n      nodes {\n        id\n        key\n        name\n      }\n    }\n    agents(page: { first: 200 }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.FilterOptionsDocument,
    "\n  query Overview($filter: AnalyticsFilter!) {\n    overview(filter: $filter) {\n      timeZone\n      period {\n        from\n        to\n      }\n      previousPeriod {\n        from\n        to\n      }\n      messages {\n        ...MetricFields\n      }\n      deliveryRate {\n        ...MetricFields\n      }\n      readRate {\n        ...MetricFields\n      }\n      medianTimeToReadSeconds {\n        ...MetricFields\n      }\n      activeConversations {\n        ...MetricFields\n      }\n      medianFirstResponseSeconds {\n        ...MetricFields\n      }\n      nps {\n        ...MetricFields\n      }\n      complaintRate {\n        ...MetricFields\n      }\n      openViolations {\n        ...MetricFields\n      }\n      volumeByChannelAndDay {\n        date\n        channel\n        sent\n        received\n      }\n      channels {\n        channel\n        sent\n        delivered\n        read\n        received\n        deliveryRate\n        readRate\n        deliveryReceipts\n        readReceipts\n      }\n    }\n  }\n\n  fragment MetricFields on Metric {\n    value\n    previousValue\n    change\n    unit\n    sampleSize\n    unavailableReason\n    series {\n      date\n      value\n    }\n  }\n": types.OverviewDocument,
    "\n  query Teams($page: PageInput) {\n    teams(page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        agentCount\n        createdAt\n      }\n    }\n  }\n": types.TeamsDocument,
    "\n  query Agents($page: PageInput, $teamId: ID) {\n    agents(page: $page, teamId: $teamId) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AgentFields\n      }\n    }\n  }\n\n  fragment AgentFields on Agent {\n    id\n    externalId\n    name\n    email\n    active\n    createdAt\n    team {\n      id\n      name\n    }\n  }\n": types.AgentsDocument,
    "\n  mutation CreateTeam($input: TeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      agentCount\n      createdAt\n    }\n  }\n": types.CreateTeamDocument,
    "\n  mutation UpdateTeam($id: ID!, $input: TeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateTeamDocument,
    "\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": types.DeleteTeamDocument,
    "\n  mutation CreateAgent($input: AgentInput!) {\n    createAgent(input: $input) {\n      ...AgentFields\n    }\n  }\n": types.CreateAgentDocument,
    "\n  mutation UpdateAgent($id: ID!, $input: AgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...AgentFields\n    }\n  }\n": types.UpdateAgentDocument,
    "\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(id: $id)\n  }\n": types.DeleteAgentDocument,
    "\n  query ApiKeys($page: PageInput) {\n    apiKeys(page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ApiKeyFields\n      }\n    }\n  }\n\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    role\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query TenantSettings {\n    tenantSettings {\n      ...TenantSettingsFields\n    }\n  }\n\n  fragment TenantSettingsFields on TenantSettings {\n    timeZone\n    businessHours {\n      dayOfWeek\n      opens\n      closes\n    }\n    holidays\n    updatedAt\n  }\n": types.TenantSettingsDocument,
    "\n  mutation UpdateTenantSettings($input: TenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      ...TenantSettingsFields\n    }\n  }\n": types.UpdateTenantSettingsDocument,
    "\n  query Campaigns($page: PageInput, $search: String) {\n    campaigns(page: $page, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...CampaignFields\n      }\n    }\n  }\n\n  fragment CampaignFields on Campaign {\n    id\n    key\n    name\n    channel\n    account {\n      id\n      displayName\n      externalId\n    }\n    sourceKind\n    codes {\n      kind\n      value\n    }\n    templateName\n    startsOn\n    endsOn\n    currency\n    spend {\n      date\n      amount\n    }\n    totalSpend\n    updatedAt\n  }\n": types.CampaignsDocument,
    "\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n": types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...CampaignFields\n    }\n  }\n": types.UpdateCampaignDocument,
    "\n  mutation DeleteCampaign($id: ID!) {\n    deleteCampaign(id: $id)\n  }\n": types.DeleteCampaignDocument,
    "\n  mutation SetCampaignSpend($id: ID!, $spend: [DailySpendInput!]!) {\n    setCampaignSpend(id: $id, spend: $spend) {\n      ...CampaignFields\n    }\n  }\n": types.SetCampaignSpendDocument,
    "\n  query BusinessAccounts($page: PageInput) {\n    businessAccounts(page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...BusinessAccountFields\n      }\n    }\n  }\n\n  fragment BusinessAccountFields on BusinessAccount {\n    id\n    channel\n    externalId\n    wabaId\n    displayPhoneNumber\n    displayName\n    verified\n    createdAt\n  }\n": types.BusinessAccountsDocument,
    "\n  mutation CreateBusinessAccount($input: BusinessAccountInput!) {\n    createBusinessAccount(input: $input) {\n      ...BusinessAccountFields\n    }\n  }\n": types.CreateBusinessAccountDocument,
    "\n  mutation UpdateBusinessAccount($id: ID!, $input: BusinessAccountInput!) {\n    updateBusinessAccount(id: $id, input: $input) {\n      ...BusinessAccountFields\n    }\n  }\n": types.UpdateBusinessAccountDocument,
    "\n  mutation DeleteBusinessAccount($id: ID!) {\n    deleteBusinessAccount(id: $id)\n  }\n": types.DeleteBusinessAccountDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      locale\n      timeZone\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangeMyPasswordDocument,
    "\n  query Users($page: PageInput) {\n    users(page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...UserFields\n      }\n    }\n  }\n\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    locale\n    timeZone\n    active\n    createdAt\n    lastLoginAt\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      name\n      role\n      locale\n      timeZone\n      active\n    }\n  }\n": types.UpdateUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    me {\n      role\n      apiKeyId\n      tenant {\n        id\n        name\n        slug\n      }\n      user {\n        id\n        email\n        name\n        role\n        locale\n        timeZone\n      }\n    }\n    tenantSettings {\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query Session {\n    me {\n      role\n      apiKeyId\n      tenant {\n        id\n        name\n        slug\n      }\n      user {\n        id\n        email\n        name\n        role\n        locale\n        timeZone\n      }\n    }\n    tenantSettings {\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyLocale($locale: Locale!) {\n    updateMyProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyLocale($locale: Locale!) {\n    updateMyProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilterOptions {\n    businessAccounts(page: { first: 200 }) {\n      nodes {\n        id\n        channel\n        externalId\n        displayName\n        displayPhoneNumber\n      }\n    }\n    campaigns(page: { first: 200 }) {\n      nodes {\n        id\n        key\n        name\n      }\n    }\n    agents(page: { first: 200 }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query FilterOptions {\n    businessAccounts(page: { first: 200 }) {\n      nodes {\n        id\n        channel\n        externalId\n        displayName\n        displayPhoneNumber\n      }\n    }\n    campaigns(page: { first: 200 }) {\n      nodes {\n        id\n        key\n        name\n      }\n    }\n    agents(page: { first: 200 }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview($filter: AnalyticsFilter!) {\n    overview(filter: $filter) {\n      timeZone\n      period {\n        from\n        to\n      }\n      previousPeriod {\n        from\n        to\n      }\n      messages {\n        ...MetricFields\n      }\n      deliveryRate {\n        ...MetricFields\n      }\n      readRate {\n        ...MetricFields\n      }\n      medianTimeToReadSeconds {\n        ...MetricFields\n      }\n      activeConversations {\n        ...MetricFields\n      }\n      medianFirstResponseSeconds {\n        ...MetricFields\n      }\n      nps {\n        ...MetricFields\n      }\n      complaintRate {\n        ...MetricFields\n      }\n      openViolations {\n        ...MetricFields\n      }\n      volumeByChannelAndDay {\n        date\n        channel\n        sent\n        received\n      }\n      channels {\n        channel\n        sent\n        delivered\n        read\n        received\n        deliveryRate\n        readRate\n        deliveryReceipts\n        readReceipts\n      }\n    }\n  }\n\n  fragment MetricFields on Metric {\n    value\n    previousValue\n    change\n    unit\n    sampleSize\n    unavailableReason\n    series {\n      date\n      value\n    }\n  }\n"): (typeof documents)["\n  query Overview($filter: AnalyticsFilter!) {\n    overview(filter: $filter) {\n      timeZone\n      period {\n        from\n        to\n      }\n      previousPeriod {\n        from\n        to\n      }\n      messages {\n        ...MetricFields\n      }\n      deliveryRate {\n        ...MetricFields\n      }\n      readRate {\n        ...MetricFields\n      }\n      medianTimeToReadSeconds {\n        ...MetricFields\n      }\n      activeConversations {\n        ...MetricFields\n      }\n      medianFirstResponseSeconds {\n        ...MetricFields\n      }\n      nps {\n        ...MetricFields\n      }\n      complaintRate {\n        ...MetricFields\n      }\n      openViolations {\n        ...MetricFields\n      }\n      volumeByChannelAndDay {\n        date\n        channel\n        sent\n        received\n      }\n      channels {\n        channel\n        sent\n        delivered\n        read\n        received\n        deliveryRate\n        readRate\n        deliveryReceipts\n        readReceipts\n      }\n    }\n  }\n\n  fragment MetricFields on Metric {\n    value\n    previousValue\n    change\n    unit\n    sampleSize\n    unavailableReason\n    series {\n      date\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Teams($page: PageInput) {\n    teams(page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        agentCount\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Teams($page: PageInput) {\n    teams(page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        agentCount\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agents($page: PageInput, $teamId: ID) {\n    agents(page: $page, teamId: $teamId) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AgentFields\n      }\n    }\n  }\n\n  fragment AgentFields on Agent {\n    id\n    externalId\n    name\n    email\n    active\n    createdAt\n    team {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Agents($page: PageInput, $teamId: ID) {\n    agents(page: $page, teamId: $teamId) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AgentFields\n      }\n    }\n  }\n\n  fragment AgentFields on Agent {\n    id\n    externalId\n    name\n    email\n    active\n    createdAt\n    team {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: TeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      agentCount\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($input: TeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      agentCount\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTeam($id: ID!, $input: TeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTeam($id: ID!, $input: TeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgent($input: AgentInput!) {\n    createAgent(input: $input) {\n      ...AgentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgent($input: AgentInput!) {\n    createAgent(input: $input) {\n      ...AgentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgent($id: ID!, $input: AgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...AgentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgent($id: ID!, $input: AgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...AgentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($page: PageInput) {\n    apiKeys(page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ApiKeyFields\n      }\n    }\n  }\n\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    role\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  query ApiKeys($page: PageInput) {\n    apiKeys(page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ApiKeyFields\n      }\n    }\n  }\n\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    role\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantSettings {\n    tenantSettings {\n      ...TenantSettingsFields\n    }\n  }\n\n  fragment TenantSettingsFields on TenantSettings {\n    timeZone\n    businessHours {\n      dayOfWeek\n      opens\n      closes\n    }\n    holidays\n    updatedAt\n  }\n"): (typeof documents)["\n  query TenantSettings {\n    tenantSettings {\n      ...TenantSettingsFields\n    }\n  }\n\n  fragment TenantSettingsFields on TenantSettings {\n    timeZone\n    businessHours {\n      dayOfWeek\n      opens\n      closes\n    }\n    holidays\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenantSettings($input: TenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      ...TenantSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTenantSettings($input: TenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      ...TenantSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaigns($page: PageInput, $search: String) {\n    campaigns(page: $page, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...CampaignFields\n      }\n    }\n  }\n\n  fragment CampaignFields on Campaign {\n    id\n    key\n    name\n    channel\n    account {\n      id\n      displayName\n      externalId\n    }\n    sourceKind\n    codes {\n      kind\n      value\n    }\n    templateName\n    startsOn\n    endsOn\n    currency\n    spend {\n      date\n      amount\n    }\n    totalSpend\n    updatedAt\n  }\n"): (typeof documents)["\n  query Campaigns($page: PageInput, $search: String) {\n    campaigns(page: $page, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...CampaignFields\n      }\n    }\n  }\n\n  fragment CampaignFields on Campaign {\n    id\n    key\n    name\n    channel\n    account {\n      id\n      displayName\n      externalId\n    }\n    sourceKind\n    codes {\n      kind\n      value\n    }\n    templateName\n    startsOn\n    endsOn\n    currency\n    spend {\n      date\n      amount\n    }\n    totalSpend\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCampaign($id: ID!) {\n    deleteCampaign(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCampaign($id: ID!) {\n    deleteCampaign(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCampaignSpend($id: ID!, $spend: [DailySpendInput!]!) {\n    setCampaignSpend(id: $id, spend: $spend) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCampaignSpend($id: ID!, $spend: [DailySpendInput!]!) {\n    setCampaignSpend(id: $id, spend: $spend) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BusinessAccounts($page: PageInput) {\n    businessAccounts(page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...BusinessAccountFields\n      }\n    }\n  }\n\n  fragment BusinessAccountFields on BusinessAccount {\n    id\n    channel\n    externalId\n    wabaId\n    displayPhoneNumber\n    displayName\n    verified\n    createdAt\n  }\n"): (typeof documents)["\n  query BusinessAccounts($page: PageInput) {\n    businessAccounts(page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...BusinessAccountFields\n      }\n    }\n  }\n\n  fragment BusinessAccountFields on BusinessAccount {\n    id\n    channel\n    externalId\n    wabaId\n    displayPhoneNumber\n    displayName\n    verified\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBusinessAccount($input: BusinessAccountInput!) {\n    createBusinessAccount(input: $input) {\n      ...BusinessAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBusinessAccount($input: BusinessAccountInput!) {\n    createBusinessAccount(input: $input) {\n      ...BusinessAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBusinessAccount($id: ID!, $input: BusinessAccountInput!) {\n    updateBusinessAccount(id: $id, input: $input) {\n      ...BusinessAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBusinessAccount($id: ID!, $input: BusinessAccountInput!) {\n    updateBusinessAccount(id: $id, input: $input) {\n      ...BusinessAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBusinessAccount($id: ID!) {\n    deleteBusinessAccount(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteBusinessAccount($id: ID!) {\n    deleteBusinessAccount(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      locale\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      locale\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($page: PageInput) {\n    users(page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...UserFields\n      }\n    }\n  }\n\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    locale\n    timeZone\n    active\n    createdAt\n    lastLoginAt\n  }\n"): (typeof documents)["\n  query Users($page: PageInput) {\n    users(page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...UserFields\n      }\n    }\n  }\n\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    locale\n    timeZone\n    active\n    createdAt\n    lastLoginAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      name\n      role\n      locale\n      timeZone\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      name\n      role\n      locale\n      timeZone\n      active\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;