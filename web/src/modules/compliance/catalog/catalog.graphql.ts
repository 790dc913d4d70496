import { graphql } from '@web/generated';

export const ImportCatalogItemsMutation = graphql(`
  mutation ImportCatalogItems($input: CatalogImportInput!) {
    importCatalogItems(input: $input) {
      rows
      accepted
      rejected
      created
      updated
      unchanged
      removed
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

export const CatalogItemsQuery = graphql(`
  query CatalogItems($page: PageInput, $search: String, $includeRemoved: Boolean) {
    catalogItems(page: $page, search: $search, includeRemoved: $includeRemoved) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        itemId
        title
        accountId
        url
        updatedAt
        removedAt
      }
    }
  }
`);
