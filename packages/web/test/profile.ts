import { DEFAULT_PROFILE_VISIBILITY } from '@carnet/shared';
import type { Audience, ProfileFieldsFragment, ProfileSection } from '../src/gql/graphql';

type Experience = ProfileFieldsFragment['experiences']['nodes'][number];
type Education = ProfileFieldsFragment['education']['nodes'][number];

export const MEMBER_ID = 'TWVtYmVyOjE';

export const experience = (overrides: Partial<Experience> = {}): Experience & { __typename: 'Experience' } => ({
  __typename: 'Experience',
  id: 'RXhwZXJpZW5jZTox',
  title: 'Développeuse',
  companyName: 'Doctolib',
  company: null,
  location: 'Paris',
  startMonth: '2020-01',
  endMonth: '2022-12',
  current: false,
  description: null,
  ...overrides,
});

export const education = (overrides: Partial<Education> = {}): Education & { __typename: 'Education' } => ({
  __typename: 'Education',
  id: 'RWR1Y2F0aW9uOjE',
  school: 'INSA Lyon',
  degree: 'Ingénieur',
  fieldOfStudy: 'Informatique',
  startYear: 2015,
  endYear: 2020,
  description: null,
  ...overrides,
});

/** A whole profile as the API answers it for its owner, with the typenames Apollo's cache needs. */
export function profileFixture(
  overrides: Partial<ProfileFieldsFragment> = {},
): ProfileFieldsFragment & { __typename: 'Member' } {
  const owner = {
    __typename: 'Member' as const,
    id: MEMBER_ID,
    handle: 'zoe-durand',
    displayName: 'Zoé Durand',
    firstName: 'Zoé',
    lastName: 'Durand',
    headline: 'Infirmière de bloc',
    industry: 'Santé',
    about: 'Dix ans au bloc opératoire.',
    location: { __typename: 'Location', city: 'Lyon', region: null, country: 'France' },
    contactInfo: { __typename: 'ContactInfo', email: 'zoe@exemple.fr', phone: null, websites: [] },
    experiences: { __typename: 'ExperienceConnection', nodes: [] },
    education: { __typename: 'EducationConnection', nodes: [] },
    skills: { __typename: 'SkillConnection', nodes: [] },
    languages: { __typename: 'LanguageConnection', nodes: [] },
    certifications: { __typename: 'CertificationConnection', nodes: [] },
    links: { __typename: 'ExternalLinkConnection', nodes: [] },
    openToWork: null,
    photo: null,
    coverImage: null,
    cvDocument: null,
  };
  return { ...owner, ...overrides };
}

/** A profile with nothing filled in but the name. */
export const emptyProfile = profileFixture({
  headline: null,
  industry: null,
  about: null,
  location: null,
  contactInfo: null,
});

/** The owner's audiences as MemberProfile answers them: the defaults, changed where asked. */
export function visibilityFixture(changes: Partial<Record<ProfileSection, Audience>> = {}) {
  const audiences: Record<string, Audience> = { ...DEFAULT_PROFILE_VISIBILITY, ...changes };
  return Object.entries(audiences).map(([section, audience]) => ({
    __typename: 'SectionVisibility' as const,
    section: section as ProfileSection,
    audience,
  }));
}

/** MemberProfile's answer for the profile's owner. */
export function ownProfileResult(profile = profileFixture(), visibility = visibilityFixture()) {
  return {
    data: {
      member: {
        ...profile,
        visibility,
        completeness: { __typename: 'ProfileCompleteness', percent: 71, nextStep: 'ADD_SKILLS' },
      },
    },
  };
}
