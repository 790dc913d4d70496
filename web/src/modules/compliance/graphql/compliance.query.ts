import { graphql } from '@web/generated';

export const ComplianceSummaryQuery = graphql(`
  query ComplianceSummary(
    $filter: AnalyticsFilter!
    $all: ViolationFilter!
    $open: ViolationFilter!
    $severeOpen: ViolationFilter!
    $enforcement: ViolationFilter!
  ) {
    coverageByDay: consentCoverage(filter: $filter, groupBy: DAY) {
      key
      businessInitiated
      covered
      coverage
    }
    optOutHonouring(filter: $filter, page: { first: 1 }) {
      optOuts
      honoured
      violated
      messagesAfterOptOut
      medianDelaySeconds
    }
    allViolations: complianceViolations(filter: $all, page: { first: 1 }) {
      totalCount
    }
    openViolations: complianceViolations(filter: $open, page: { first: 1 }) {
      totalCount
    }
    severeOpenViolations: complianceViolations(filter: $severeOpen, page: { first: 1 }) {
      totalCount
    }
    enforcementEvents: complianceViolations(filter: $enforcement, page: { first: 1 }) {
      totalCount
    }
  }
`);

export const ViolationTrendQuery = graphql(`
  query ViolationTrend($filter: ViolationFilter!, $interval: ViolationTrendInterval!) {
    complianceViolationTrend(filter: $filter, interval: $interval) {
      date
      total
      byKind {
        kind
        count
      }
    }
  }
`);

export const ViolationListFields = graphql(`
  fragment ViolationListFields on Violation {
    id
    kind
    severity
    ruleVersion
    occurredAt
    channel
    accountId
    accountName
    contactId
    campaignId
    templateName
    caseState
    assigneeUserId
    caseUpdatedAt
    retractedAt
  }
`);

export const ComplianceViolationsQuery = graphql(`
  query ComplianceViolations($filter: ViolationFilter!, $page: PageInput) {
    complianceViolations(filter: $filter, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...ViolationListFields
      }
    }
  }
`);

export const ComplianceViolationQuery = graphql(`
  query ComplianceViolation($id: ID!) {
    complianceViolation(id: $id) {
      ...ViolationListFields
      messageId
      eventId
      detectedAt
      evidence
    }
  }
`);

export const ConsentAtSendQuery = graphql(`
  query ConsentAtSend($contactId: String!, $channel: Channel!, $at: DateTime!) {
    consentLedger(contactId: $contactId, channel: $channel) {
      contactId
      states(at: $at) {
        channel
        purpose
        state
        blocked
        since
        method
        eventId
      }
      entries {
        id
        occurredAt
        channel
        purpose
        action
        method
        source
        accountId
      }
    }
  }
`);
