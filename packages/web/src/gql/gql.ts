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
    "\n  fragment JobPostingDetails on JobPosting {\n    id\n    title\n    descriptionHtml\n    state\n    location {\n      city\n      region\n      country\n    }\n    workplaceType\n    contractType\n    contractMonths\n    seniority\n    jobFunction\n    salary {\n      min\n      max\n      currency\n      period\n    }\n    startDate\n    openings\n    applyUrl\n    publishedAt\n    expiresAt\n    createdAt\n    url\n    shareText\n    viewerCanManage\n    skills {\n      name\n    }\n    screeningQuestions {\n      id\n      kind\n      prompt\n      required\n    }\n    company {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.JobPostingDetailsFragmentDoc,
    "\n  query JobPosting($id: ID!) {\n    jobPosting(id: $id) {\n      ...JobPostingDetails\n    }\n  }\n": typeof types.JobPostingDocument,
    "\n  query CompanyToPostFor($slug: String!) {\n    company(slug: $slug) {\n      id\n      slug\n      name\n      viewerRole\n    }\n  }\n": typeof types.CompanyToPostForDocument,
    "\n  mutation CreateJobPosting($input: CreateJobPostingInput!) {\n    createJobPosting(input: $input) {\n      jobPosting {\n        ...JobPostingDetails\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateJobPostingDocument,
    "\n  mutation UpdateJobPosting($input: UpdateJobPostingInput!) {\n    updateJobPosting(input: $input) {\n      jobPosting {\n        ...JobPostingDetails\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateJobPostingDocument,
    "\n  mutation PublishJobPosting($input: JobPostingIdInput!) {\n    publishJobPosting(input: $input) {\n      jobPosting {\n        id\n        state\n        publishedAt\n        expiresAt\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.PublishJobPostingDocument,
    "\n  mutation CloseJobPosting($input: JobPostingIdInput!) {\n    closeJobPosting(input: $input) {\n      jobPosting {\n        id\n        state\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CloseJobPostingDocument,
    "\n  mutation ReopenJobPosting($input: JobPostingIdInput!) {\n    reopenJobPosting(input: $input) {\n      jobPosting {\n        id\n        state\n        expiresAt\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ReopenJobPostingDocument,
    "\n  mutation DuplicateJobPosting($input: JobPostingIdInput!) {\n    duplicateJobPosting(input: $input) {\n      jobPosting {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DuplicateJobPostingDocument,
    "\n  query ManagedJobPostings($states: [JobState!], $first: Int, $after: String) {\n    managedJobPostings(states: $states, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        state\n        contractType\n        location {\n          city\n        }\n        publishedAt\n        expiresAt\n        createdAt\n        viewerCanManage\n        company {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.ManagedJobPostingsDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    note\n    howKnown\n    createdAt\n    sender {\n      ...PersonSummary\n    }\n    recipient {\n      ...PersonSummary\n    }\n    introduction {\n      id\n      note\n      intermediary {\n        ...PersonFields\n      }\n    }\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query Network {\n    viewer {\n      id\n      pendingInvitationCount\n      invitationsLeftThisWeek\n      invitationsReceived(first: 100) {\n        totalCount\n        nodes {\n          ...InvitationFields\n        }\n      }\n      invitationsSent(first: 100) {\n        totalCount\n        nodes {\n          ...InvitationFields\n        }\n      }\n    }\n  }\n": typeof types.NetworkDocument,
    "\n  query PendingInvitationCount {\n    viewer {\n      id\n      pendingInvitationCount\n    }\n  }\n": typeof types.PendingInvitationCountDocument,
    "\n  fragment PersonFields on Member {\n    id\n    handle\n    displayName\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  fragment PersonSummary on Member {\n    ...PersonFields\n    headline\n    currentPosition {\n      title\n      companyName\n    }\n    viewerState {\n      degree\n      mutualConnectionCount\n      mutualConnections(first: 1) {\n        ...PersonFields\n      }\n    }\n  }\n": typeof types.PersonSummaryFragmentDoc,
    "\n  query ViewerState($handle: String!) {\n    member(handle: $handle) {\n      id\n      displayName\n      followerCount\n      viewerState {\n        degree\n        canInvite\n        blocked\n        following\n        canFollow\n        mutualConnectionCount\n        mutualConnections(first: 1) {\n          ...PersonFields\n        }\n        invitation {\n          id\n          sender {\n            id\n          }\n        }\n      }\n      connectionPaths(first: 3) {\n        members {\n          ...PersonFields\n        }\n      }\n    }\n  }\n": typeof types.ViewerStateDocument,
    "\n  mutation SendInvitation($input: SendInvitationInput!) {\n    sendInvitation(input: $input) {\n      invitation {\n        id\n        state\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SendInvitationDocument,
    "\n  mutation AcceptInvitation($id: ID!) {\n    acceptInvitation(input: { id: $id }) {\n      invitation {\n        id\n        state\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation IgnoreInvitation($id: ID!) {\n    ignoreInvitation(input: { id: $id }) {\n      invitation {\n        id\n        state\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.IgnoreInvitationDocument,
    "\n  mutation WithdrawInvitation($id: ID!) {\n    withdrawInvitation(input: { id: $id }) {\n      invitation {\n        id\n        state\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.WithdrawInvitationDocument,
    "\n  mutation RemoveConnection($memberId: ID!) {\n    removeConnection(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RemoveConnectionDocument,
    "\n  query Suggestions {\n    viewer {\n      id\n      suggestedConnections(first: 20) {\n        member {\n          ...PersonSummary\n        }\n        mutualConnectionCount\n        reasons {\n          kind\n          count\n          name\n        }\n      }\n    }\n  }\n": typeof types.SuggestionsDocument,
    "\n  mutation DismissSuggestion($memberId: ID!) {\n    dismissSuggestion(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DismissSuggestionDocument,
    "\n  query SearchConnections($query: String, $sort: ConnectionSort!, $after: String) {\n    viewer {\n      id\n      searchConnections(query: $query, sort: $sort, first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          connectedAt\n          node {\n            ...PersonSummary\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchConnectionsDocument,
    "\n  mutation FindMembersByEmail($emails: [String!]!) {\n    findMembersByEmail(input: { emails: $emails }) {\n      members {\n        ...PersonSummary\n        viewerState {\n          canInvite\n          invitation {\n            id\n          }\n        }\n      }\n      invalidCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.FindMembersByEmailDocument,
    "\n  query FindableByEmail {\n    viewer {\n      id\n      findableByEmail\n    }\n  }\n": typeof types.FindableByEmailDocument,
    "\n  mutation SetFindableByEmail($findable: Boolean!) {\n    setFindableByEmail(input: { findable: $findable }) {\n      member {\n        id\n        findableByEmail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SetFindableByEmailDocument,
    "\n  query BlockedMembers($after: String) {\n    viewer {\n      id\n      blockedMembers(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          blockedAt\n          node {\n            ...PersonFields\n            headline\n          }\n        }\n      }\n    }\n  }\n": typeof types.BlockedMembersDocument,
    "\n  mutation BlockMember($memberId: ID!) {\n    blockMember(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.BlockMemberDocument,
    "\n  mutation UnblockMember($memberId: ID!) {\n    unblockMember(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UnblockMemberDocument,
    "\n  mutation FollowMember($memberId: ID!) {\n    followMember(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.FollowMemberDocument,
    "\n  mutation UnfollowMember($memberId: ID!) {\n    unfollowMember(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UnfollowMemberDocument,
    "\n  fragment IntroductionFields on Introduction {\n    id\n    state\n    messageToIntermediary\n    messageToTarget\n    note\n    createdAt\n    requester {\n      ...PersonFields\n    }\n    intermediary {\n      ...PersonFields\n    }\n    target {\n      ...PersonFields\n    }\n  }\n": typeof types.IntroductionFieldsFragmentDoc,
    "\n  query Introductions {\n    viewer {\n      id\n      toForward: introductions(role: TO_FORWARD, first: 50) {\n        totalCount\n        nodes {\n          ...IntroductionFields\n        }\n      }\n      requested: introductions(role: REQUESTED, first: 50) {\n        totalCount\n        nodes {\n          ...IntroductionFields\n        }\n      }\n    }\n  }\n": typeof types.IntroductionsDocument,
    "\n  query IntroductionMutuals($handle: String!) {\n    member(handle: $handle) {\n      id\n      viewerState {\n        mutualConnections(first: 20) {\n          ...PersonFields\n        }\n      }\n    }\n  }\n": typeof types.IntroductionMutualsDocument,
    "\n  mutation RequestIntroduction($input: RequestIntroductionInput!) {\n    requestIntroduction(input: $input) {\n      introduction {\n        id\n        state\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RequestIntroductionDocument,
    "\n  mutation ForwardIntroduction($id: ID!, $note: String) {\n    forwardIntroduction(input: { id: $id, note: $note }) {\n      introduction {\n        id\n        state\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ForwardIntroductionDocument,
    "\n  mutation DeclineIntroduction($id: ID!) {\n    declineIntroduction(input: { id: $id }) {\n      introduction {\n        id\n        state\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.DeclineIntroductionDocument,
    "\n  mutation WithdrawIntroduction($id: ID!) {\n    withdrawIntroduction(input: { id: $id }) {\n      introduction {\n        id\n        state\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.WithdrawIntroductionDocument,
    "\n  fragment WeeklyViewsFields on WeeklyProfileViews {\n    startsOn\n    isoWeek\n    views\n  }\n": typeof types.WeeklyViewsFieldsFragmentDoc,
    "\n  query ProfileViews($after: String, $weeks: Int!) {\n    viewer {\n      id\n      profileViewStats(weeks: $weeks) {\n        total\n        weeks {\n          ...WeeklyViewsFields\n        }\n      }\n      profileViews(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            viewedAt\n            viewer {\n              __typename\n              # Concrete type conditions only: the cache needs no possibleTypes to match them.\n              ... on Member {\n                ...PersonSummary\n              }\n              ... on AnonymousProfileViewer {\n                industry\n              }\n              ... on PrivateProfileViewer {\n                private\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ProfileViewsDocument,
    "\n  query ProfileViewMode {\n    viewer {\n      id\n      profileViewMode\n    }\n  }\n": typeof types.ProfileViewModeDocument,
    "\n  mutation SetProfileViewMode($input: SetProfileViewModeInput!) {\n    setProfileViewMode(input: $input) {\n      member {\n        id\n        profileViewMode\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SetProfileViewModeDocument,
    "\n  mutation RecordProfileView($input: RecordProfileViewInput!) {\n    recordProfileView(input: $input) {\n      recorded\n    }\n  }\n": typeof types.RecordProfileViewDocument,
    "\n  mutation RemoveProfilePhoto {\n    removeProfilePhoto {\n      member {\n        id\n        photo {\n          url(size: MEDIUM)\n        }\n      }\n    }\n  }\n": typeof types.RemoveProfilePhotoDocument,
    "\n  mutation RemoveCoverImage {\n    removeCoverImage {\n      member {\n        id\n        coverImage {\n          url(size: LARGE)\n        }\n      }\n    }\n  }\n": typeof types.RemoveCoverImageDocument,
    "\n  mutation RemoveCvDocument {\n    removeCvDocument {\n      member {\n        id\n        cvDocument {\n          url\n        }\n      }\n    }\n  }\n": typeof types.RemoveCvDocumentDocument,
    "\n  fragment CredentialFields on Member {\n    languages(first: 100) {\n      nodes {\n        code\n        proficiency\n      }\n    }\n    certifications(first: 100) {\n      nodes {\n        id\n        name\n        issuingOrganization\n        issueMonth\n        expiryMonth\n        credentialId\n        credentialUrl\n      }\n    }\n    links(first: 100) {\n      nodes {\n        kind\n        url\n        label\n      }\n    }\n  }\n": typeof types.CredentialFieldsFragmentDoc,
    "\n  fragment OpenToWorkFields on OpenToWork {\n    jobTitles\n    locations\n    contractTypes\n    workplaceTypes\n    availableFrom\n    visibleTo\n  }\n": typeof types.OpenToWorkFieldsFragmentDoc,
    "\n  fragment ProfileFields on Member {\n    id\n    handle\n    displayName\n    firstName\n    lastName\n    headline\n    industry\n    about\n    photo {\n      url(size: MEDIUM)\n    }\n    coverImage {\n      url(size: LARGE)\n    }\n    cvDocument {\n      fileName\n      byteSize\n      uploadedAt\n      url\n    }\n    location {\n      city\n      region\n      country\n    }\n    contactInfo {\n      email\n      phone\n      websites\n    }\n    experiences(first: 100) {\n      nodes {\n        id\n        title\n        companyName\n        location\n        startMonth\n        endMonth\n        current\n        description\n      }\n    }\n    skills(first: 100) {\n      nodes {\n        name\n        highlighted\n      }\n    }\n    education(first: 100) {\n      nodes {\n        id\n        school\n        degree\n        fieldOfStudy\n        startYear\n        endYear\n        description\n      }\n    }\n    openToWork {\n      ...OpenToWorkFields\n    }\n    ...CredentialFields\n  }\n": typeof types.ProfileFieldsFragmentDoc,
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
    "\n  mutation SetOpenToWork($input: SetOpenToWorkInput!) {\n    setOpenToWork(input: $input) {\n      member {\n        id\n        openToWork {\n          ...OpenToWorkFields\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SetOpenToWorkDocument,
    "\n  mutation ClearOpenToWork {\n    clearOpenToWork {\n      member {\n        id\n        openToWork {\n          ...OpenToWorkFields\n        }\n      }\n    }\n  }\n": typeof types.ClearOpenToWorkDocument,
    "\n  mutation SetLanguages($input: SetLanguagesInput!) {\n    setLanguages(input: $input) {\n      member {\n        id\n        ...CredentialFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SetLanguagesDocument,
    "\n  mutation SetLinks($input: SetLinksInput!) {\n    setLinks(input: $input) {\n      member {\n        id\n        ...CredentialFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SetLinksDocument,
    "\n  mutation SaveCertification($input: CertificationInput!) {\n    saveCertification(input: $input) {\n      certification {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SaveCertificationDocument,
    "\n  mutation RemoveCertification($input: RemoveEntryInput!) {\n    removeCertification(input: $input) {\n      removedId\n    }\n  }\n": typeof types.RemoveCertificationDocument,
    "\n  query Account($sessionsAfter: String) {\n    account {\n      email\n      createdAt\n      sessions(first: 20, after: $sessionsAfter) {\n        edges {\n          cursor\n          node {\n            id\n            userAgent\n            lastUsedAt\n            current\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.AccountDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      revokedSessionId\n    }\n  }\n": typeof types.RevokeSessionDocument,
    "\n  query AccessTokens($after: String) {\n    account {\n      accessTokens(first: 20, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            name\n            scopes\n            prefix\n            createdAt\n            lastUsedAt\n            expiresAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.AccessTokensDocument,
    "\n  mutation CreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      accessToken {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateAccessTokenDocument,
    "\n  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {\n    revokeAccessToken(input: $input) {\n      revokedAccessTokenId\n    }\n  }\n": typeof types.RevokeAccessTokenDocument,
    "\n  mutation ExportMyData {\n    exportMyData {\n      downloadUrl\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input) {\n      deletedMemberId\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeleteAccountDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      handle\n      firstName\n      lastName\n      displayName\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.SignOutDocument,
    "\n  fragment UserErrorFields on UserError {\n    field\n    code\n    message\n  }\n": types.UserErrorFieldsFragmentDoc,
    "\n  fragment JobPostingDetails on JobPosting {\n    id\n    title\n    descriptionHtml\n    state\n    location {\n      city\n      region\n      country\n    }\n    workplaceType\n    contractType\n    contractMonths\n    seniority\n    jobFunction\n    salary {\n      min\n      max\n      currency\n      period\n    }\n    startDate\n    openings\n    applyUrl\n    publishedAt\n    expiresAt\n    createdAt\n    url\n    shareText\n    viewerCanManage\n    skills {\n      name\n    }\n    screeningQuestions {\n      id\n      kind\n      prompt\n      required\n    }\n    company {\n      id\n      slug\n      name\n    }\n  }\n": types.JobPostingDetailsFragmentDoc,
    "\n  query JobPosting($id: ID!) {\n    jobPosting(id: $id) {\n      ...JobPostingDetails\n    }\n  }\n": types.JobPostingDocument,
    "\n  query CompanyToPostFor($slug: String!) {\n    company(slug: $slug) {\n      id\n      slug\n      name\n      viewerRole\n    }\n  }\n": types.CompanyToPostForDocument,
    "\n  mutation CreateJobPosting($input: CreateJobPostingInput!) {\n    createJobPosting(input: $input) {\n      jobPosting {\n        ...JobPostingDetails\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateJobPostingDocument,
    "\n  mutation UpdateJobPosting($input: UpdateJobPostingInput!) {\n    updateJobPosting(input: $input) {\n      jobPosting {\n        ...JobPostingDetails\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateJobPostingDocument,
    "\n  mutation PublishJobPosting($input: JobPostingIdInput!) {\n    publishJobPosting(input: $input) {\n      jobPosting {\n        id\n        state\n        publishedAt\n        expiresAt\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.PublishJobPostingDocument,
    "\n  mutation CloseJobPosting($input: JobPostingIdInput!) {\n    closeJobPosting(input: $input) {\n      jobPosting {\n        id\n        state\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CloseJobPostingDocument,
    "\n  mutation ReopenJobPosting($input: JobPostingIdInput!) {\n    reopenJobPosting(input: $input) {\n      jobPosting {\n        id\n        state\n        expiresAt\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ReopenJobPostingDocument,
    "\n  mutation DuplicateJobPosting($input: JobPostingIdInput!) {\n    duplicateJobPosting(input: $input) {\n      jobPosting {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DuplicateJobPostingDocument,
    "\n  query ManagedJobPostings($states: [JobState!], $first: Int, $after: String) {\n    managedJobPostings(states: $states, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        state\n        contractType\n        location {\n          city\n        }\n        publishedAt\n        expiresAt\n        createdAt\n        viewerCanManage\n        company {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.ManagedJobPostingsDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    note\n    howKnown\n    createdAt\n    sender {\n      ...PersonSummary\n    }\n    recipient {\n      ...PersonSummary\n    }\n    introduction {\n      id\n      note\n      intermediary {\n        ...PersonFields\n      }\n    }\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query Network {\n    viewer {\n      id\n      pendingInvitationCount\n      invitationsLeftThisWeek\n      invitationsReceived(first: 100) {\n        totalCount\n        nodes {\n          ...InvitationFields\n        }\n      }\n      invitationsSent(first: 100) {\n        totalCount\n        nodes {\n          ...InvitationFields\n        }\n      }\n    }\n  }\n": types.NetworkDocument,
    "\n  query PendingInvitationCount {\n    viewer {\n      id\n      pendingInvitationCount\n    }\n  }\n": types.PendingInvitationCountDocument,
    "\n  fragment PersonFields on Member {\n    id\n    handle\n    displayName\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  fragment PersonSummary on Member {\n    ...PersonFields\n    headline\n    currentPosition {\n      title\n      companyName\n    }\n    viewerState {\n      degree\n      mutualConnectionCount\n      mutualConnections(first: 1) {\n        ...PersonFields\n      }\n    }\n  }\n": types.PersonSummaryFragmentDoc,
    "\n  query ViewerState($handle: String!) {\n    member(handle: $handle) {\n      id\n      displayName\n      followerCount\n      viewerState {\n        degree\n        canInvite\n        blocked\n        following\n        canFollow\n        mutualConnectionCount\n        mutualConnections(first: 1) {\n          ...PersonFields\n        }\n        invitation {\n          id\n          sender {\n            id\n          }\n        }\n      }\n      connectionPaths(first: 3) {\n        members {\n          ...PersonFields\n        }\n      }\n    }\n  }\n": types.ViewerStateDocument,
    "\n  mutation SendInvitation($input: SendInvitationInput!) {\n    sendInvitation(input: $input) {\n      invitation {\n        id\n        state\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SendInvitationDocument,
    "\n  mutation AcceptInvitation($id: ID!) {\n    acceptInvitation(input: { id: $id }) {\n      invitation {\n        id\n        state\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation IgnoreInvitation($id: ID!) {\n    ignoreInvitation(input: { id: $id }) {\n      invitation {\n        id\n        state\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.IgnoreInvitationDocument,
    "\n  mutation WithdrawInvitation($id: ID!) {\n    withdrawInvitation(input: { id: $id }) {\n      invitation {\n        id\n        state\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.WithdrawInvitationDocument,
    "\n  mutation RemoveConnection($memberId: ID!) {\n    removeConnection(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RemoveConnectionDocument,
    "\n  query Suggestions {\n    viewer {\n      id\n      suggestedConnections(first: 20) {\n        member {\n          ...PersonSummary\n        }\n        mutualConnectionCount\n        reasons {\n          kind\n          count\n          name\n        }\n      }\n    }\n  }\n": types.SuggestionsDocument,
    "\n  mutation DismissSuggestion($memberId: ID!) {\n    dismissSuggestion(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DismissSuggestionDocument,
    "\n  query SearchConnections($query: String, $sort: ConnectionSort!, $after: String) {\n    viewer {\n      id\n      searchConnections(query: $query, sort: $sort, first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          connectedAt\n          node {\n            ...PersonSummary\n          }\n        }\n      }\n    }\n  }\n": types.SearchConnectionsDocument,
    "\n  mutation FindMembersByEmail($emails: [String!]!) {\n    findMembersByEmail(input: { emails: $emails }) {\n      members {\n        ...PersonSummary\n        viewerState {\n          canInvite\n          invitation {\n            id\n          }\n        }\n      }\n      invalidCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.FindMembersByEmailDocument,
    "\n  query FindableByEmail {\n    viewer {\n      id\n      findableByEmail\n    }\n  }\n": types.FindableByEmailDocument,
    "\n  mutation SetFindableByEmail($findable: Boolean!) {\n    setFindableByEmail(input: { findable: $findable }) {\n      member {\n        id\n        findableByEmail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SetFindableByEmailDocument,
    "\n  query BlockedMembers($after: String) {\n    viewer {\n      id\n      blockedMembers(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          blockedAt\n          node {\n            ...PersonFields\n            headline\n          }\n        }\n      }\n    }\n  }\n": types.BlockedMembersDocument,
    "\n  mutation BlockMember($memberId: ID!) {\n    blockMember(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.BlockMemberDocument,
    "\n  mutation UnblockMember($memberId: ID!) {\n    unblockMember(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UnblockMemberDocument,
    "\n  mutation FollowMember($memberId: ID!) {\n    followMember(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.FollowMemberDocument,
    "\n  mutation UnfollowMember($memberId: ID!) {\n    unfollowMember(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UnfollowMemberDocument,
    "\n  fragment IntroductionFields on Introduction {\n    id\n    state\n    messageToIntermediary\n    messageToTarget\n    note\n    createdAt\n    requester {\n      ...PersonFields\n    }\n    intermediary {\n      ...PersonFields\n    }\n    target {\n      ...PersonFields\n    }\n  }\n": types.IntroductionFieldsFragmentDoc,
    "\n  query Introductions {\n    viewer {\n      id\n      toForward: introductions(role: TO_FORWARD, first: 50) {\n        totalCount\n        nodes {\n          ...IntroductionFields\n        }\n      }\n      requested: introductions(role: REQUESTED, first: 50) {\n        totalCount\n        nodes {\n          ...IntroductionFields\n        }\n      }\n    }\n  }\n": types.IntroductionsDocument,
    "\n  query IntroductionMutuals($handle: String!) {\n    member(handle: $handle) {\n      id\n      viewerState {\n        mutualConnections(first: 20) {\n          ...PersonFields\n        }\n      }\n    }\n  }\n": types.IntroductionMutualsDocument,
    "\n  mutation RequestIntroduction($input: RequestIntroductionInput!) {\n    requestIntroduction(input: $input) {\n      introduction {\n        id\n        state\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RequestIntroductionDocument,
    "\n  mutation ForwardIntroduction($id: ID!, $note: String) {\n    forwardIntroduction(input: { id: $id, note: $note }) {\n      introduction {\n        id\n        state\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ForwardIntroductionDocument,
    "\n  mutation DeclineIntroduction($id: ID!) {\n    declineIntroduction(input: { id: $id }) {\n      introduction {\n        id\n        state\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.DeclineIntroductionDocument,
    "\n  mutation WithdrawIntroduction($id: ID!) {\n    withdrawIntroduction(input: { id: $id }) {\n      introduction {\n        id\n        state\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.WithdrawIntroductionDocument,
    "\n  fragment WeeklyViewsFields on WeeklyProfileViews {\n    startsOn\n    isoWeek\n    views\n  }\n": types.WeeklyViewsFieldsFragmentDoc,
    "\n  query ProfileViews($after: String, $weeks: Int!) {\n    viewer {\n      id\n      profileViewStats(weeks: $weeks) {\n        total\n        weeks {\n          ...WeeklyViewsFields\n        }\n      }\n      profileViews(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            viewedAt\n            viewer {\n              __typename\n              # Concrete type conditions only: the cache needs no possibleTypes to match them.\n              ... on Member {\n                ...PersonSummary\n              }\n              ... on AnonymousProfileViewer {\n                industry\n              }\n              ... on PrivateProfileViewer {\n                private\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ProfileViewsDocument,
    "\n  query ProfileViewMode {\n    viewer {\n      id\n      profileViewMode\n    }\n  }\n": types.ProfileViewModeDocument,
    "\n  mutation SetProfileViewMode($input: SetProfileViewModeInput!) {\n    setProfileViewMode(input: $input) {\n      member {\n        id\n        profileViewMode\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SetProfileViewModeDocument,
    "\n  mutation RecordProfileView($input: RecordProfileViewInput!) {\n    recordProfileView(input: $input) {\n      recorded\n    }\n  }\n": types.RecordProfileViewDocument,
    "\n  mutation RemoveProfilePhoto {\n    removeProfilePhoto {\n      member {\n        id\n        photo {\n          url(size: MEDIUM)\n        }\n      }\n    }\n  }\n": types.RemoveProfilePhotoDocument,
    "\n  mutation RemoveCoverImage {\n    removeCoverImage {\n      member {\n        id\n        coverImage {\n          url(size: LARGE)\n        }\n      }\n    }\n  }\n": types.RemoveCoverImageDocument,
    "\n  mutation RemoveCvDocument {\n    removeCvDocument {\n      member {\n        id\n        cvDocument {\n          url\n        }\n      }\n    }\n  }\n": types.RemoveCvDocumentDocument,
    "\n  fragment CredentialFields on Member {\n    languages(first: 100) {\n      nodes {\n        code\n        proficiency\n      }\n    }\n    certifications(first: 100) {\n      nodes {\n        id\n        name\n        issuingOrganization\n        issueMonth\n        expiryMonth\n        credentialId\n        credentialUrl\n      }\n    }\n    links(first: 100) {\n      nodes {\n        kind\n        url\n        label\n      }\n    }\n  }\n": types.CredentialFieldsFragmentDoc,
    "\n  fragment OpenToWorkFields on OpenToWork {\n    jobTitles\n    locations\n    contractTypes\n    workplaceTypes\n    availableFrom\n    visibleTo\n  }\n": types.OpenToWorkFieldsFragmentDoc,
    "\n  fragment ProfileFields on Member {\n    id\n    handle\n    displayName\n    firstName\n    lastName\n    headline\n    industry\n    about\n    photo {\n      url(size: MEDIUM)\n    }\n    coverImage {\n      url(size: LARGE)\n    }\n    cvDocument {\n      fileName\n      byteSize\n      uploadedAt\n      url\n    }\n    location {\n      city\n      region\n      country\n    }\n    contactInfo {\n      email\n      phone\n      websites\n    }\n    experiences(first: 100) {\n      nodes {\n        id\n        title\n        companyName\n        location\n        startMonth\n        endMonth\n        current\n        description\n      }\n    }\n    skills(first: 100) {\n      nodes {\n        name\n        highlighted\n      }\n    }\n    education(first: 100) {\n      nodes {\n        id\n        school\n        degree\n        fieldOfStudy\n        startYear\n        endYear\n        description\n      }\n    }\n    openToWork {\n      ...OpenToWorkFields\n    }\n    ...CredentialFields\n  }\n": types.ProfileFieldsFragmentDoc,
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
    "\n  mutation SetOpenToWork($input: SetOpenToWorkInput!) {\n    setOpenToWork(input: $input) {\n      member {\n        id\n        openToWork {\n          ...OpenToWorkFields\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SetOpenToWorkDocument,
    "\n  mutation ClearOpenToWork {\n    clearOpenToWork {\n      member {\n        id\n        openToWork {\n          ...OpenToWorkFields\n        }\n      }\n    }\n  }\n": types.ClearOpenToWorkDocument,
    "\n  mutation SetLanguages($input: SetLanguagesInput!) {\n    setLanguages(input: $input) {\n      member {\n        id\n        ...CredentialFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SetLanguagesDocument,
    "\n  mutation SetLinks($input: SetLinksInput!) {\n    setLinks(input: $input) {\n      member {\n        id\n        ...CredentialFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SetLinksDocument,
    "\n  mutation SaveCertification($input: CertificationInput!) {\n    saveCertification(input: $input) {\n      certification {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SaveCertificationDocument,
    "\n  mutation RemoveCertification($input: RemoveEntryInput!) {\n    removeCertification(input: $input) {\n      removedId\n    }\n  }\n": types.RemoveCertificationDocument,
    "\n  query Account($sessionsAfter: String) {\n    account {\n      email\n      createdAt\n      sessions(first: 20, after: $sessionsAfter) {\n        edges {\n          cursor\n          node {\n            id\n            userAgent\n            lastUsedAt\n            current\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.AccountDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      revokedSessionId\n    }\n  }\n": types.RevokeSessionDocument,
    "\n  query AccessTokens($after: String) {\n    account {\n      accessTokens(first: 20, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            name\n            scopes\n            prefix\n            createdAt\n            lastUsedAt\n            expiresAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.AccessTokensDocument,
    "\n  mutation CreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      accessToken {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateAccessTokenDocument,
    "\n  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {\n    revokeAccessToken(input: $input) {\n      revokedAccessTokenId\n    }\n  }\n": types.RevokeAccessTokenDocument,
    "\n  mutation ExportMyData {\n    exportMyData {\n      downloadUrl\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ExportMyDataDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input) {\n      deletedMemberId\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeleteAccountDocument,
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
export function graphql(source: "\n  fragment JobPostingDetails on JobPosting {\n    id\n    title\n    descriptionHtml\n    state\n    location {\n      city\n      region\n      country\n    }\n    workplaceType\n    contractType\n    contractMonths\n    seniority\n    jobFunction\n    salary {\n      min\n      max\n      currency\n      period\n    }\n    startDate\n    openings\n    applyUrl\n    publishedAt\n    expiresAt\n    createdAt\n    url\n    shareText\n    viewerCanManage\n    skills {\n      name\n    }\n    screeningQuestions {\n      id\n      kind\n      prompt\n      required\n    }\n    company {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment JobPostingDetails on JobPosting {\n    id\n    title\n    descriptionHtml\n    state\n    location {\n      city\n      region\n      country\n    }\n    workplaceType\n    contractType\n    contractMonths\n    seniority\n    jobFunction\n    salary {\n      min\n      max\n      currency\n      period\n    }\n    startDate\n    openings\n    applyUrl\n    publishedAt\n    expiresAt\n    createdAt\n    url\n    shareText\n    viewerCanManage\n    skills {\n      name\n    }\n    screeningQuestions {\n      id\n      kind\n      prompt\n      required\n    }\n    company {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobPosting($id: ID!) {\n    jobPosting(id: $id) {\n      ...JobPostingDetails\n    }\n  }\n"): (typeof documents)["\n  query JobPosting($id: ID!) {\n    jobPosting(id: $id) {\n      ...JobPostingDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyToPostFor($slug: String!) {\n    company(slug: $slug) {\n      id\n      slug\n      name\n      viewerRole\n    }\n  }\n"): (typeof documents)["\n  query CompanyToPostFor($slug: String!) {\n    company(slug: $slug) {\n      id\n      slug\n      name\n      viewerRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateJobPosting($input: CreateJobPostingInput!) {\n    createJobPosting(input: $input) {\n      jobPosting {\n        ...JobPostingDetails\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateJobPosting($input: CreateJobPostingInput!) {\n    createJobPosting(input: $input) {\n      jobPosting {\n        ...JobPostingDetails\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateJobPosting($input: UpdateJobPostingInput!) {\n    updateJobPosting(input: $input) {\n      jobPosting {\n        ...JobPostingDetails\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateJobPosting($input: UpdateJobPostingInput!) {\n    updateJobPosting(input: $input) {\n      jobPosting {\n        ...JobPostingDetails\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishJobPosting($input: JobPostingIdInput!) {\n    publishJobPosting(input: $input) {\n      jobPosting {\n        id\n        state\n        publishedAt\n        expiresAt\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishJobPosting($input: JobPostingIdInput!) {\n    publishJobPosting(input: $input) {\n      jobPosting {\n        id\n        state\n        publishedAt\n        expiresAt\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseJobPosting($input: JobPostingIdInput!) {\n    closeJobPosting(input: $input) {\n      jobPosting {\n        id\n        state\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseJobPosting($input: JobPostingIdInput!) {\n    closeJobPosting(input: $input) {\n      jobPosting {\n        id\n        state\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenJobPosting($input: JobPostingIdInput!) {\n    reopenJobPosting(input: $input) {\n      jobPosting {\n        id\n        state\n        expiresAt\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenJobPosting($input: JobPostingIdInput!) {\n    reopenJobPosting(input: $input) {\n      jobPosting {\n        id\n        state\n        expiresAt\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DuplicateJobPosting($input: JobPostingIdInput!) {\n    duplicateJobPosting(input: $input) {\n      jobPosting {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DuplicateJobPosting($input: JobPostingIdInput!) {\n    duplicateJobPosting(input: $input) {\n      jobPosting {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedJobPostings($states: [JobState!], $first: Int, $after: String) {\n    managedJobPostings(states: $states, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        state\n        contractType\n        location {\n          city\n        }\n        publishedAt\n        expiresAt\n        createdAt\n        viewerCanManage\n        company {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagedJobPostings($states: [JobState!], $first: Int, $after: String) {\n    managedJobPostings(states: $states, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        state\n        contractType\n        location {\n          city\n        }\n        publishedAt\n        expiresAt\n        createdAt\n        viewerCanManage\n        company {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    note\n    howKnown\n    createdAt\n    sender {\n      ...PersonSummary\n    }\n    recipient {\n      ...PersonSummary\n    }\n    introduction {\n      id\n      note\n      intermediary {\n        ...PersonFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationFields on Invitation {\n    id\n    note\n    howKnown\n    createdAt\n    sender {\n      ...PersonSummary\n    }\n    recipient {\n      ...PersonSummary\n    }\n    introduction {\n      id\n      note\n      intermediary {\n        ...PersonFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Network {\n    viewer {\n      id\n      pendingInvitationCount\n      invitationsLeftThisWeek\n      invitationsReceived(first: 100) {\n        totalCount\n        nodes {\n          ...InvitationFields\n        }\n      }\n      invitationsSent(first: 100) {\n        totalCount\n        nodes {\n          ...InvitationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Network {\n    viewer {\n      id\n      pendingInvitationCount\n      invitationsLeftThisWeek\n      invitationsReceived(first: 100) {\n        totalCount\n        nodes {\n          ...InvitationFields\n        }\n      }\n      invitationsSent(first: 100) {\n        totalCount\n        nodes {\n          ...InvitationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingInvitationCount {\n    viewer {\n      id\n      pendingInvitationCount\n    }\n  }\n"): (typeof documents)["\n  query PendingInvitationCount {\n    viewer {\n      id\n      pendingInvitationCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on Member {\n    id\n    handle\n    displayName\n  }\n"): (typeof documents)["\n  fragment PersonFields on Member {\n    id\n    handle\n    displayName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonSummary on Member {\n    ...PersonFields\n    headline\n    currentPosition {\n      title\n      companyName\n    }\n    viewerState {\n      degree\n      mutualConnectionCount\n      mutualConnections(first: 1) {\n        ...PersonFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PersonSummary on Member {\n    ...PersonFields\n    headline\n    currentPosition {\n      title\n      companyName\n    }\n    viewerState {\n      degree\n      mutualConnectionCount\n      mutualConnections(first: 1) {\n        ...PersonFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerState($handle: String!) {\n    member(handle: $handle) {\n      id\n      displayName\n      followerCount\n      viewerState {\n        degree\n        canInvite\n        blocked\n        following\n        canFollow\n        mutualConnectionCount\n        mutualConnections(first: 1) {\n          ...PersonFields\n        }\n        invitation {\n          id\n          sender {\n            id\n          }\n        }\n      }\n      connectionPaths(first: 3) {\n        members {\n          ...PersonFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ViewerState($handle: String!) {\n    member(handle: $handle) {\n      id\n      displayName\n      followerCount\n      viewerState {\n        degree\n        canInvite\n        blocked\n        following\n        canFollow\n        mutualConnectionCount\n        mutualConnections(first: 1) {\n          ...PersonFields\n        }\n        invitation {\n          id\n          sender {\n            id\n          }\n        }\n      }\n      connectionPaths(first: 3) {\n        members {\n          ...PersonFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendInvitation($input: SendInvitationInput!) {\n    sendInvitation(input: $input) {\n      invitation {\n        id\n        state\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendInvitation($input: SendInvitationInput!) {\n    sendInvitation(input: $input) {\n      invitation {\n        id\n        state\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($id: ID!) {\n    acceptInvitation(input: { id: $id }) {\n      invitation {\n        id\n        state\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($id: ID!) {\n    acceptInvitation(input: { id: $id }) {\n      invitation {\n        id\n        state\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IgnoreInvitation($id: ID!) {\n    ignoreInvitation(input: { id: $id }) {\n      invitation {\n        id\n        state\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IgnoreInvitation($id: ID!) {\n    ignoreInvitation(input: { id: $id }) {\n      invitation {\n        id\n        state\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawInvitation($id: ID!) {\n    withdrawInvitation(input: { id: $id }) {\n      invitation {\n        id\n        state\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawInvitation($id: ID!) {\n    withdrawInvitation(input: { id: $id }) {\n      invitation {\n        id\n        state\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveConnection($memberId: ID!) {\n    removeConnection(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveConnection($memberId: ID!) {\n    removeConnection(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suggestions {\n    viewer {\n      id\n      suggestedConnections(first: 20) {\n        member {\n          ...PersonSummary\n        }\n        mutualConnectionCount\n        reasons {\n          kind\n          count\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Suggestions {\n    viewer {\n      id\n      suggestedConnections(first: 20) {\n        member {\n          ...PersonSummary\n        }\n        mutualConnectionCount\n        reasons {\n          kind\n          count\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissSuggestion($memberId: ID!) {\n    dismissSuggestion(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DismissSuggestion($memberId: ID!) {\n    dismissSuggestion(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchConnections($query: String, $sort: ConnectionSort!, $after: String) {\n    viewer {\n      id\n      searchConnections(query: $query, sort: $sort, first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          connectedAt\n          node {\n            ...PersonSummary\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchConnections($query: String, $sort: ConnectionSort!, $after: String) {\n    viewer {\n      id\n      searchConnections(query: $query, sort: $sort, first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          connectedAt\n          node {\n            ...PersonSummary\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FindMembersByEmail($emails: [String!]!) {\n    findMembersByEmail(input: { emails: $emails }) {\n      members {\n        ...PersonSummary\n        viewerState {\n          canInvite\n          invitation {\n            id\n          }\n        }\n      }\n      invalidCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FindMembersByEmail($emails: [String!]!) {\n    findMembersByEmail(input: { emails: $emails }) {\n      members {\n        ...PersonSummary\n        viewerState {\n          canInvite\n          invitation {\n            id\n          }\n        }\n      }\n      invalidCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindableByEmail {\n    viewer {\n      id\n      findableByEmail\n    }\n  }\n"): (typeof documents)["\n  query FindableByEmail {\n    viewer {\n      id\n      findableByEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFindableByEmail($findable: Boolean!) {\n    setFindableByEmail(input: { findable: $findable }) {\n      member {\n        id\n        findableByEmail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetFindableByEmail($findable: Boolean!) {\n    setFindableByEmail(input: { findable: $findable }) {\n      member {\n        id\n        findableByEmail\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BlockedMembers($after: String) {\n    viewer {\n      id\n      blockedMembers(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          blockedAt\n          node {\n            ...PersonFields\n            headline\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BlockedMembers($after: String) {\n    viewer {\n      id\n      blockedMembers(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          blockedAt\n          node {\n            ...PersonFields\n            headline\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockMember($memberId: ID!) {\n    blockMember(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BlockMember($memberId: ID!) {\n    blockMember(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnblockMember($memberId: ID!) {\n    unblockMember(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnblockMember($memberId: ID!) {\n    unblockMember(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowMember($memberId: ID!) {\n    followMember(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FollowMember($memberId: ID!) {\n    followMember(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowMember($memberId: ID!) {\n    unfollowMember(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnfollowMember($memberId: ID!) {\n    unfollowMember(input: { memberId: $memberId }) {\n      member {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IntroductionFields on Introduction {\n    id\n    state\n    messageToIntermediary\n    messageToTarget\n    note\n    createdAt\n    requester {\n      ...PersonFields\n    }\n    intermediary {\n      ...PersonFields\n    }\n    target {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  fragment IntroductionFields on Introduction {\n    id\n    state\n    messageToIntermediary\n    messageToTarget\n    note\n    createdAt\n    requester {\n      ...PersonFields\n    }\n    intermediary {\n      ...PersonFields\n    }\n    target {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Introductions {\n    viewer {\n      id\n      toForward: introductions(role: TO_FORWARD, first: 50) {\n        totalCount\n        nodes {\n          ...IntroductionFields\n        }\n      }\n      requested: introductions(role: REQUESTED, first: 50) {\n        totalCount\n        nodes {\n          ...IntroductionFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Introductions {\n    viewer {\n      id\n      toForward: introductions(role: TO_FORWARD, first: 50) {\n        totalCount\n        nodes {\n          ...IntroductionFields\n        }\n      }\n      requested: introductions(role: REQUESTED, first: 50) {\n        totalCount\n        nodes {\n          ...IntroductionFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntroductionMutuals($handle: String!) {\n    member(handle: $handle) {\n      id\n      viewerState {\n        mutualConnections(first: 20) {\n          ...PersonFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntroductionMutuals($handle: String!) {\n    member(handle: $handle) {\n      id\n      viewerState {\n        mutualConnections(first: 20) {\n          ...PersonFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestIntroduction($input: RequestIntroductionInput!) {\n    requestIntroduction(input: $input) {\n      introduction {\n        id\n        state\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestIntroduction($input: RequestIntroductionInput!) {\n    requestIntroduction(input: $input) {\n      introduction {\n        id\n        state\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForwardIntroduction($id: ID!, $note: String) {\n    forwardIntroduction(input: { id: $id, note: $note }) {\n      introduction {\n        id\n        state\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ForwardIntroduction($id: ID!, $note: String) {\n    forwardIntroduction(input: { id: $id, note: $note }) {\n      introduction {\n        id\n        state\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineIntroduction($id: ID!) {\n    declineIntroduction(input: { id: $id }) {\n      introduction {\n        id\n        state\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineIntroduction($id: ID!) {\n    declineIntroduction(input: { id: $id }) {\n      introduction {\n        id\n        state\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawIntroduction($id: ID!) {\n    withdrawIntroduction(input: { id: $id }) {\n      introduction {\n        id\n        state\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawIntroduction($id: ID!) {\n    withdrawIntroduction(input: { id: $id }) {\n      introduction {\n        id\n        state\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WeeklyViewsFields on WeeklyProfileViews {\n    startsOn\n    isoWeek\n    views\n  }\n"): (typeof documents)["\n  fragment WeeklyViewsFields on WeeklyProfileViews {\n    startsOn\n    isoWeek\n    views\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileViews($after: String, $weeks: Int!) {\n    viewer {\n      id\n      profileViewStats(weeks: $weeks) {\n        total\n        weeks {\n          ...WeeklyViewsFields\n        }\n      }\n      profileViews(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            viewedAt\n            viewer {\n              __typename\n              # Concrete type conditions only: the cache needs no possibleTypes to match them.\n              ... on Member {\n                ...PersonSummary\n              }\n              ... on AnonymousProfileViewer {\n                industry\n              }\n              ... on PrivateProfileViewer {\n                private\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProfileViews($after: String, $weeks: Int!) {\n    viewer {\n      id\n      profileViewStats(weeks: $weeks) {\n        total\n        weeks {\n          ...WeeklyViewsFields\n        }\n      }\n      profileViews(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            viewedAt\n            viewer {\n              __typename\n              # Concrete type conditions only: the cache needs no possibleTypes to match them.\n              ... on Member {\n                ...PersonSummary\n              }\n              ... on AnonymousProfileViewer {\n                industry\n              }\n              ... on PrivateProfileViewer {\n                private\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileViewMode {\n    viewer {\n      id\n      profileViewMode\n    }\n  }\n"): (typeof documents)["\n  query ProfileViewMode {\n    viewer {\n      id\n      profileViewMode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProfileViewMode($input: SetProfileViewModeInput!) {\n    setProfileViewMode(input: $input) {\n      member {\n        id\n        profileViewMode\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetProfileViewMode($input: SetProfileViewModeInput!) {\n    setProfileViewMode(input: $input) {\n      member {\n        id\n        profileViewMode\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordProfileView($input: RecordProfileViewInput!) {\n    recordProfileView(input: $input) {\n      recorded\n    }\n  }\n"): (typeof documents)["\n  mutation RecordProfileView($input: RecordProfileViewInput!) {\n    recordProfileView(input: $input) {\n      recorded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveProfilePhoto {\n    removeProfilePhoto {\n      member {\n        id\n        photo {\n          url(size: MEDIUM)\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveProfilePhoto {\n    removeProfilePhoto {\n      member {\n        id\n        photo {\n          url(size: MEDIUM)\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCoverImage {\n    removeCoverImage {\n      member {\n        id\n        coverImage {\n          url(size: LARGE)\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCoverImage {\n    removeCoverImage {\n      member {\n        id\n        coverImage {\n          url(size: LARGE)\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCvDocument {\n    removeCvDocument {\n      member {\n        id\n        cvDocument {\n          url\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCvDocument {\n    removeCvDocument {\n      member {\n        id\n        cvDocument {\n          url\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CredentialFields on Member {\n    languages(first: 100) {\n      nodes {\n        code\n        proficiency\n      }\n    }\n    certifications(first: 100) {\n      nodes {\n        id\n        name\n        issuingOrganization\n        issueMonth\n        expiryMonth\n        credentialId\n        credentialUrl\n      }\n    }\n    links(first: 100) {\n      nodes {\n        kind\n        url\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CredentialFields on Member {\n    languages(first: 100) {\n      nodes {\n        code\n        proficiency\n      }\n    }\n    certifications(first: 100) {\n      nodes {\n        id\n        name\n        issuingOrganization\n        issueMonth\n        expiryMonth\n        credentialId\n        credentialUrl\n      }\n    }\n    links(first: 100) {\n      nodes {\n        kind\n        url\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpenToWorkFields on OpenToWork {\n    jobTitles\n    locations\n    contractTypes\n    workplaceTypes\n    availableFrom\n    visibleTo\n  }\n"): (typeof documents)["\n  fragment OpenToWorkFields on OpenToWork {\n    jobTitles\n    locations\n    contractTypes\n    workplaceTypes\n    availableFrom\n    visibleTo\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileFields on Member {\n    id\n    handle\n    displayName\n    firstName\n    lastName\n    headline\n    industry\n    about\n    photo {\n      url(size: MEDIUM)\n    }\n    coverImage {\n      url(size: LARGE)\n    }\n    cvDocument {\n      fileName\n      byteSize\n      uploadedAt\n      url\n    }\n    location {\n      city\n      region\n      country\n    }\n    contactInfo {\n      email\n      phone\n      websites\n    }\n    experiences(first: 100) {\n      nodes {\n        id\n        title\n        companyName\n        location\n        startMonth\n        endMonth\n        current\n        description\n      }\n    }\n    skills(first: 100) {\n      nodes {\n        name\n        highlighted\n      }\n    }\n    education(first: 100) {\n      nodes {\n        id\n        school\n        degree\n        fieldOfStudy\n        startYear\n        endYear\n        description\n      }\n    }\n    openToWork {\n      ...OpenToWorkFields\n    }\n    ...CredentialFields\n  }\n"): (typeof documents)["\n  fragment ProfileFields on Member {\n    id\n    handle\n    displayName\n    firstName\n    lastName\n    headline\n    industry\n    about\n    photo {\n      url(size: MEDIUM)\n    }\n    coverImage {\n      url(size: LARGE)\n    }\n    cvDocument {\n      fileName\n      byteSize\n      uploadedAt\n      url\n    }\n    location {\n      city\n      region\n      country\n    }\n    contactInfo {\n      email\n      phone\n      websites\n    }\n    experiences(first: 100) {\n      nodes {\n        id\n        title\n        companyName\n        location\n        startMonth\n        endMonth\n        current\n        description\n      }\n    }\n    skills(first: 100) {\n      nodes {\n        name\n        highlighted\n      }\n    }\n    education(first: 100) {\n      nodes {\n        id\n        school\n        degree\n        fieldOfStudy\n        startYear\n        endYear\n        description\n      }\n    }\n    openToWork {\n      ...OpenToWorkFields\n    }\n    ...CredentialFields\n  }\n"];
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
export function graphql(source: "\n  mutation SetOpenToWork($input: SetOpenToWorkInput!) {\n    setOpenToWork(input: $input) {\n      member {\n        id\n        openToWork {\n          ...OpenToWorkFields\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetOpenToWork($input: SetOpenToWorkInput!) {\n    setOpenToWork(input: $input) {\n      member {\n        id\n        openToWork {\n          ...OpenToWorkFields\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearOpenToWork {\n    clearOpenToWork {\n      member {\n        id\n        openToWork {\n          ...OpenToWorkFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClearOpenToWork {\n    clearOpenToWork {\n      member {\n        id\n        openToWork {\n          ...OpenToWorkFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLanguages($input: SetLanguagesInput!) {\n    setLanguages(input: $input) {\n      member {\n        id\n        ...CredentialFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetLanguages($input: SetLanguagesInput!) {\n    setLanguages(input: $input) {\n      member {\n        id\n        ...CredentialFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLinks($input: SetLinksInput!) {\n    setLinks(input: $input) {\n      member {\n        id\n        ...CredentialFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetLinks($input: SetLinksInput!) {\n    setLinks(input: $input) {\n      member {\n        id\n        ...CredentialFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCertification($input: CertificationInput!) {\n    saveCertification(input: $input) {\n      certification {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCertification($input: CertificationInput!) {\n    saveCertification(input: $input) {\n      certification {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCertification($input: RemoveEntryInput!) {\n    removeCertification(input: $input) {\n      removedId\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCertification($input: RemoveEntryInput!) {\n    removeCertification(input: $input) {\n      removedId\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportMyData {\n    exportMyData {\n      downloadUrl\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExportMyData {\n    exportMyData {\n      downloadUrl\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input) {\n      deletedMemberId\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input) {\n      deletedMemberId\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;