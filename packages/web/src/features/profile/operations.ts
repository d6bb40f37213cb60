import { graphql } from '../../gql';

export const ProfileFields = graphql(`
  fragment ProfileFields on Member {
    id
    handle
    displayName
    firstName
    lastName
    headline
    industry
    about
    location {
      city
      region
      country
    }
    contactInfo {
      email
      phone
    }
    experiences(first: 100) {
      nodes {
        id
        title
        companyName
        location
        startMonth
        endMonth
        current
        description
      }
    }
    skills(first: 100) {
      nodes {
        name
        highlighted
      }
    }
    education(first: 100) {
      nodes {
        id
        school
        degree
        fieldOfStudy
        startYear
        endYear
        description
      }
    }
  }
`);

export const MemberProfileQuery = graphql(`
  query MemberProfile($handle: String!) {
    member(handle: $handle) {
      ...ProfileFields
      visibility {
        section
        audience
      }
      completeness {
        percent
        nextStep
      }
    }
  }
`);

export const ProfilePreviewQuery = graphql(`
  query ProfilePreview($as: PreviewAudience!) {
    profilePreview(as: $as) {
      ...ProfileFields
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      member {
        ...ProfileFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetSectionVisibilityMutation = graphql(`
  mutation SetSectionVisibility($input: SetSectionVisibilityInput!) {
    setSectionVisibility(input: $input) {
      member {
        id
        visibility {
          section
          audience
        }
      }
    }
  }
`);

export const ChangeHandleMutation = graphql(`
  mutation ChangeHandle($input: ChangeHandleInput!) {
    changeHandle(input: $input) {
      member {
        id
        handle
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SaveExperienceMutation = graphql(`
  mutation SaveExperience($input: ExperienceInput!) {
    saveExperience(input: $input) {
      experience {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveExperienceMutation = graphql(`
  mutation RemoveExperience($input: RemoveEntryInput!) {
    removeExperience(input: $input) {
      removedId
    }
  }
`);

export const SaveEducationMutation = graphql(`
  mutation SaveEducation($input: EducationInput!) {
    saveEducation(input: $input) {
      education {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveEducationMutation = graphql(`
  mutation RemoveEducation($input: RemoveEntryInput!) {
    removeEducation(input: $input) {
      removedId
    }
  }
`);

export const SetSkillsMutation = graphql(`
  mutation SetSkills($input: SetSkillsInput!) {
    setSkills(input: $input) {
      member {
        id
        skills(first: 100) {
          nodes {
            name
            highlighted
          }
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SkillSuggestionsQuery = graphql(`
  query SkillSuggestions($query: String!) {
    skillSuggestions(query: $query)
  }
`);
