import { graphql } from '@web/generated';

export const TeamsQuery = graphql(`
  query Teams($page: PageInput) {
    teams(page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        externalId
        name
        agentCount
        createdAt
      }
    }
  }
`);

export const AgentsQuery = graphql(`
  query Agents($page: PageInput, $teamId: ID) {
    agents(page: $page, teamId: $teamId) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...AgentFields
      }
    }
  }

  fragment AgentFields on Agent {
    id
    externalId
    name
    email
    active
    createdAt
    team {
      id
      name
    }
  }
`);

export const CreateTeamMutation = graphql(`
  mutation CreateTeam($input: TeamInput!) {
    createTeam(input: $input) {
      id
      name
      agentCount
      createdAt
    }
  }
`);

export const UpdateTeamMutation = graphql(`
  mutation UpdateTeam($id: ID!, $input: TeamInput!) {
    updateTeam(id: $id, input: $input) {
      id
      name
    }
  }
`);

export const DeleteTeamMutation = graphql(`
  mutation DeleteTeam($id: ID!) {
    deleteTeam(id: $id)
  }
`);

export const CreateAgentMutation = graphql(`
  mutation CreateAgent($input: AgentInput!) {
    createAgent(input: $input) {
      ...AgentFields
    }
  }
`);

export const UpdateAgentMutation = graphql(`
  mutation UpdateAgent($id: ID!, $input: AgentInput!) {
    updateAgent(id: $id, input: $input) {
      ...AgentFields
    }
  }
`);

export const DeleteAgentMutation = graphql(`
  mutation DeleteAgent($id: ID!) {
    deleteAgent(id: $id)
  }
`);
