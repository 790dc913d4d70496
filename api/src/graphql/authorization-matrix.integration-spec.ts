import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import type { Principal } from '../common/auth/principal';
import { ROLES, type Role } from '../common/auth/role';
import { API_KEY_ROLES } from '../modules/api-keys/api-key-role';
import { ApiKeysService } from '../modules/api-keys/api-keys.service';
import { ComplianceViolation } from '../modules/compliance/compliance-violation.entity';
import { TenantsService } from '../modules/tenants/tenants.service';
import { UsersService } from '../modules/users/users.service';
import { errorCodes, graphql, type GraphqlResponse } from '../testing/graphql-client';
import { removeDataDir, startTestApp, tempDataDir, TEST_ADMIN, type RunningTestApp } from '../testing/test-app';

/**
 * Every Query and Mutation field × every role (as a signed-in user and as an API key, INGEST included) and
 * without credentials, expecting FORBIDDEN exactly where contract.graphql does not allow the role; then a
 * second tenant's admin sends the first tenant's ids to every id-taking operation and changes nothing.
 * A schema field without a row in OPERATIONS fails the suite.
 */

type Access = 'public' | 'all' | 'users' | Role[];

interface Fixtures {
  userId: string;
  apiKeyId: string;
  accountId: string;
  accountExternalId: string;
  teamId: string;
  agentId: string;
  campaignId: string;
  campaignKey: string;
  alertRuleId: string;
  violationId: string;
  savedViewId: string;
}

interface Caller {
  label: string;
  kind: 'user' | 'api_key' | 'anonymous';
  role?: Role | 'ingest';
  token?: string;
  /** For user callers: to open a throw-away session (logout) and to change the password to itself. */
  password?: string;
  email?: string;
}

interface Ctx {
  fx: Fixtures;
  admin: string;
  caller: Caller;
  url: string;
}

interface Operation {
  access: Access;
  document: string;
  variables?: (ctx: Ctx) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** Run with a fresh session of the caller instead of its usual token (logout ends the session it uses). */
  freshSession?: boolean;
  /** A second tenant's admin sends the first tenant's ids: what must happen. */
  crossTenant?: {
    variables: (fx: Fixtures) => Record<string, unknown>;
    /** NOT_FOUND for ids in arguments; refusal or nothing selected for ids inside inputs and filters. */
    expect: 'NOT_FOUND' | 'REFUSED' | ((response: GraphqlResponse) => void);
  };
}

const ALL: Access = 'all';
const unique = () => randomUUID().slice(0, 8);
const accountInput = (externalId: string) => ({ channel: 'TELEGRAM', externalId, displayName: 'Shop bot' });
const alertRuleInput = (name: string) => ({ kind: 'QUALITY_DROP', name, enabled: false, notifyWebhook: false });
const campaignInput = (key: string, accountId?: string) => ({
  key,
  name: `Campaign ${key}`,
  channel: 'TELEGRAM',
  ...(accountId ? { accountId } : {}),
  sourceKind: 'TELEGRAM_DEEPLINK',
  codes: [{ kind: 'DEEP_LINK_PAYLOAD', value: `p-${key}` }],
  currency: 'EUR',
});

