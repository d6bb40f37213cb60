import { graphql } from '../../gql';

export const JobPostingDetails = graphql(`
  fragment JobPostingDetails on JobPosting {
    id
    title
    descriptionHtml
    state
    location {
      city
      region
      country
    }
    workplaceType
    contractType
    contractMonths
    seniority
    jobFunction
    salary {
      min
      max
      currency
      period
    }
    startDate
    openings
    applyUrl
    publishedAt
    expiresAt
    createdAt
    url
    shareText
    viewerCanManage
    viewerHasSaved
    applicantsCount
    skills {
      name
    }
    screeningQuestions {
      id
      kind
      prompt
      required
    }
    company {
      id
      slug
      name
    }
  }
`);

export const JobPostingQuery = graphql(`
  query JobPosting($id: ID!) {
    jobPosting(id: $id) {
      ...JobPostingDetails
    }
  }
`);

export const CompanyToPostForQuery = graphql(`
  query CompanyToPostFor($slug: String!) {
    company(slug: $slug) {
      id
      slug
      name
      viewerRole
    }
  }
`);

export const CreateJobPostingMutation = graphql(`
  mutation CreateJobPosting($input: CreateJobPostingInput!) {
    createJobPosting(input: $input) {
      jobPosting {
        ...JobPostingDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateJobPostingMutation = graphql(`
  mutation UpdateJobPosting($input: UpdateJobPostingInput!) {
    updateJobPosting(input: $input) {
      jobPosting {
        ...JobPostingDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const PublishJobPostingMutation = graphql(`
  mutation PublishJobPosting($input: JobPostingIdInput!) {
    publishJobPosting(input: $input) {
      jobPosting {
        id
        state
        publishedAt
        expiresAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CloseJobPostingMutation = graphql(`
  mutation CloseJobPosting($input: JobPostingIdInput!) {
    closeJobPosting(input: $input) {
      jobPosting {
        id
        state
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReopenJobPostingMutation = graphql(`
  mutation ReopenJobPosting($input: JobPostingIdInput!) {
    reopenJobPosting(input: $input) {
      jobPosting {
        id
        state
        expiresAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DuplicateJobPostingMutation = graphql(`
  mutation DuplicateJobPosting($input: JobPostingIdInput!) {
    duplicateJobPosting(input: $input) {
      jobPosting {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ManagedJobPostingsQuery = graphql(`
  query ManagedJobPostings($states: [JobState!], $first: Int, $after: String) {
    managedJobPostings(states: $states, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        state
        contractType
        location {
          city
        }
        publishedAt
        expiresAt
        createdAt
        viewerCanManage
        company {
          id
          slug
          name
        }
      }
    }
  }
`);
