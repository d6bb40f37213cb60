const PAGE_INFO = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor }';

/**
 * Every field of every profile section, the web app's profile page (ProfileFields, visibility, completeness)
 * and more. The statement-count test and `pnpm bench profile` both read profiles through it: a new section is
 * one more line here.
 */
export const FULL_PROFILE_FIELDS = [
  'id handle firstName lastName displayName createdAt',
  'headline industry about location { city region country }',
  'contactInfo { email phone websites }',
  'photo { small: url(size: SMALL) large: url(size: LARGE) width height } coverImage { url(size: LARGE) }',
  'cvDocument { fileName byteSize uploadedAt url }',
  'openToWork { jobTitles locations contractTypes workplaceTypes availableFrom visibleTo }',
  'profileViewMode viewerState { degree canInvite }',
  'visibility { section audience }',
  'completeness { percent nextStep }',
  `experiences(first: 100) { ${PAGE_INFO} nodes { id title companyName location startMonth endMonth current description } }`,
  `education(first: 100) { ${PAGE_INFO} nodes { id school degree fieldOfStudy startYear endYear description } }`,
  `skills(first: 100) { ${PAGE_INFO} nodes { name highlighted } }`,
  `languages(first: 100) { ${PAGE_INFO} nodes { code name proficiency } }`,
  `certifications(first: 100) { ${PAGE_INFO} nodes { id name issuingOrganization issueMonth expiryMonth credentialId credentialUrl } }`,
  `links(first: 100) { ${PAGE_INFO} nodes { kind url label } }`,
  `connections(first: 10) { totalCount nodes { handle displayName } }`,
].join('\n');

export const FULL_PROFILE_BY_HANDLE = `query FullProfile($handle: String!) {
  member(handle: $handle) { ${FULL_PROFILE_FIELDS} }
}`;

export const FULL_PROFILES_BY_ID = `query FullProfiles($ids: [ID!]!) {
  nodes(ids: $ids) { ... on Member { ${FULL_PROFILE_FIELDS} } }
}`;