const OPERATIONS: Record<'Query' | 'Mutation', Record<string, Operation>> = {
  Query: {
    me: { access: ALL, document: '{ me { role } }' },
    tenantSettings: { access: ALL, document: '{ tenantSettings { timeZone } }' },
    marketingSettings: { access: ALL, document: '{ marketingSettings { reportingCurrency } }' },
    slaSettings: { access: ALL, document: '{ slaSettings { updatedAt } }' },
    monitoringSettings: { access: ALL, document: '{ monitoringSettings { tierEra } }' },
    users: { access: ['admin'], document: '{ users { totalCount } }' },
    apiKeys: { access: ['admin'], document: '{ apiKeys { totalCount } }' },
    businessAccounts: { access: ALL, document: '{ businessAccounts { totalCount } }' },
    teams: { access: ALL, document: '{ teams { totalCount } }' },
    agents: {
      access: ALL,
      document: 'query($teamId: ID) { agents(teamId: $teamId) { totalCount nodes { id } } }',
      crossTenant: {
        variables: (fx) => ({ teamId: fx.teamId }),
        expect: (r) => expect(r.data).toEqual({ agents: { totalCount: 0, nodes: [] } }),
      },
    },
    campaigns: { access: ALL, document: '{ campaigns { totalCount } }' },
    campaign: {
      access: ALL,
      document: 'query($id: ID!) { campaign(id: $id) { id } }',
      variables: ({ fx }) => ({ id: fx.campaignId }),
      crossTenant: { variables: (fx) => ({ id: fx.campaignId }), expect: 'NOT_FOUND' },
    },
    auditLog: { access: ['admin', 'compliance'], document: '{ auditLog { totalCount } }' },
    overview: {
      access: ALL,
      document: 'query($filter: AnalyticsFilter!) { overview(filter: $filter) { timeZone messages { value } } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({
          filter: {
            from: '2026-01-01',
            to: '2026-01-31',
            accountIds: [fx.accountId],
            campaignIds: [fx.campaignId],
            agentIds: [fx.agentId],
          },
        }),
        // Foreign ids select nothing (or are refused); they never reveal the other tenant's figures.
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else
            expect((r.data as { overview: { messages: { value: number | null } } }).overview.messages.value ?? 0).toBe(
              0,
            );
        },
      },
    },
    templates: {
      access: ALL,
      document:
        'query($filter: AnalyticsFilter!) { templates(filter: $filter, page: { first: 5 }) { totalCount nodes { name sent } } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({
          filter: {
            from: '2026-01-01',
            to: '2026-01-31',
            accountIds: [fx.accountId],
            campaignIds: [fx.campaignId],
            agentIds: [fx.agentId],
          },
        }),
        // Foreign ids select nothing (or are refused); they never reveal the other tenant's templates.
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else expect((r.data as { templates: { totalCount: number } }).templates.totalCount).toBe(0);
        },
      },
    },
    accountHealth: {
      access: ALL,
      document: 'query($filter: AnalyticsFilter!) { accountHealth(filter: $filter) { accountExternalId era } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({ filter: { from: '2026-01-01', to: '2026-01-31', accountIds: [fx.accountId] } }),
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else expect((r.data as { accountHealth: unknown[] }).accountHealth).toEqual([]);
        },
      },
    },
    accountQualityHistory: {
      access: ALL,
      document: 'query($accountId: ID!) { accountQualityHistory(accountId: $accountId) { id occurredAt } }',
      variables: ({ fx }) => ({ accountId: fx.accountId }),
      crossTenant: { variables: (fx) => ({ accountId: fx.accountId }), expect: 'NOT_FOUND' },
    },
    templateHistory: {
      access: ALL,
      document:
        'query($name: String!, $accountId: ID) { templateHistory(name: $name, accountId: $accountId) { occurredAt changes { field to } } }',
      variables: ({ fx }) => ({ name: 'fixture_template', accountId: fx.accountId }),
      crossTenant: { variables: (fx) => ({ name: 'fixture_template', accountId: fx.accountId }), expect: 'NOT_FOUND' },
    },
    templateFailures: {
      access: ALL,
      document:
        'query($filter: AnalyticsFilter!, $name: String!) { templateFailures(filter: $filter, name: $name) { errorCode count } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' }, name: 'fixture_template' }),
      crossTenant: {
        variables: (fx) => ({
          filter: {
            from: '2026-01-01',
            to: '2026-01-31',
            accountIds: [fx.accountId],
            campaignIds: [fx.campaignId],
            agentIds: [fx.agentId],
          },
          name: 'fixture_template',
        }),
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else expect((r.data as { templateFailures: unknown[] }).templateFailures).toEqual([]);
        },
      },
    },
    engagement: {
      access: ALL,
      document:
        'query($filter: AnalyticsFilter!) { engagement(filter: $filter, groupBy: ACCOUNT) { total { sent } groups { key label } } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({
          filter: {
            from: '2026-01-01',
            to: '2026-01-31',
            accountIds: [fx.accountId],
            campaignIds: [fx.campaignId],
            agentIds: [fx.agentId],
          },
        }),
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else expect((r.data as { engagement: { total: { sent: number } } }).engagement.total.sent).toBe(0);
        },
      },
    },
    engagementMessages: {
      access: ALL,
      document:
        'query($filter: AnalyticsFilter!) { engagementMessages(filter: $filter, page: { first: 5 }) { totalCount nodes { messageId } } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({
          filter: {
            from: '2026-01-01',
            to: '2026-01-31',
            accountIds: [fx.accountId],
            campaignIds: [fx.campaignId],
            agentIds: [fx.agentId],
          },
        }),
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else expect((r.data as { engagementMessages: { totalCount: number } }).engagementMessages.totalCount).toBe(0);
        },
      },
    },
    funnel: {
      access: ALL,
      document:
        'query($filter: AnalyticsFilter!) { funnel(filter: $filter, groupBy: CAMPAIGN) { total { sent } rows { key } } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({
          filter: {
            from: '2026-01-01',
            to: '2026-01-31',
            accountIds: [fx.accountId],
            campaignIds: [fx.campaignId],
            agentIds: [fx.agentId],
          },
        }),
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else expect((r.data as { funnel: { total: { sent: number } } }).funnel.total.sent).toBe(0);
        },
      },
    },
    failureReasons: {
      access: ALL,
      document: 'query($filter: AnalyticsFilter!) { failureReasons(filter: $filter) { errorCode count } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({
          filter: {
            from: '2026-01-01',
            to: '2026-01-31',
            accountIds: [fx.accountId],
            campaignIds: [fx.campaignId],
            agentIds: [fx.agentId],
          },
        }),
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else expect((r.data as { failureReasons: unknown[] }).failureReasons).toEqual([]);
        },
      },
    },
    satisfaction: {
      access: ALL,
      document:
        'query($filter: AnalyticsFilter!) { satisfaction(filter: $filter, groupBy: AGENT) { totals { nps { answers } } } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({ filter: { from: '2026-01-01', to: '2026-01-31', agentIds: [fx.agentId] } }),
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else
            expect(
              (r.data as { satisfaction: { totals: { nps: { answers: number } } } }).satisfaction.totals.nps.answers,
            ).toBe(0);
        },
      },
    },
    surveyComments: {
      access: ['admin', 'compliance'],
      document: 'query($filter: AnalyticsFilter!) { surveyComments(filter: $filter) { totalCount } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({
          filter: { from: '2026-01-01', to: '2026-01-31', accountIds: [fx.accountId], agentIds: [fx.agentId] },
        }),
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else expect((r.data as { surveyComments: { totalCount: number } }).surveyComments.totalCount).toBe(0);
        },
      },
    },
    templateStatusHistory: {
      access: ALL,
      document: 'query($filter: AnalyticsFilter!) { templateStatusHistory(filter: $filter) { totalCount } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({ filter: { from: '2026-01-01', to: '2026-01-31', accountIds: [fx.accountId] } }),
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else
            expect((r.data as { templateStatusHistory: { totalCount: number } }).templateStatusHistory.totalCount).toBe(
              0,
            );
        },
      },
    },
    complaintTrends: {
      access: ALL,
      document: 'query($filter: AnalyticsFilter!) { complaintTrends(filter: $filter) { complaints days { date } } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({
          filter: { from: '2026-01-01', to: '2026-01-31', accountIds: [fx.accountId], campaignIds: [fx.campaignId] },
        }),
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else expect((r.data as { complaintTrends: { complaints: number } }).complaintTrends.complaints).toBe(0);
        },
      },
    },
    complaintBreakdown: {
      access: ALL,
      document: 'query($filter: AnalyticsFilter!) { complaintBreakdown(filter: $filter, by: TEMPLATE) { key } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({
          filter: { from: '2026-01-01', to: '2026-01-31', accountIds: [fx.accountId], campaignIds: [fx.campaignId] },
        }),
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else expect((r.data as { complaintBreakdown: unknown[] }).complaintBreakdown).toEqual([]);
        },
      },
    },
    complaintEvents: {
      access: ALL,
      document:
        'query($filter: AnalyticsFilter!) { complaintEvents(filter: $filter, page: { first: 5 }) { totalCount nodes { id } } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({
          filter: { from: '2026-01-01', to: '2026-01-31', accountIds: [fx.accountId], campaignIds: [fx.campaignId] },
        }),
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else expect((r.data as { complaintEvents: { totalCount: number } }).complaintEvents.totalCount).toBe(0);
        },
      },
    },
    catalogItems: {
      access: ['admin', 'compliance', 'manager'],
      document: 'query { catalogItems(search: "sku") { totalCount nodes { itemId } } }',
    },
    consentLedger: {
      access: ALL,
      document:
        'query { consentLedger(contactId: "+491512345678", channel: WHATSAPP) { contactId entries { id } states { state } } }',
    },
    consentCoverage: {
      access: ALL,
      document:
        'query($filter: AnalyticsFilter!) { consentCoverage(filter: $filter, groupBy: CAMPAIGN) { key businessInitiated } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({
          filter: { from: '2026-01-01', to: '2026-01-31', accountIds: [fx.accountId], campaignIds: [fx.campaignId] },
        }),
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else expect((r.data as { consentCoverage: unknown[] }).consentCoverage).toEqual([]);
        },
      },
    },
    optOutHonouring: {
      access: ALL,
      document:
        'query($filter: AnalyticsFilter!) { optOutHonouring(filter: $filter, page: { first: 5 }) { optOuts rows { totalCount } } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({ filter: { from: '2026-01-01', to: '2026-01-31', accountIds: [fx.accountId] } }),
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else expect((r.data as { optOutHonouring: { optOuts: number } }).optOutHonouring.optOuts).toBe(0);
        },
      },
    },
    complianceViolations: {
      access: ['admin', 'compliance', 'manager'],
      document:
        'query($filter: ViolationFilter!) { complianceViolations(filter: $filter, page: { first: 5 }) { totalCount nodes { id evidence } } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({
          filter: { from: '2026-01-01', to: '2026-01-31', accountIds: [fx.accountId], campaignIds: [fx.campaignId] },
        }),
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else
            expect((r.data as { complianceViolations: { totalCount: number } }).complianceViolations.totalCount).toBe(
              0,
            );
        },
      },
    },
    complianceViolation: {
      access: ['admin', 'compliance', 'manager'],
      document: 'query($id: ID!) { complianceViolation(id: $id) { id kind } }',
      variables: ({ fx }) => ({ id: fx.violationId }),
      crossTenant: { variables: (fx) => ({ id: fx.violationId }), expect: 'NOT_FOUND' },
    },
    complianceViolationTrend: {
      access: ['admin', 'compliance', 'manager'],
      document:
        'query($filter: ViolationFilter!) { complianceViolationTrend(filter: $filter, interval: WEEK) { date total } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({ filter: { from: '2026-01-01', to: '2026-01-31', accountIds: [fx.accountId] } }),
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else
            expect(
              (r.data as { complianceViolationTrend: Array<{ total: number }> }).complianceViolationTrend.every(
                (p) => p.total === 0,
              ),
            ).toBe(true);
        },
      },
    },
    complianceCase: {
      access: ['admin', 'compliance', 'manager'],
      document:
        'query($id: ID!) { complianceCase(violationId: $id) { violation { id } comments { id } history { id } } }',
      variables: ({ fx }) => ({ id: fx.violationId }),
      crossTenant: { variables: (fx) => ({ id: fx.violationId }), expect: 'NOT_FOUND' },
    },
    complianceAssignees: {
      access: ['admin', 'compliance', 'manager'],
      document: '{ complianceAssignees { id name } }',
    },
    complianceSavedViews: {
      access: ['admin', 'compliance', 'manager'],
      document: '{ complianceSavedViews { id name shared } }',
    },
    complianceSettings: {
      access: ['admin', 'compliance', 'manager'],
      document: '{ complianceSettings { revision frequencyCap { count } } }',
    },
    complianceReport: {
      access: ['admin', 'compliance', 'manager'],
      document:
        'query($input: ComplianceReportInput!) { complianceReport(input: $input) { violationTotal coverage { businessInitiated } } }',
      variables: () => ({ input: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({ input: { from: '2026-01-01', to: '2026-01-31', accountIds: [fx.accountId] } }),
        expect: 'NOT_FOUND',
      },
    },
    contentRuleCategories: {
      access: ['admin', 'compliance', 'manager'],
      document: '{ contentRuleCategories { id termCount } }',
    },
    supportPerformance: {
      access: ALL,
      document:
        'query($filter: AnalyticsFilter!) { supportPerformance(filter: $filter, groupBy: AGENT, basis: CALENDAR) { totals { conversations } } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({
          filter: { from: '2026-01-01', to: '2026-01-31', accountIds: [fx.accountId], agentIds: [fx.agentId] },
        }),
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else
            expect(
              (r.data as { supportPerformance: { totals: { conversations: number } } }).supportPerformance.totals
                .conversations,
            ).toBe(0);
        },
      },
    },
    responseTimeDistribution: {
      access: ALL,
      document:
        'query($filter: AnalyticsFilter!) { responseTimeDistribution(filter: $filter, metric: REPLY, basis: BUSINESS) { count } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({ filter: { from: '2026-01-01', to: '2026-01-31', agentIds: [fx.agentId] } }),
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else
            expect(
              (r.data as { responseTimeDistribution: { count: number }[] }).responseTimeDistribution.every(
                (b) => b.count === 0,
              ),
            ).toBe(true);
        },
      },
    },
    supportHeatmap: {
      access: ALL,
      document: 'query($filter: AnalyticsFilter!) { supportHeatmap(filter: $filter) { conversations } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({ filter: { from: '2026-01-01', to: '2026-01-31', accountIds: [fx.accountId] } }),
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else expect((r.data as { supportHeatmap: unknown[] }).supportHeatmap).toEqual([]);
        },
      },
    },
    supportConversations: {
      access: ALL,
      document:
        'query($filter: AnalyticsFilter!, $teamId: ID) { supportConversations(filter: $filter, basis: CALENDAR, teamId: $teamId) { totalCount } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({ filter: { from: '2026-01-01', to: '2026-01-31' }, teamId: fx.teamId }),
        expect: 'NOT_FOUND',
      },
    },
    campaignPerformance: {
      access: ALL,
      document:
        'query($filter: AnalyticsFilter!) { campaignPerformance(filter: $filter) { total { conversations } rows { key } } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({
          filter: { from: '2026-01-01', to: '2026-01-31', accountIds: [fx.accountId], campaignIds: [fx.campaignId] },
        }),
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else
            expect(
              (r.data as { campaignPerformance: { total: { conversations: number } } }).campaignPerformance.total
                .conversations,
            ).toBe(0);
        },
      },
    },
    attributedConversations: {
      access: ALL,
      document:
        'query($filter: AnalyticsFilter!) { attributedConversations(filter: $filter) { totalCount nodes { conversationId } } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({
          filter: { from: '2026-01-01', to: '2026-01-31', accountIds: [fx.accountId], campaignIds: [fx.campaignId] },
        }),
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else
            expect(
              (r.data as { attributedConversations: { totalCount: number } }).attributedConversations.totalCount,
            ).toBe(0);
        },
      },
    },
    attributedConversions: {
      access: ALL,
      document:
        'query($filter: AnalyticsFilter!) { attributedConversions(filter: $filter) { totalCount nodes { eventId } } }',
      variables: () => ({ filter: { from: '2026-01-01', to: '2026-01-31' } }),
      crossTenant: {
        variables: (fx) => ({
          filter: { from: '2026-01-01', to: '2026-01-31', accountIds: [fx.accountId], campaignIds: [fx.campaignId] },
        }),
        expect: (r) => {
          if (r.errors) expect(errorCodes(r).every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')).toBe(true);
          else
            expect((r.data as { attributedConversions: { totalCount: number } }).attributedConversions.totalCount).toBe(
              0,
            );
        },
      },
    },
    alertRules: { access: ALL, document: '{ alertRules { id } }' },
    alertFirings: { access: ALL, document: '{ alertFirings(unreadOnly: true) { totalCount } }' },
    alertUnreadCount: { access: ALL, document: '{ alertUnreadCount }' },
    alertDeliverySettings: {
      access: ['admin', 'manager', 'compliance'],
      document: '{ alertDeliverySettings { emailEnabled } }',
    },
  },
  Mutation: {
    login: {
      access: 'public',
      document:
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { expiresAt } }',
      variables: () => ({ email: TEST_ADMIN.email, password: TEST_ADMIN.password }),
    },
    logout: { access: 'users', document: 'mutation { logout }', freshSession: true },
    updateMyProfile: {
      access: 'users',
      document: 'mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }',
      variables: () => ({ input: { locale: 'PL' } }),
    },
    changeMyPassword: {
      access: 'users',
      document: 'mutation($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }',
      variables: ({ caller }) => ({
        c: caller.password ?? 'not-a-user-password',
        n: caller.password ?? 'not-a-user-password',
      }),
    },
    createUser: {
      access: ['admin'],
      document: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      variables: () => ({
        input: { email: `new-${unique()}@a.test`, name: 'New', role: 'VIEWER', password: 'a-long-password' },
      }),
    },
    updateUser: {
      access: ['admin'],
      document: 'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }',
      variables: ({ fx }) => ({ id: fx.userId, input: { name: 'Target' } }),
      crossTenant: {
        variables: (fx) => ({ id: fx.userId, input: { name: 'Hijacked', active: false } }),
        expect: 'NOT_FOUND',
      },
    },
    createApiKey: {
      access: ['admin'],
      document: 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
      variables: () => ({ input: { name: `key ${unique()}`, role: 'VIEWER' } }),
    },
    revokeApiKey: {
      access: ['admin'],
      document: 'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
      variables: async ({ url, admin }) => {
        const created = await graphql<{ createApiKey: { apiKey: { id: string } } }>(
          url,
          'mutation { createApiKey(input: { name: "to revoke", role: VIEWER }) { apiKey { id } } }',
          {},
          { token: admin },
        );
        return { id: created.data!.createApiKey.apiKey.id };
      },
      crossTenant: { variables: (fx) => ({ id: fx.apiKeyId }), expect: 'NOT_FOUND' },
    },
    updateTenantSettings: {
      access: ['admin', 'manager'],
      document: 'mutation($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { timeZone } }',
      variables: () => ({ input: { holidays: ['2026-01-01'] } }),
    },
    updateMarketingSettings: {
      access: ['admin', 'manager', 'marketer'],
      document:
        'mutation($input: MarketingSettingsInput!) { updateMarketingSettings(input: $input) { attributionWindowDays } }',
      variables: () => ({ input: { attributionWindowDays: 14 } }),
    },
    updateSlaSettings: {
      access: ['admin', 'manager'],
      document: 'mutation { updateSlaSettings(targets: []) { updatedAt } }',
    },
    updateComplianceSettings: {
      access: ['admin', 'compliance'],
      document: 'mutation($input: ComplianceSettingsInput!) { updateComplianceSettings(input: $input) { revision } }',
      variables: () => ({ input: { frequencyCap: { enabled: true, count: 3, windowHours: 24 } } }),
    },
    updateComplianceCases: {
      access: ['admin', 'compliance'],
      document:
        'mutation($input: UpdateComplianceCasesInput!) { updateComplianceCases(input: $input) { updated skipped { code } } }',
      variables: ({ fx }) => ({ input: { violationIds: [fx.violationId], action: 'UNASSIGN' } }),
      crossTenant: {
        variables: (fx) => ({ input: { violationIds: [fx.violationId], action: 'ACKNOWLEDGE' } }),
        expect: (r) => {
          const result = (r.data as { updateComplianceCases: { updated: number; skipped: Array<{ code: string }> } })
            .updateComplianceCases;
          expect(result).toEqual({ updated: 0, skipped: [{ code: 'NOT_FOUND' }] });
        },
      },
    },
    addComplianceCaseComment: {
      access: ['admin', 'compliance'],
      document: 'mutation($id: ID!) { addComplianceCaseComment(violationId: $id, body: "matrix") { id } }',
      variables: ({ fx }) => ({ id: fx.violationId }),
      crossTenant: { variables: (fx) => ({ id: fx.violationId }), expect: 'NOT_FOUND' },
    },
    saveComplianceView: {
      access: ['admin', 'compliance', 'manager'],
      document: 'mutation($input: SaveComplianceViewInput!) { saveComplianceView(input: $input) { id } }',
      variables: () => ({ input: { name: `view ${unique()}`, filter: { kind: 'NO_CONSENT' } } }),
      crossTenant: {
        variables: (fx) => ({ input: { id: fx.savedViewId, name: 'taken over', filter: {} } }),
        expect: 'NOT_FOUND',
      },
    },
    deleteComplianceView: {
      access: ['admin', 'compliance', 'manager'],
      document: 'mutation($id: ID!) { deleteComplianceView(id: $id) }',
      // A view of the caller's own where the caller may save one (only owners and admins delete), else the admin's.
      variables: async ({ url, admin, caller }) => {
        const mayOwn = ['admin', 'compliance', 'manager'].includes(String(caller.role)) && caller.token;
        const response = await graphql<{ saveComplianceView: { id: string } }>(
          url,
          'mutation($input: SaveComplianceViewInput!) { saveComplianceView(input: $input) { id } }',
          { input: { name: `view ${unique()}`, filter: {} } },
          { token: mayOwn ? caller.token : admin },
        );
        return { id: response.data!.saveComplianceView.id };
      },
      crossTenant: { variables: (fx) => ({ id: fx.savedViewId }), expect: 'NOT_FOUND' },
    },
    redetectViolations: {
      access: ['admin', 'compliance'],
      document:
        'mutation { redetectViolations(from: "2026-01-01T00:00:00.000Z", to: "2026-01-02T00:00:00.000Z") { found } }',
    },
    updateMonitoringSettings: {
      access: ['admin', 'manager', 'compliance'],
      document: 'mutation { updateMonitoringSettings(input: { tierEra: AUTO }) { tierEra } }',
    },
    createBusinessAccount: {
      access: ['admin'],
      document: 'mutation($input: BusinessAccountInput!) { createBusinessAccount(input: $input) { id } }',
      variables: () => ({ input: accountInput(`bot-${unique()}`) }),
    },
    updateBusinessAccount: {
      access: ['admin'],
      document:
        'mutation($id: ID!, $input: BusinessAccountInput!) { updateBusinessAccount(id: $id, input: $input) { id } }',
      variables: ({ fx }) => ({ id: fx.accountId, input: accountInput(fx.accountExternalId) }),
      crossTenant: {
        variables: (fx) => ({
          id: fx.accountId,
          input: { ...accountInput(fx.accountExternalId), displayName: 'Hijacked' },
        }),
        expect: 'NOT_FOUND',
      },
    },
    deleteBusinessAccount: {
      access: ['admin'],
      document: 'mutation($id: ID!) { deleteBusinessAccount(id: $id) }',
      variables: async ({ url, admin }) => ({ id: await createAccount(url, admin) }),
      crossTenant: { variables: (fx) => ({ id: fx.accountId }), expect: 'NOT_FOUND' },
    },
    createTeam: {
      access: ['admin', 'manager'],
      document: 'mutation($input: TeamInput!) { createTeam(input: $input) { id } }',
      variables: () => ({ input: { name: `Team ${unique()}` } }),
    },
    updateTeam: {
      access: ['admin', 'manager'],
      document: 'mutation($id: ID!, $input: TeamInput!) { updateTeam(id: $id, input: $input) { id } }',
      variables: ({ fx }) => ({ id: fx.teamId, input: { name: `Support ${unique()}` } }),
      crossTenant: { variables: (fx) => ({ id: fx.teamId, input: { name: 'Hijacked' } }), expect: 'NOT_FOUND' },
    },
    deleteTeam: {
      access: ['admin', 'manager'],
      document: 'mutation($id: ID!) { deleteTeam(id: $id) }',
      variables: async ({ url, admin }) => ({ id: await createTeam(url, admin) }),
      crossTenant: { variables: (fx) => ({ id: fx.teamId }), expect: 'NOT_FOUND' },
    },
    createAgent: {
      access: ['admin', 'manager'],
      document: 'mutation($input: AgentInput!) { createAgent(input: $input) { id } }',
      variables: () => ({ input: { externalId: `agent-${unique()}`, name: 'Agent' } }),
      crossTenant: {
        variables: (fx) => ({ input: { externalId: `agent-${unique()}`, name: 'Agent', teamId: fx.teamId } }),
        expect: 'REFUSED',
      },
    },
    updateAgent: {
      access: ['admin', 'manager'],
      document: 'mutation($id: ID!, $input: AgentInput!) { updateAgent(id: $id, input: $input) { id } }',
      variables: ({ fx }) => ({ id: fx.agentId, input: { externalId: 'agent-fixture', name: 'Olena' } }),
      crossTenant: {
        variables: (fx) => ({ id: fx.agentId, input: { externalId: 'agent-fixture', name: 'Hijacked' } }),
        expect: 'NOT_FOUND',
      },
    },
    deleteAgent: {
      access: ['admin', 'manager'],
      document: 'mutation($id: ID!) { deleteAgent(id: $id) }',
      variables: async ({ url, admin }) => ({ id: await createAgent(url, admin) }),
      crossTenant: { variables: (fx) => ({ id: fx.agentId }), expect: 'NOT_FOUND' },
    },
    importCatalogItems: {
      access: ['admin', 'compliance'],
      document: 'mutation($input: CatalogImportInput!) { importCatalogItems(input: $input) { accepted rejected } }',
      variables: () => ({ input: { format: 'NDJSON', dryRun: true, content: '{"itemId":"sku-1","title":"Hat"}' } }),
    },
    importConsentRecords: {
      access: ['admin', 'compliance'],
      document: 'mutation($input: ConsentImportInput!) { importConsentRecords(input: $input) { accepted rejected } }',
      variables: () => ({
        input: {
          format: 'NDJSON',
          dryRun: true,
          content:
            '{"contact":"+491512345678","channel":"whatsapp","purpose":"marketing","action":"opt_in","occurredAt":"2026-01-05T10:00:00Z"}',
        },
      }),
    },
    createCampaign: {
      access: ['admin', 'marketer'],
      document: 'mutation($input: CampaignInput!) { createCampaign(input: $input) { id } }',
      variables: () => ({ input: campaignInput(`c-${unique()}`) }),
      crossTenant: { variables: (fx) => ({ input: campaignInput(`c-${unique()}`, fx.accountId) }), expect: 'REFUSED' },
    },
    updateCampaign: {
      access: ['admin', 'marketer'],
      document: 'mutation($id: ID!, $input: CampaignInput!) { updateCampaign(id: $id, input: $input) { id } }',
      variables: ({ fx }) => ({ id: fx.campaignId, input: campaignInput(fx.campaignKey) }),
      crossTenant: {
        variables: (fx) => ({ id: fx.campaignId, input: campaignInput(fx.campaignKey) }),
        expect: 'NOT_FOUND',
      },
    },
    deleteCampaign: {
      access: ['admin', 'marketer'],
      document: 'mutation($id: ID!) { deleteCampaign(id: $id) }',
      variables: async ({ url, admin }) => ({ id: await createCampaign(url, admin) }),
      crossTenant: { variables: (fx) => ({ id: fx.campaignId }), expect: 'NOT_FOUND' },
    },
    createAlertRule: {
      access: ['admin', 'manager', 'compliance'],
      document: 'mutation($input: AlertRuleInput!) { createAlertRule(input: $input) { id } }',
      variables: () => ({ input: alertRuleInput(`Rule ${unique()}`) }),
    },
    updateAlertRule: {
      access: ['admin', 'manager', 'compliance'],
      document: 'mutation($id: ID!, $input: AlertRuleInput!) { updateAlertRule(id: $id, input: $input) { id } }',
      variables: ({ fx }) => ({ id: fx.alertRuleId, input: alertRuleInput('Fixture rule') }),
      crossTenant: {
        variables: (fx) => ({ id: fx.alertRuleId, input: { ...alertRuleInput('Hijacked'), enabled: true } }),
        expect: 'NOT_FOUND',
      },
    },
    deleteAlertRule: {
      access: ['admin', 'manager', 'compliance'],
      document: 'mutation($id: ID!) { deleteAlertRule(id: $id) }',
      variables: async ({ url, admin }) => ({ id: await createAlertRule(url, admin) }),
      crossTenant: { variables: (fx) => ({ id: fx.alertRuleId }), expect: 'NOT_FOUND' },
    },
    markAlertsRead: {
      access: ALL,
      document: 'mutation($ids: [ID!]) { markAlertsRead(ids: $ids) }',
      variables: () => ({ ids: null }),
      crossTenant: {
        variables: (fx) => ({ ids: [fx.alertRuleId] }),
        expect: (r) => expect((r.data as { markAlertsRead: number }).markAlertsRead).toBe(0),
      },
    },
    updateAlertWebhook: {
      access: ['admin'],
      document: 'mutation { updateAlertWebhook(url: null) { secret } }',
    },
    evaluateAlertsNow: { access: ['admin'], document: 'mutation { evaluateAlertsNow }' },
    setCampaignSpend: {
      access: ['admin', 'marketer'],
      document:
        'mutation($id: ID!, $spend: [DailySpendInput!]!) { setCampaignSpend(id: $id, spend: $spend) { totalSpend } }',
      variables: ({ fx }) => ({ id: fx.campaignId, spend: [{ date: '2026-01-05', amount: 12.5 }] }),
      crossTenant: {
        variables: (fx) => ({ id: fx.campaignId, spend: [{ date: '2026-01-06', amount: 999 }] }),
        expect: 'NOT_FOUND',
      },
    },
  },
};

