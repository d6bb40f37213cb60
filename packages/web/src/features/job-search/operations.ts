import { graphql } from '../../gql';

export const JobCardFields = graphql(`
  fragment JobCardFields on JobPosting {
    id
    title
    state
    location {
      city
      region
      country
    }
    workplaceType
    contractType
    salary {
      min
      max
      currency
      period
    }
    publishedAt
    viewerHasSaved
    company {
      id
      name
    }
  }
`);

export const JobSearchQuery = graphql(`
  query JobSearch($query: String, $filters: JobSearchFilters, $sort: JobSearchSort!, $after: String) {
    jobSearch(query: $query, filters: $filters, sort: $sort, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...JobCardFields
        }
      }
      facets {
        contractTypes {
          value
          count
        }
        workplaceTypes {
          value
          count
        }
        seniorities {
          value
          count
        }
        jobFunctions {
          value
          count
        }
        companies {
          id
          name
          count
        }
        locations {
          value
          count
        }
        postedWithin {
          value
          count
        }
      }
    }
  }
`);

export const JobSearchMoreQuery = graphql(`
  query JobSearchMore($query: String, $filters: JobSearchFilters, $sort: JobSearchSort!, $after: String) {
    jobSearch(query: $query, filters: $filters, sort: $sort, first: 20, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...JobCardFields
        }
      }
    }
  }
`);

export const JobsForYouQuery = graphql(`
  query JobsForYou {
    jobsForYou(first: 6) {
      edges {
        reasons {
          kind
          count
          text
        }
        node {
          ...JobCardFields
        }
      }
    }
  }
`);

export const SaveJobMutation = graphql(`
  mutation SaveJob($input: SaveJobInput!) {
    saveJob(input: $input) {
      jobPosting {
        id
        viewerHasSaved
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const UnsaveJobMutation = graphql(`
  mutation UnsaveJob($input: SaveJobInput!) {
    unsaveJob(input: $input) {
      jobPosting {
        id
        viewerHasSaved
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const SavedJobsQuery = graphql(`
  query SavedJobs($after: String) {
    savedJobs(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        savedAt
        node {
          ...JobCardFields
        }
      }
    }
  }
`);

export const JobAlertFields = graphql(`
  fragment JobAlertFields on JobAlert {
    id
    name
    query
    frequency
    unseenMatchCount
    createdAt
  }
`);

export const JobAlertsQuery = graphql(`
  query JobAlerts {
    unseenJobAlertMatchCount
    jobAlerts(first: 20) {
      nodes {
        ...JobAlertFields
      }
    }
    jobAlertMatches(first: 30) {
      nodes {
        id
        matchedAt
        seen
        alert {
          id
          name
        }
        jobPosting {
          ...JobCardFields
        }
      }
    }
  }
`);

export const CreateJobAlertMutation = graphql(`
  mutation CreateJobAlert($input: CreateJobAlertInput!) {
    createJobAlert(input: $input) {
      jobAlert {
        ...JobAlertFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const UpdateJobAlertMutation = graphql(`
  mutation UpdateJobAlert($input: UpdateJobAlertInput!) {
    updateJobAlert(input: $input) {
      jobAlert {
        ...JobAlertFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const DeleteJobAlertMutation = graphql(`
  mutation DeleteJobAlert($input: JobAlertIdInput!) {
    deleteJobAlert(input: $input) {
      deletedId
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const MarkJobAlertMatchesSeenMutation = graphql(`
  mutation MarkJobAlertMatchesSeen($input: MarkJobAlertMatchesSeenInput!) {
    markJobAlertMatchesSeen(input: $input) {
      unseenCount
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const UnseenJobAlertMatchCountQuery = graphql(`
  query UnseenJobAlertMatchCount {
    unseenJobAlertMatchCount
  }
`);
