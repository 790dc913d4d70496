import { graphql } from '@web/generated';

export const UsersQuery = graphql(`
  query Users($page: PageInput) {
    users(page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...UserFields
      }
    }
  }

  fragment UserFields on User {
    id
    email
    name
    role
    locale
    timeZone
    active
    createdAt
    lastLoginAt
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      name
      role
      locale
      timeZone
      active
    }
  }
`);