async function createAccount(url: string, admin: string): Promise<string> {
  const r = await graphql<{ createBusinessAccount: { id: string } }>(
    url,
    'mutation($input: BusinessAccountInput!) { createBusinessAccount(input: $input) { id } }',
    { input: accountInput(`bot-${unique()}`) },
    { token: admin },
  );
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.createBusinessAccount.id;
}

async function createTeam(url: string, admin: string): Promise<string> {
  const r = await graphql<{ createTeam: { id: string } }>(
    url,
    'mutation($input: TeamInput!) { createTeam(input: $input) { id } }',
    { input: { name: `Team ${unique()}` } },
    { token: admin },
  );
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.createTeam.id;
}

async function createAgent(url: string, admin: string, input: Record<string, unknown> = {}): Promise<string> {
  const r = await graphql<{ createAgent: { id: string } }>(
    url,
    'mutation($input: AgentInput!) { createAgent(input: $input) { id } }',
    { input: { externalId: `agent-${unique()}`, name: 'Agent', ...input } },
    { token: admin },
  );
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.createAgent.id;
}

async function createCampaign(url: string, admin: string, key = `c-${unique()}`, accountId?: string): Promise<string> {
  const r = await graphql<{ createCampaign: { id: string } }>(
    url,
    'mutation($input: CampaignInput!) { createCampaign(input: $input) { id } }',
    { input: campaignInput(key, accountId) },
    { token: admin },
  );
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.createCampaign.id;
}

