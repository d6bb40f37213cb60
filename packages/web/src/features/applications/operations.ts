import { graphql } from '../../gql';

export const ApplyActionQuery = graphql(`
  query ApplyAction($id: ID!) {
    jobPosting(id: $id) {
      id
      title
      state
      applyUrl
      acceptsApplications
      screeningQuestions {
        id
        kind
        prompt
        required
      }
      viewerApplication {
        id
        status
        appliedAt
      }
    }
  }
`);

export const ApplicantViewerQuery = graphql(`
  query ApplicantViewer {
    viewer {
      id
      cvDocument {
        fileName
      }
      contactInfo {
        email
        phone
      }
    }
  }
`);

export const ApplyToJobMutation = graphql(`
  mutation ApplyToJob($input: ApplyToJobInput!) {
    applyToJob(input: $input) {
      application {
        id
        status
        appliedAt
        posting {
          id
          applicantsCount
          viewerApplication {
            id
            status
            appliedAt
          }
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const MyApplicationFields = graphql(`
  fragment MyApplicationFields on JobApplication {
    id
    status
    appliedAt
    rejectionMessage
    history {
      status
      at
    }
    posting {
      id
      title
      state
      company {
        id
        name
        slug
      }
    }
  }
`);

export const MyApplicationsQuery = graphql(`
  query MyApplications($after: String) {
    myApplications(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...MyApplicationFields
        }
      }
    }
  }
`);

export const WithdrawApplicationMutation = graphql(`
  mutation WithdrawApplication($input: ApplicationIdInput!) {
    withdrawApplication(input: $input) {
      application {
        ...MyApplicationFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ApplicantFields = graphql(`
  fragment ApplicantFields on JobApplication {
    id
    stage
    appliedAt
    coverLetter
    cvUrl
    cvFileName
    contactEmail
    contactPhone
    rejectionMessage
    applicant {
      id
      handle
      displayName
    }
    snapshot {
      displayName
      headline
      location {
        city
        region
        country
      }
      currentPosition {
        title
        companyName
      }
      experiences {
        title
        companyName
        startMonth
        endMonth
        current
      }
      education {
        school
        degree
        fieldOfStudy
        startYear
        endYear
      }
      skills
      languages {
        code
        proficiency
      }
    }
    answers {
      question {
        id
        kind
        prompt
      }
      yesNo
      text
      number
    }
    history {
      stage
      at
    }
    notes {
      id
      text
      createdAt
      author {
        id
        displayName
      }
    }
    connectionPath {
      members {
        id
        handle
        displayName
      }
    }
  }
`);

export const ApplicantsQuery = graphql(`
  query Applicants($id: ID!, $stages: [ApplicationStage!], $after: String) {
    jobPosting(id: $id) {
      id
      title
      company {
        id
        name
      }
      applicants(stages: $stages, first: 20, after: $after) {
        totalCount
        stageCounts {
          stage
          count
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...ApplicantFields
          }
        }
      }
    }
  }
`);

export const MoveApplicationMutation = graphql(`
  mutation MoveApplication($input: MoveApplicationInput!) {
    moveApplication(input: $input) {
      application {
        ...ApplicantFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RejectApplicationMutation = graphql(`
  mutation RejectApplication($input: RejectApplicationInput!) {
    rejectApplication(input: $input) {
      application {
        ...ApplicantFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const AddApplicationNoteMutation = graphql(`
  mutation AddApplicationNote($input: AddApplicationNoteInput!) {
    addApplicationNote(input: $input) {
      application {
        ...ApplicantFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CandidatesQuery = graphql(`
  query OpenToWorkCandidates($query: String, $filters: CandidateFiltersInput, $after: String) {
    openToWorkCandidates(query: $query, filters: $filters, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PersonSummary
          location {
            city
            region
            country
          }
          openToWork {
            jobTitles
            locations
            contractTypes
            workplaceTypes
            availableFrom
          }
        }
      }
    }
  }
`);
