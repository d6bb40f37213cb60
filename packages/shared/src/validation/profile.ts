import { USER_ERROR_CODES, type UserErrorDraft } from '../errors';
import { PROFILE_LIMITS } from '../limits';
import { checkEmail } from './accounts';
import { checkDuplicates, checkListSize } from './lists';
import { normalizeText, textLength } from './text';
import { checkUrl, normalizeUrl } from './url';

export interface ProfileFields {
  headline: string | null;
  about: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
  industry: string | null;
  contactEmail: string | null;
  phone: string | null;
}

const SINGLE_LINE: (keyof ProfileFields)[] = [
  'headline',
  'city',
  'region',
  'country',
  'industry',
  'contactEmail',
  'phone',
];
const MAX: Partial<Record<keyof ProfileFields, number>> = {
  headline: PROFILE_LIMITS.headline,
  about: PROFILE_LIMITS.about,
  city: PROFILE_LIMITS.place,
  region: PROFILE_LIMITS.place,
  country: PROFILE_LIMITS.place,
  industry: PROFILE_LIMITS.industry,
  phone: PROFILE_LIMITS.phone,
};

/** Trims every field (keeping the paragraphs of `about`); an empty field means "not given". */
export function normalizeProfile<T extends Partial<ProfileFields>>(input: T): T {
  const normalized = { ...input };
  for (const key of Object.keys(input) as (keyof ProfileFields)[]) {
    const value = input[key];
    if (value == null) continue;
    const text = SINGLE_LINE.includes(key)
      ? normalizeText(value)
      : value
          .normalize('NFC')
          .replace(/\r\n?/g, '\n')
          .replace(/[ \t]+$/gm, '')
          .trim();
    (normalized as Partial<ProfileFields>)[key] = text === '' ? null : text;
  }
  return normalized;
}

/** Every problem of a (normalized) partial profile update, one per field. */
export function validateProfile(input: Partial<ProfileFields>): UserErrorDraft[] {
  const errors: UserErrorDraft[] = [];
  for (const [key, max] of Object.entries(MAX) as [keyof ProfileFields, number][]) {
    const value = input[key];
    if (value != null && textLength(value) > max)
      errors.push({ field: key, code: USER_ERROR_CODES.TOO_LONG, params: { max } });
  }
  if (input.contactEmail != null) errors.push(...checkEmail('contactEmail', input.contactEmail));
  if (input.phone != null && !errors.some((e) => e.field === 'phone') && !/^\+?[0-9 ().-]{6,30}$/.test(input.phone)) {
    errors.push({ field: 'phone', code: USER_ERROR_CODES.INVALID_PHONE });
  }
  return errors;
}

/** Website addresses as typed, each normalized in place: an empty one stays empty (a blank input) and is not kept. */
export function normalizeWebsites(raw: readonly string[]): string[] {
  return raw.map(normalizeUrl);
}

/** Errors point at the position the address was typed in (`websites.1`), blanks included. */
export function validateWebsites(websites: readonly string[]): UserErrorDraft[] {
  const given = websites.filter(Boolean);
  return [
    ...checkListSize('websites', given.length, PROFILE_LIMITS.websites),
    ...websites.flatMap((url, i) => (url ? checkUrl(`websites.${i}`, url) : [])),
    ...checkDuplicates('websites.#', websites, (url) => url),
  ];
}
