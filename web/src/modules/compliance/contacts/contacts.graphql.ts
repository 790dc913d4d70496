import { graphql } from '@web/generated';

export const ContactLedgerQuery = graphql(`
  query ContactLedger($contactId: String!, $channel: Channel, $at: DateTime) {
    consentLedger(contactId: $contactId, channel: $channel) {
      contactId
      channel
      entries {
        id
        occurredAt
        channel
        accountId
        purpose
        action
        method
        source
        evidence {
          text
          url
          formId
          capturedBy
          proofRef
        }
      }
      now: states {
        ...ContactConsentState
      }
      atInstant: states(at: $at) {
        ...ContactConsentState
      }
    }
  }

  fragment ContactConsentState on ConsentStateAt {
    channel
    purpose
    state
    since
    method
    blocked
  }
`);

export const ImportConsentRecordsMutation = graphql(`
  mutation ImportConsentRecords($input: ConsentImportInput!) {
    importConsentRecords(input: $input) {
      rows
      accepted
      rejected
      dryRun
      errors {
        row
        field
        code
        message
      }
    }
  }
`);
