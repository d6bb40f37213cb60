import { graphql } from '../../gql';

export const WeeklyViewsFields = graphql(`
  fragment WeeklyViewsFields on WeeklyProfileViews {
    startsOn
    isoWeek
    views
  }
`);

export const ProfileViewsQuery = graphql(`
  query ProfileViews($after: String, $weeks: Int!) {
    viewer {
      id
      profileViewStats(weeks: $weeks) {
        total
        weeks {
          ...WeeklyViewsFields
        }
      }
      profileViews(first: 20, after: $after) {
        edges {
          cursor
          node {
            viewedAt
            viewer {
              __typename
              # Concrete type conditions only: the cache needs no possibleTypes to match them.
              ... on Member {
                ...PersonSummary
              }
              ... on AnonymousProfileViewer {
                industry
              }
              ... on PrivateProfileViewer {
                private
              }
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const ProfileViewModeQuery = graphql(`
  query ProfileViewMode {
    viewer {
      id
      profileViewMode
    }
  }
`);

export const SetProfileViewModeMutation = graphql(`
  mutation SetProfileViewMode($input: SetProfileViewModeInput!) {
    setProfileViewMode(input: $input) {
      member {
        id
        profileViewMode
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RecordProfileViewMutation = graphql(`
  mutation RecordProfileView($input: RecordProfileViewInput!) {
    recordProfileView(input: $input) {
      recorded
    }
  }
`);
