import { graphql } from '../../gql';

/** What the page's header and About tab show, and what the edit form starts from. */
export const CompanyFields = graphql(`
  fragment CompanyFields on Company {
    id
    slug
    name
    description
    industry
    size
    headquarters {
      city
      region
      country
    }
    locations
    website
    foundedYear
    viewerRole
    followersCount
    viewerIsFollowing
    logo {
      url(size: MEDIUM)
    }
    cover {
      url(size: LARGE)
    }
  }
`);

export const CompanyPageQuery = graphql(`
  query CompanyPage($slug: String!) {
    company(slug: $slug) {
      ...CompanyFields
      employeeCount
      connectionsWorkingHere {
        totalCount
        members {
          ...PersonFields
        }
      }
    }
  }
`);

export const CompanyEmployeesQuery = graphql(`
  query CompanyEmployees($slug: String!, $after: String) {
    company(slug: $slug) {
      id
      employees(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          title
          node {
            ...PersonSummary
          }
        }
      }
    }
  }
`);

export const CompanyPeopleQuery = graphql(`
  query CompanyPeople($slug: String!) {
    company(slug: $slug) {
      id
      viewerRole
      people(first: 100) {
        edges {
          role
          node {
            ...PersonFields
          }
        }
      }
    }
  }
`);

export const CreateCompanyMutation = graphql(`
  mutation CreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      company {
        ...CompanyFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateCompanyMutation = graphql(`
  mutation UpdateCompany($input: UpdateCompanyInput!) {
    updateCompany(input: $input) {
      company {
        ...CompanyFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const FollowCompanyMutation = graphql(`
  mutation FollowCompany($input: CompanyIdInput!) {
    followCompany(input: $input) {
      company {
        id
        followersCount
        viewerIsFollowing
      }
    }
  }
`);

export const UnfollowCompanyMutation = graphql(`
  mutation UnfollowCompany($input: CompanyIdInput!) {
    unfollowCompany(input: $input) {
      company {
        id
        followersCount
        viewerIsFollowing
      }
    }
  }
`);

export const SetCompanyRoleMutation = graphql(`
  mutation SetCompanyRole($input: SetCompanyRoleInput!) {
    setCompanyRole(input: $input) {
      company {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveCompanyRoleMutation = graphql(`
  mutation RemoveCompanyRole($input: RemoveCompanyRoleInput!) {
    removeCompanyRole(input: $input) {
      company {
        id
        viewerRole
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveCompanyLogoMutation = graphql(`
  mutation RemoveCompanyLogo($input: CompanyIdInput!) {
    removeCompanyLogo(input: $input) {
      company {
        id
        logo {
          url(size: MEDIUM)
        }
      }
    }
  }
`);

export const RemoveCompanyCoverMutation = graphql(`
  mutation RemoveCompanyCover($input: CompanyIdInput!) {
    removeCompanyCover(input: $input) {
      company {
        id
        cover {
          url(size: LARGE)
        }
      }
    }
  }
`);

/** A member to give a role to, found by the handle of their profile address. */
export const MemberByHandleQuery = graphql(`
  query MemberByHandle($handle: String!) {
    member(handle: $handle) {
      ...PersonFields
    }
  }
`);

export const CompanySuggestionsQuery = graphql(`
  query CompanySuggestions($query: String!) {
    companies(query: $query, first: 8) {
      nodes {
        id
        slug
        name
        logo {
          url(size: SMALL)
        }
      }
    }
  }
`);

export const MyCompaniesQuery = graphql(`
  query MyCompanies {
    myCompanies(first: 100) {
      nodes {
        id
        slug
        name
        industry
        viewerRole
        logo {
          url(size: SMALL)
        }
      }
    }
  }
`);

export const CompanyJobsQuery = graphql(`
  query CompanyJobs($slug: String!, $after: String) {
    company(slug: $slug) {
      id
      jobs(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...JobCardFields
          }
        }
      }
    }
  }
`);