async function createAlertRule(url: string, admin: string): Promise<string> {
  const r = await graphql<{ createAlertRule: { id: string } }>(
    url,
    'mutation($input: AlertRuleInput!) { createAlertRule(input: $input) { id } }',
    { input: alertRuleInput('Fixture rule') },
    { token: admin },
  );
  return r.data!.createAlertRule.id;
}

async function login(url: string, email: string, password: string): Promise<string> {
  const r = await graphql<{ login: { token: string } }>(
    url,
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password },
  );
  if (!r.data) throw new Error(`login ${email}: ${JSON.stringify(r.errors)}`);
  return r.data.login.token;
}

function expectedOutcome(access: Access, caller: Caller): 'allowed' | 'FORBIDDEN' | 'UNAUTHENTICATED' {
  if (access === 'public') return 'allowed';
  if (caller.kind === 'anonymous') return 'UNAUTHENTICATED';
  if (caller.role === 'ingest') return 'FORBIDDEN';
  if (access === 'users') return caller.kind === 'user' ? 'allowed' : 'FORBIDDEN';
  if (access === 'all') return 'allowed';
  return access.includes(caller.role as Role) ? 'allowed' : 'FORBIDDEN';
}

/** Everything tenant A has, as its admin sees it: must not change when tenant B sends A's ids. */
const SNAPSHOT = `{
  alertRules { id name enabled }
  users { nodes { id name role active locale } }
  apiKeys { nodes { id name role revokedAt } }
  businessAccounts { nodes { id externalId displayName verified } }
  teams { nodes { id name agentCount } }
  agents { nodes { id externalId name active team { id } } }
  campaigns { nodes { id key name account { id } spend { date amount } } }
  tenantSettings { timeZone holidays businessHours { dayOfWeek opens closes } }
}`;

