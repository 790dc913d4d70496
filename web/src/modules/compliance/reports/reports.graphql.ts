import { graphql } from '@web/generated';

export const ComplianceReportQuery = graphql(`
  query ComplianceReport($input: ComplianceReportInput!) {
    complianceReport(input: $input) {
      from
      to
      timeZone
      generatedAt
      tenantName
      scope {
        accounts {
          id
          name
        }
        campaigns {
          id
          name
        }
      }
      coverage {
        businessInitiated
        covered
        coverage
        noConsent
        afterOptOut
        purposeMismatch
        byAccount {
          ...ReportCoverageRow
        }
        byCampaign {
          ...ReportCoverageRow
        }
        byChannel {
          ...ReportCoverageRow
        }
      }
      optOut {
        optOuts
        honoured
        violated
        messagesAfterOptOut
        medianDelaySeconds
        maxDelaySeconds
      }
      violationTotal
      violations {
        kind
        severity
        total
        open
        acknowledged
        resolved
        falsePositive
      }
      trend {
        date
        total
        byKind {
          kind
          count
        }
      }
      openCases {
        count
        open
        acknowledged
        oldestDetectedAt
        oldestAgeSeconds
        oldest {
          id
          kind
          severity
          caseState
          occurredAt
          detectedAt
          ageSeconds
          channel
          accountId
          accountName
          contactId
          templateName
        }
      }
      platformEnforcement {
        total
        events {
          violationId
          occurredAt
          severity
          caseState
          channel
          accountId
          accountName
          eventType
          status
          reason
          templateName
        }
      }
      ruleVersions {
        kind
        ruleVersion
        violations
      }
    }
  }

  fragment ReportCoverageRow on ConsentCoverageRow {
    key
    label
    channel
    businessInitiated
    covered
    coverage
    noConsent
    afterOptOut
    purposeMismatch
  }
`);
