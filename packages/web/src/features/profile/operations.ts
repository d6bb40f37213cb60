import { graphql } from '../../gql';

export const CredentialFields = graphql(`
  fragment CredentialFields on Member {
    languages(first: 100) {
      nodes {
        code
        proficiency
      }
    }
    certifications(first: 100) {
      nodes {
        id
        name
        issuingOrganization
        issueMonth
        expiryMonth
        credentialId
        credentialUrl
      }
    }
    links(first: 100) {
      nodes {
        kind
        url
        label
      }
    }
  }
`);

export const OpenToWorkFields = graphql(`
  fragment OpenToWorkFields on OpenToWork {
    jobTitles
    locations
    contractTypes
    workplaceTypes
    availableFrom
    visibleTo
  }
`);

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
    photo {
      url(size: MEDIUM)
    }
    coverImage {
      url(size: LARGE)
    }
    cvDocument {
      fileName
      byteSize
      uploadedAt
      url
    }
    location {
      city
      region
      country
    }
    contactInfo {
      email
      phone
      websites
    }
    experiences(first: 100) {
      nodes {
        id
        title
        companyName
        company {
          id
          slug
          name
        }
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
    openToWork {
      ...OpenToWorkFields
    }
    ...CredentialFields
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

export const SetOpenToWorkMutation = graphql(`
  mutation SetOpenToWork($input: SetOpenToWorkInput!) {
    setOpenToWork(input: $input) {
      member {
        id
        openToWork {
          ...OpenToWorkFields
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ClearOpenToWorkMutation = graphql(`
  mutation ClearOpenToWork {
    clearOpenToWork {
      member {
        id
        openToWork {
          ...OpenToWorkFields
        }
      }
    }
  }
`);

export const SetLanguagesMutation = graphql(`
  mutation SetLanguages($input: SetLanguagesInput!) {
    setLanguages(input: $input) {
      member {
        id
        ...CredentialFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetLinksMutation = graphql(`
  mutation SetLinks($input: SetLinksInput!) {
    setLinks(input: $input) {
      member {
        id
        ...CredentialFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SaveCertificationMutation = graphql(`
  mutation SaveCertification($input: CertificationInput!) {
    saveCertification(input: $input) {
      certification {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveCertificationMutation = graphql(`
  mutation RemoveCertification($input: RemoveEntryInput!) {
    removeCertification(input: $input) {
      removedId
    }
  }
`);
