import { graphql } from '@web/generated';

export const ComplianceCaseQuery = graphql(`
  query ComplianceCase($violationId: ID!) {
    complianceCase(violationId: $violationId) {
      violation {
        id
        kind
        caseState
        assigneeUserId
        caseUpdatedAt
      }
      assignee {
        id
        name
        email
      }
      comments {
        id
        author
        body
        createdAt
      }
      history {
        id
        at
        action
        actorLabel
        before
        after
      }
    }
  }
`);

export const ComplianceAssigneesQuery = graphql(`
  query ComplianceAssignees {
    complianceAssignees {
      id
      name
      email
    }
  }
`);

export const UpdateComplianceCasesMutation = graphql(`
  mutation UpdateComplianceCases($input: UpdateComplianceCasesInput!) {
    updateComplianceCases(input: $input) {
      updated
      exceptionsAdded
      skipped {
        violationId
        code
        message
      }
    }
  }
`);

export const AddComplianceCaseCommentMutation = graphql(`
  mutation AddComplianceCaseComment($violationId: ID!, $body: String!) {
    addComplianceCaseComment(violationId: $violationId, body: $body) {
      id
      author
      body
      createdAt
    }
  }
`);

export const ComplianceSavedViewsQuery = graphql(`
  query ComplianceSavedViews {
    complianceSavedViews {
      id
      name
      filter
      shared
      owner
      mine
    }
  }
`);

export const SaveComplianceViewMutation = graphql(`
  mutation SaveComplianceView($input: SaveComplianceViewInput!) {
    saveComplianceView(input: $input) {
      id
      name
      filter
      shared
      owner
      mine
    }
  }
`);

export const DeleteComplianceViewMutation = graphql(`
  mutation DeleteComplianceView($id: ID!) {
    deleteComplianceView(id: $id)
  }
`);
