import { graphql } from '@web/generated';

export const CampaignsQuery = graphql(`
  query Campaigns($page: PageInput, $search: String) {
    campaigns(page: $page, search: $search) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...CampaignFields
      }
    }
  }

  fragment CampaignFields on Campaign {
    id
    key
    name
    channel
    account {
      id
      displayName
      externalId
    }
    sourceKind
    codes {
      kind
      value
    }
    templateName
    startsOn
    endsOn
    currency
    spend {
      date
      amount
    }
    totalSpend
    updatedAt
  }
`);

export const CreateCampaignMutation = graphql(`
  mutation CreateCampaign($input: CampaignInput!) {
    createCampaign(input: $input) {
      ...CampaignFields
    }
  }
`);

export const UpdateCampaignMutation = graphql(`
  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {
    updateCampaign(id: $id, input: $input) {
      ...CampaignFields
    }
  }
`);

export const DeleteCampaignMutation = graphql(`
  mutation DeleteCampaign($id: ID!) {
    deleteCampaign(id: $id)
  }
`);

export const SetCampaignSpendMutation = graphql(`
  mutation SetCampaignSpend($id: ID!, $spend: [DailySpendInput!]!) {
    setCampaignSpend(id: $id, spend: $spend) {
      ...CampaignFields
    }
  }
`);
