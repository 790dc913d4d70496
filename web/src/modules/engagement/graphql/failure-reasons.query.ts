import { graphql } from '@web/generated';

export const FailureReasonsQuery = graphql(`
  query FailureReasons($filter: AnalyticsFilter!) {
    failureReasons(filter: $filter) {
      ...FailureReasonFields
    }
  }

  fragment FailureReasonFields on FailureReason {
    channel
    errorCode
    count
    share
    known
    title
    platformTitle
    meaning
    likelyCause
    category
    categoryLabel
    recommendedAction
    retry
  }
`);
