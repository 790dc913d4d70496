import { graphql } from '@web/generated';

export const SatisfactionQuery = graphql(`
  query Satisfaction($filter: AnalyticsFilter!, $groupBy: SatisfactionGroupBy!) {
    satisfaction(filter: $filter, groupBy: $groupBy) {
      totals {
        ...SatisfactionGroupFields
      }
      groups {
        ...SatisfactionGroupFields
      }
    }
  }

  fragment SatisfactionGroupFields on SatisfactionGroup {
    key
    label
    nps {
      ...SatisfactionFigureFields
    }
    csat {
      ...SatisfactionFigureFields
    }
  }

  fragment SatisfactionFigureFields on SatisfactionFigure {
    survey
    answers
    score
    promoters
    passives
    detractors
    responseRate
  }
`);

export const SurveyCommentsQuery = graphql(`
  query SurveyComments($filter: AnalyticsFilter!, $survey: SurveyKind, $maxScore: Int, $page: PageInput) {
    surveyComments(filter: $filter, survey: $survey, maxScore: $maxScore, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        survey
        score
        comment
        answeredAt
        channel
        agentId
        agentName
        conversationId
      }
    }
  }
`);
