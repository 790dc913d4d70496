import { graphql } from '@web/generated';

export const FilterOptionsQuery = graphql(`
  query FilterOptions {
    businessAccounts(page: { first: 200 }) {
      nodes {
        id
        channel
        externalId
        displayName
        displayPhoneNumber
      }
    }
    campaigns(page: { first: 200 }) {
      nodes {
        id
        key
        name
      }
    }
    agents(page: { first: 200 }) {
      nodes {
        id
        name
      }
    }
  }
`);
