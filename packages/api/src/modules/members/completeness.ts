import { registerEnumType } from 'type-graphql';

/** The steps that make a profile useful to recruiters and contacts, most useful first. */
export const COMPLETENESS_STEPS = {
  ADD_PHOTO: 'ADD_PHOTO',
  ADD_HEADLINE: 'ADD_HEADLINE',
  ADD_EXPERIENCE: 'ADD_EXPERIENCE',
  ADD_LOCATION: 'ADD_LOCATION',
  ADD_SKILLS: 'ADD_SKILLS',
  ADD_EDUCATION: 'ADD_EDUCATION',
  ADD_ABOUT: 'ADD_ABOUT',
  ADD_CONTACT_INFO: 'ADD_CONTACT_INFO',
  REFRESH: 'REFRESH',
} as const;
export type CompletenessStep = keyof typeof COMPLETENESS_STEPS;

registerEnumType(COMPLETENESS_STEPS, {
  name: 'CompletenessStep',
  description: 'The next most useful thing to add to a profile.',
});

export interface ProfileFacts {
  photo: boolean;
  headline: boolean;
  experiences: number;
  location: boolean;
  skills: number;
  education: number;
  about: boolean;
  contactInfo: boolean;
  updatedAt: Date;
}

const STALE_AFTER_MS = 183 * 86_400_000;
const CHECKS: [Exclude<CompletenessStep, 'REFRESH'>, (facts: ProfileFacts) => boolean][] = [
  ['ADD_PHOTO', (f) => f.photo],
  ['ADD_HEADLINE', (f) => f.headline],
  ['ADD_EXPERIENCE', (f) => f.experiences > 0],
  ['ADD_LOCATION', (f) => f.location],
  ['ADD_SKILLS', (f) => f.skills >= 3],
  ['ADD_EDUCATION', (f) => f.education > 0],
  ['ADD_ABOUT', (f) => f.about],
  ['ADD_CONTACT_INFO', (f) => f.contactInfo],
];

/** How complete a profile is, and what to do next: the first missing step, or a refresh after six months without change. */
export function completenessOf(
  facts: ProfileFacts,
  now = Date.now(),
): { percent: number; nextStep: CompletenessStep | null } {
  const missing = CHECKS.filter(([, done]) => !done(facts)).map(([step]) => step);
  const percent = Math.round((100 * (CHECKS.length - missing.length)) / CHECKS.length);
  const stale = now - facts.updatedAt.getTime() > STALE_AFTER_MS;
  return { percent, nextStep: missing[0] ?? (stale ? 'REFRESH' : null) };
}
