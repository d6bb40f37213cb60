/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      handle\n      firstName\n      lastName\n      displayName\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  fragment UserErrorFields on UserError {\n    field\n    code\n    message\n  }\n": typeof types.UserErrorFieldsFragmentDoc,
    "\n  fragment ProfileFields on Member {\n    id\n    handle\n    displayName\n    firstName\n    lastName\n    headline\n    industry\n    about\n    location {\n      city\n      region\n      country\n    }\n    contactInfo {\n      email\n      phone\n    }\n    experiences(first: 100) {\n      nodes {\n        id\n        title\n        companyName\n        location\n        startMonth\n        endMonth\n        current\n        description\n      }\n    }\n    skills(first: 100) {\n      nodes {\n        name\n        highlighted\n      }\n    }\n    education(first: 100) {\n      nodes {\n        id\n        school\n        degree\n        fieldOfStudy\n        startYear\n        endYear\n        description\n      }\n    }\n  }\n": typeof types.ProfileFieldsFragmentDoc,
    "\n  query MemberProfile($handle: String!) {\n    member(handle: $handle) {\n      ...ProfileFields\n      visibility {\n        section\n        audience\n      }\n      completeness {\n        percent\n        nextStep\n      }\n    }\n  }\n": typeof types.MemberProfileDocument,
    "\n  query ProfilePreview($as: PreviewAudience!) {\n    profilePreview(as: $as) {\n      ...ProfileFields\n    }\n  }\n": typeof types.ProfilePreviewDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      member {\n        ...ProfileFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation SetSectionVisibility($input: SetSectionVisibilityInput!) {\n    setSectionVisibility(input: $input) {\n      member {\n        id\n        visibility {\n          section\n          audience\n        }\n      }\n    }\n  }\n": typeof types.SetSectionVisibilityDocument,
    "\n  mutation ChangeHandle($input: ChangeHandleInput!) {\n    changeHandle(input: $input) {\n      member {\n        id\n        handle\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ChangeHandleDocument,
    "\n  mutation SaveExperience($input: ExperienceInput!) {\n    saveExperience(input: $input) {\n      experience {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SaveExperienceDocument,
    "\n  mutation RemoveExperience($input: RemoveEntryInput!) {\n    removeExperience(input: $input) {\n      removedId\n    }\n  }\n": typeof types.RemoveExperienceDocument,
    "\n  mutation SaveEducation($input: EducationInput!) {\n    saveEducation(input: $input) {\n      education {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SaveEducationDocument,
    "\n  mutation RemoveEducation($input: RemoveEntryInput!) {\n    removeEducation(input: $input) {\n      removedId\n    }\n  }\n": typeof types.RemoveEducationDocument,
    "\n  mutation SetSkills($input: SetSkillsInput!) {\n    setSkills(input: $input) {\n      member {\n        id\n        skills(first: 100) {\n          nodes {\n            name\n            highlighted\n          }\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SetSkillsDocument,
    "\n  query SkillSuggestions($query: String!) {\n    skillSuggestions(query: $query)\n  }\n": typeof types.SkillSuggestionsDocument,
    "\n  query Account($sessionsAfter: String) {\n    account {\n      email\n      createdAt\n      sessions(first: 20, after: $sessionsAfter) {\n        edges {\n          cursor\n          node {\n            id\n            userAgent\n            lastUsedAt\n            current\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.AccountDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      revokedSessionId\n    }\n  }\n": typeof types.RevokeSessionDocument,
    "\n  query AccessTokens($after: String) {\n    account {\n      accessTokens(first: 20, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            name\n            scopes\n            prefix\n            createdAt\n            lastUsedAt\n            expiresAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.AccessTokensDocument,
    "\n  mutation CreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      accessToken {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateAccessTokenDocument,
    "\n  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {\n    revokeAccessToken(input: $input) {\n      revokedAccessTokenId\n    }\n  }\n": typeof types.RevokeAccessTokenDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      handle\n      firstName\n      lastName\n      displayName\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.SignOutDocument,
    "\n  fragment UserErrorFields on UserError {\n    field\n    code\n    message\n  }\n": types.UserErrorFieldsFragmentDoc,
    "\n  fragment ProfileFields on Member {\n    id\n    handle\n    displayName\n    firstName\n    lastName\n    headline\n    industry\n    about\n    location {\n      city\n      region\n      country\n    }\n    contactInfo {\n      email\n      phone\n    }\n    experiences(first: 100) {\n      nodes {\n        id\n        title\n        companyName\n        location\n        startMonth\n        endMonth\n        current\n        description\n      }\n    }\n    skills(first: 100) {\n      nodes {\n        name\n        highlighted\n      }\n    }\n    education(first: 100) {\n      nodes {\n        id\n        school\n        degree\n        fieldOfStudy\n        startYear\n        endYear\n        description\n      }\n    }\n  }\n": types.ProfileFieldsFragmentDoc,
    "\n  query MemberProfile($handle: String!) {\n    member(handle: $handle) {\n      ...ProfileFields\n      visibility {\n        section\n        audience\n      }\n      completeness {\n        percent\n        nextStep\n      }\n    }\n  }\n": types.MemberProfileDocument,
    "\n  query ProfilePreview($as: PreviewAudience!) {\n    profilePreview(as: $as) {\n      ...ProfileFields\n    }\n  }\n": types.ProfilePreviewDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      member {\n        ...ProfileFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation SetSectionVisibility($input: SetSectionVisibilityInput!) {\n    setSectionVisibility(input: $input) {\n      member {\n        id\n        visibility {\n          section\n          audience\n        }\n      }\n    }\n  }\n": types.SetSectionVisibilityDocument,
    "\n  mutation ChangeHandle($input: ChangeHandleInput!) {\n    changeHandle(input: $input) {\n      member {\n        id\n        handle\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ChangeHandleDocument,
    "\n  mutation SaveExperience($input: ExperienceInput!) {\n    saveExperience(input: $input) {\n      experience {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SaveExperienceDocument,
    "\n  mutation RemoveExperience($input: RemoveEntryInput!) {\n    removeExperience(input: $input) {\n      removedId\n    }\n  }\n": types.RemoveExperienceDocument,
    "\n  mutation SaveEducation($input: EducationInput!) {\n    saveEducation(input: $input) {\n      education {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SaveEducationDocument,
    "\n  mutation RemoveEducation($input: RemoveEntryInput!) {\n    removeEducation(input: $input) {\n      removedId\n    }\n  }\n": types.RemoveEducationDocument,
    "\n  mutation SetSkills($input: SetSkillsInput!) {\n    setSkills(input: $input) {\n      member {\n        id\n        skills(first: 100) {\n          nodes {\n            name\n            highlighted\n          }\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SetSkillsDocument,
    "\n  query SkillSuggestions($query: String!) {\n    skillSuggestions(query: $query)\n  }\n": types.SkillSuggestionsDocument,
    "\n  query Account($sessionsAfter: String) {\n    account {\n      email\n      createdAt\n      sessions(first: 20, after: $sessionsAfter) {\n        edges {\n          cursor\n          node {\n            id\n            userAgent\n            lastUsedAt\n            current\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.AccountDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      revokedSessionId\n    }\n  }\n": types.RevokeSessionDocument,
    "\n  query AccessTokens($after: String) {\n    account {\n      accessTokens(first: 20, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            name\n            scopes\n            prefix\n            createdAt\n            lastUsedAt\n            expiresAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.AccessTokensDocument,
    "\n  mutation CreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      accessToken {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateAccessTokenDocument,
    "\n  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {\n    revokeAccessToken(input: $input) {\n      revokedAccessTokenId\n    }\n  }\n": types.RevokeAccessTokenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      handle\n      firstName\n      lastName\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      handle\n      firstName\n      lastName\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserErrorFields on UserError {\n    field\n    code\n    message\n  }\n"): (typeof documents)["\n  fragment UserErrorFields on UserError {\n    field\n    code\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileFields on Member {\n    id\n    handle\n    displayName\n    firstName\n    lastName\n    headline\n    industry\n    about\n    location {\n      city\n      region\n      country\n    }\n    contactInfo {\n      email\n      phone\n    }\n    experiences(first: 100) {\n      nodes {\n        id\n        title\n        companyName\n        location\n        startMonth\n        endMonth\n        current\n        description\n      }\n    }\n    skills(first: 100) {\n      nodes {\n        name\n        highlighted\n      }\n    }\n    education(first: 100) {\n      nodes {\n        id\n        school\n        degree\n        fieldOfStudy\n        startYear\n        endYear\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileFields on Member {\n    id\n    handle\n    displayName\n    firstName\n    lastName\n    headline\n    industry\n    about\n    location {\n      city\n      region\n      country\n    }\n    contactInfo {\n      email\n      phone\n    }\n    experiences(first: 100) {\n      nodes {\n        id\n        title\n        companyName\n        location\n        startMonth\n        endMonth\n        current\n        description\n      }\n    }\n    skills(first: 100) {\n      nodes {\n        name\n        highlighted\n      }\n    }\n    education(first: 100) {\n      nodes {\n        id\n        school\n        degree\n        fieldOfStudy\n        startYear\n        endYear\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberProfile($handle: String!) {\n    member(handle: $handle) {\n      ...ProfileFields\n      visibility {\n        section\n        audience\n      }\n      completeness {\n        percent\n        nextStep\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberProfile($handle: String!) {\n    member(handle: $handle) {\n      ...ProfileFields\n      visibility {\n        section\n        audience\n      }\n      completeness {\n        percent\n        nextStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfilePreview($as: PreviewAudience!) {\n    profilePreview(as: $as) {\n      ...ProfileFields\n    }\n  }\n"): (typeof documents)["\n  query ProfilePreview($as: PreviewAudience!) {\n    profilePreview(as: $as) {\n      ...ProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      member {\n        ...ProfileFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      member {\n        ...ProfileFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSectionVisibility($input: SetSectionVisibilityInput!) {\n    setSectionVisibility(input: $input) {\n      member {\n        id\n        visibility {\n          section\n          audience\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetSectionVisibility($input: SetSectionVisibilityInput!) {\n    setSectionVisibility(input: $input) {\n      member {\n        id\n        visibility {\n          section\n          audience\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeHandle($input: ChangeHandleInput!) {\n    changeHandle(input: $input) {\n      member {\n        id\n        handle\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeHandle($input: ChangeHandleInput!) {\n    changeHandle(input: $input) {\n      member {\n        id\n        handle\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveExperience($input: ExperienceInput!) {\n    saveExperience(input: $input) {\n      experience {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveExperience($input: ExperienceInput!) {\n    saveExperience(input: $input) {\n      experience {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveExperience($input: RemoveEntryInput!) {\n    removeExperience(input: $input) {\n      removedId\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveExperience($input: RemoveEntryInput!) {\n    removeExperience(input: $input) {\n      removedId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveEducation($input: EducationInput!) {\n    saveEducation(input: $input) {\n      education {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveEducation($input: EducationInput!) {\n    saveEducation(input: $input) {\n      education {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveEducation($input: RemoveEntryInput!) {\n    removeEducation(input: $input) {\n      removedId\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveEducation($input: RemoveEntryInput!) {\n    removeEducation(input: $input) {\n      removedId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSkills($input: SetSkillsInput!) {\n    setSkills(input: $input) {\n      member {\n        id\n        skills(first: 100) {\n          nodes {\n            name\n            highlighted\n          }\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetSkills($input: SetSkillsInput!) {\n    setSkills(input: $input) {\n      member {\n        id\n        skills(first: 100) {\n          nodes {\n            name\n            highlighted\n          }\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkillSuggestions($query: String!) {\n    skillSuggestions(query: $query)\n  }\n"): (typeof documents)["\n  query SkillSuggestions($query: String!) {\n    skillSuggestions(query: $query)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Account($sessionsAfter: String) {\n    account {\n      email\n      createdAt\n      sessions(first: 20, after: $sessionsAfter) {\n        edges {\n          cursor\n          node {\n            id\n            userAgent\n            lastUsedAt\n            current\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Account($sessionsAfter: String) {\n    account {\n      email\n      createdAt\n      sessions(first: 20, after: $sessionsAfter) {\n        edges {\n          cursor\n          node {\n            id\n            userAgent\n            lastUsedAt\n            current\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      revokedSessionId\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      revokedSessionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessTokens($after: String) {\n    account {\n      accessTokens(first: 20, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            name\n            scopes\n            prefix\n            createdAt\n            lastUsedAt\n            expiresAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessTokens($after: String) {\n    account {\n      accessTokens(first: 20, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            name\n            scopes\n            prefix\n            createdAt\n            lastUsedAt\n            expiresAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      accessToken {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      accessToken {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {\n    revokeAccessToken(input: $input) {\n      revokedAccessTokenId\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {\n    revokeAccessToken(input: $input) {\n      revokedAccessTokenId\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;