/** A stored violation of tenant A (detection has no events to find one in this suite). */
async function createViolation(db: DataSource, tenantId: string, accountId: string): Promise<string> {
  const id = randomUUID();
  await db.getRepository(ComplianceViolation).insert({
    id,
    tenantId,
    key: `PLATFORM_ENFORCEMENT:${id}`,
    kind: 'PLATFORM_ENFORCEMENT',
    severity: 'high',
    ruleVersion: 'PLATFORM_ENFORCEMENT@1',
    occurredAt: new Date('2026-01-10T10:00:00.000Z'),
    detectedAt: new Date('2026-01-10T10:01:00.000Z'),
    channel: 'whatsapp',
    accountId,
    contactId: '',
    messageId: null,
    eventId: id,
    campaignId: null,
    templateName: null,
    evidence: { eventType: 'account.policy_alert' },
    retractedAt: null,
    caseState: 'open',
    assigneeUserId: null,
    caseUpdatedAt: null,
  } as never);
  return id;
}

describe('authorization matrix (every operation × every role, and cross-tenant ids)', () => {
  let warehouse: TestWarehouse;
  let dataDir: string;
  let running: RunningTestApp;
  let fx: Fixtures;
  let adminA: string;
  let adminB: string;
  const callers: Caller[] = [{ label: 'anonymous', kind: 'anonymous' }];

  beforeAll(async () => {
    warehouse = await testWarehouse();
    dataDir = tempDataDir();
    running = await startTestApp({ dataDir, warehouse });
    const { url, app } = running;
    adminA = await login(url, TEST_ADMIN.email, TEST_ADMIN.password);
    const tenantA = (await app.get(TenantsService).ensureDefaultTenant()).id;

    for (const role of ROLES) {
      const email = `${role}@a.test`;
      const password = `password-of-${role}`;
      const created = await graphql(
        url,
        'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
        { input: { email, name: role, role: role.toUpperCase(), password } },
        { token: adminA },
      );
      expect(created.errors).toBeUndefined();
      callers.push({
        label: `user:${role}`,
        kind: 'user',
        role,
        email,
        password,
        token: await login(url, email, password),
      });
    }
    const keyOwner: Principal = { tenantId: tenantA, role: 'admin', kind: 'user', label: 'matrix setup' };
    for (const role of API_KEY_ROLES) {
      const { secret } = await app.get(ApiKeysService).create(keyOwner, { name: `key ${role}`, role });
      callers.push({ label: `api_key:${role}`, kind: 'api_key', role, token: secret });
    }

    const tenantB = await app.get(TenantsService).ensure('second', 'Second tenant');
    await app
      .get(UsersService)
      .create(
        { kind: 'system', tenantId: tenantB.id },
        { email: 'admin@b.test', name: 'B admin', role: 'admin', password: 'password-of-b-admin' },
      );
    adminB = await login(url, 'admin@b.test', 'password-of-b-admin');

    const target = await graphql<{ createUser: { id: string } }>(
      url,
      'mutation { createUser(input: { email: "target@a.test", name: "Target", role: VIEWER, password: "a-long-password" }) { id } }',
      {},
      { token: adminA },
    );
    const key = await graphql<{ createApiKey: { apiKey: { id: string } } }>(
      url,
      'mutation { createApiKey(input: { name: "fixture", role: VIEWER }) { apiKey { id } } }',
      {},
      { token: adminA },
    );
    const accountExternalId = `bot-fixture-${unique()}`;
    const account = await graphql<{ createBusinessAccount: { id: string } }>(
      url,
      'mutation($input: BusinessAccountInput!) { createBusinessAccount(input: $input) { id } }',
      { input: accountInput(accountExternalId) },
      { token: adminA },
    );
    const teamId = await createTeam(url, adminA);
    const campaignKey = 'fixture-campaign';
    fx = {
      userId: target.data!.createUser.id,
      apiKeyId: key.data!.createApiKey.apiKey.id,
      accountId: account.data!.createBusinessAccount.id,
      accountExternalId,
      teamId,
      agentId: await createAgent(url, adminA, { externalId: 'agent-fixture', name: 'Olena', teamId }),
      campaignId: await createCampaign(url, adminA, campaignKey, account.data!.createBusinessAccount.id),
      campaignKey,
      alertRuleId: await createAlertRule(url, adminA),
      violationId: await createViolation(app.get(DataSource), tenantA, accountExternalId),
      savedViewId: (
        await graphql<{ saveComplianceView: { id: string } }>(
          url,
          'mutation { saveComplianceView(input: { name: "fixture", filter: {}, shared: true }) { id } }',
          {},
          { token: adminA },
        )
      ).data!.saveComplianceView.id,
    };
  });

  afterAll(async () => {
    await running?.close();
    await dropTestDatabase(warehouse);
    removeDataDir(dataDir);
  });

  it('has a row for every Query and Mutation field of the schema, and no row for a field that does not exist', () => {
    const schema = running.app.get(GraphQLSchemaHost).schema;
    for (const root of ['Query', 'Mutation'] as const) {
      const fields = Object.keys(
        (root === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {},
      ).sort();
      expect({ root, operations: Object.keys(OPERATIONS[root]).sort() }).toEqual({ root, operations: fields });
    }
  });

  for (const root of ['Query', 'Mutation'] as const) {
    for (const [field, operation] of Object.entries(OPERATIONS[root])) {
      it(`${root}.${field}: ${Array.isArray(operation.access) ? operation.access.join(', ') : operation.access}`, async () => {
        const mismatches: string[] = [];
        for (const caller of callers) {
          const ctx: Ctx = { fx, admin: adminA, caller, url: running.url };
          const variables = (await operation.variables?.(ctx)) ?? {};
          const token =
            operation.freshSession && caller.kind === 'user'
              ? await login(running.url, caller.email!, caller.password!)
              : caller.token;
          const response = await graphql(running.url, operation.document, variables, { token });
          const codes = errorCodes(response);
          const expected = expectedOutcome(operation.access, caller);
          const ok =
            expected === 'allowed' ? codes.length === 0 : codes.length > 0 && codes.every((c) => c === expected);
          if (!ok)
            mismatches.push(
              `${caller.label}: expected ${expected}, got ${codes.join(',') || 'success'} ${JSON.stringify(response.errors ?? '')}`,
            );
        }
        expect(mismatches).toEqual([]);
      });
    }
  }

  describe('cross-tenant: tenant B admin sends tenant A ids', () => {
    const idTaking = (['Query', 'Mutation'] as const).flatMap((root) =>
      Object.entries(OPERATIONS[root]).map(([field, op]) => ({ root, field, op })),
    );

    it('covers every operation that takes an id (as an argument, inside an input or a filter)', () => {
      const schema = running.app.get(GraphQLSchemaHost).schema;
      const takesId = (type: unknown, seen = new Set<string>()): boolean => {
        const named = type as { name?: string; ofType?: unknown; getFields?: () => Record<string, { type: unknown }> };
        if (named.ofType) return takesId(named.ofType, seen);
        if (named.name === 'ID') return true;
        if (!named.getFields || !named.name || seen.has(named.name)) return false;
        seen.add(named.name);
        return Object.values(named.getFields()).some((f) => takesId(f.type, seen));
      };
      const expected = (['Query', 'Mutation'] as const).flatMap((root) =>
        Object.values((root === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {})
          .filter((f) => f.args.some((a) => takesId(a.type)))
          .map((f) => `${root}.${f.name}`),
      );
      const covered = idTaking.filter(({ op }) => op.crossTenant).map(({ root, field }) => `${root}.${field}`);
      expect(covered.sort()).toEqual(expected.sort());
    });

    it('gets NOT_FOUND (or nothing of A) everywhere and changes nothing in tenant A', async () => {
      const before = await graphql(running.url, SNAPSHOT, {}, { token: adminA });
      expect(before.errors).toBeUndefined();
      const mismatches: string[] = [];
      for (const { root, field, op } of idTaking) {
        if (!op.crossTenant) continue;
        const response = await graphql(running.url, op.document, op.crossTenant.variables(fx), { token: adminB });
        const codes = errorCodes(response);
        const { expect: expectation } = op.crossTenant;
        if (expectation === 'NOT_FOUND' && !(codes.length > 0 && codes.every((c) => c === 'NOT_FOUND'))) {
          mismatches.push(`${root}.${field}: expected NOT_FOUND, got ${codes.join(',') || 'success'}`);
        } else if (expectation === 'REFUSED' && !codes.some((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')) {
          mismatches.push(`${root}.${field}: expected a refusal, got ${codes.join(',') || 'success'}`);
        } else if (typeof expectation === 'function') {
          expectation(response);
        }
      }
      expect(mismatches).toEqual([]);
      const after = await graphql(running.url, SNAPSHOT, {}, { token: adminA });
      expect(after.data).toEqual(before.data);
    });
  });
});
