/** Who may see a part of a profile, from the widest audience to the narrowest. */
export const AUDIENCES = {
  PUBLIC: 'PUBLIC',
  MEMBERS: 'MEMBERS',
  NETWORK: 'NETWORK',
  CONNECTIONS: 'CONNECTIONS',
  ONLY_ME: 'ONLY_ME',
} as const;
export type Audience = (typeof AUDIENCES)[keyof typeof AUDIENCES];

/** The parts of a profile whose audience a member chooses. */
export const PROFILE_SECTIONS = {
  PHOTO: 'PHOTO',
  HEADLINE: 'HEADLINE',
  ABOUT: 'ABOUT',
  EXPERIENCE: 'EXPERIENCE',
  EDUCATION: 'EDUCATION',
  SKILLS: 'SKILLS',
  LANGUAGES: 'LANGUAGES',
  CERTIFICATIONS: 'CERTIFICATIONS',
  LINKS: 'LINKS',
  CONTACT_INFO: 'CONTACT_INFO',
  CV_DOCUMENT: 'CV_DOCUMENT',
  CONNECTIONS: 'CONNECTIONS',
  OPEN_TO_WORK: 'OPEN_TO_WORK',
} as const;
export type ProfileSection = (typeof PROFILE_SECTIONS)[keyof typeof PROFILE_SECTIONS];

export type ProfileVisibility = Record<ProfileSection, Audience>;

/** Contact details reach connections only and the CV document nobody until the member says otherwise. */
export const DEFAULT_PROFILE_VISIBILITY: ProfileVisibility = {
  PHOTO: 'PUBLIC',
  HEADLINE: 'PUBLIC',
  ABOUT: 'PUBLIC',
  EXPERIENCE: 'PUBLIC',
  EDUCATION: 'PUBLIC',
  SKILLS: 'PUBLIC',
  LANGUAGES: 'PUBLIC',
  CERTIFICATIONS: 'PUBLIC',
  LINKS: 'PUBLIC',
  CONTACT_INFO: 'CONNECTIONS',
  CV_DOCUMENT: 'ONLY_ME',
  CONNECTIONS: 'PUBLIC',
  OPEN_TO_WORK: 'PUBLIC',
};

/** Who sees a member's "open to work" signal, within the audience of the OPEN_TO_WORK section. */
export const OPEN_TO_WORK_AUDIENCES = {
  ALL_MEMBERS: 'ALL_MEMBERS',
  RECRUITERS_ONLY: 'RECRUITERS_ONLY',
} as const;
export type OpenToWorkAudience = (typeof OPEN_TO_WORK_AUDIENCES)[keyof typeof OPEN_TO_WORK_AUDIENCES];

/** How far a member is from the reader in the connection graph. */
export const DEGREES = {
  SELF: 'SELF',
  FIRST: 'FIRST',
  SECOND: 'SECOND',
  THIRD: 'THIRD',
  OUT_OF_NETWORK: 'OUT_OF_NETWORK',
} as const;
export type Degree = (typeof DEGREES)[keyof typeof DEGREES];
