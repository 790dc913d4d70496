import { graphql } from '@web/generated';

export const BusinessAccountsQuery = graphql(`
  query BusinessAccounts($page: PageInput) {
    businessAccounts(page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...BusinessAccountFields
      }
    }
  }

  fragment BusinessAccountFields on BusinessAccount {
    id
    channel
    externalId
    wabaId
    displayPhoneNumber
    displayName
    verified
    createdAt
  }
`);

export const CreateBusinessAccountMutation = graphql(`
  mutation CreateBusinessAccount($input: BusinessAccountInput!) {
    createBusinessAccount(input: $input) {
      ...BusinessAccountFields
    }
  }
`);

export const UpdateBusinessAccountMutation = graphql(`
  mutation UpdateBusinessAccount($id: ID!, $input: BusinessAccountInput!) {
    updateBusinessAccount(id: $id, input: $input) {
      ...BusinessAccountFields
    }
  }
`);

export const DeleteBusinessAccountMutation = graphql(`
  mutation DeleteBusinessAccount($id: ID!) {
    deleteBusinessAccount(id: $id)
  }
`);
