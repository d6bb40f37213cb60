import { USER_ERROR_CODES, type UserErrorDraft } from '../errors';
import { COMPANY_SIZES, JOB_LIMITS, type CompanySize } from '../jobs';
import { checkMaxLength, optionalText, paragraphs } from './career';
import { RESERVED_HANDLES } from './handle';
import { checkListSize } from './lists';
import { skillKey } from './skills';
import { checkRequiredText, normalizeText } from './text';
import { checkUrl, normalizeUrl } from './url';

/** Lowercase letters, digits and single hyphens, starting and ending with a letter or digit. */
const SLUG_FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Words a company's address must not take: the ones reserved for members' addresses, and the app's own pages. */
export const RESERVED_COMPANY_SLUGS: ReadonlySet<string> = new Set([
  ...RESERVED_HANDLES,
  'new',
  'edit',
  'mine',
  'create',
]);

/**
 * The key that says two company names are the same company: folded exactly like skill names (case, accents,
 * compatibility forms, invisible characters, spaces), so that "L’Oréal" and "l'oreal" meet.
 */
export const companyNameKey = skillKey;

/** "Atelier Dupont & Fils" → "atelier-dupont-fils": the address a new page is offered. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, JOB_LIMITS.companySlugMax)
    .replace(/-+$/, '');
}

export function normalizeSlug(raw: string): string {
  return raw.trim().toLowerCase();
}

/** Format, length and reserved words; whether the slug is free is the database's answer (SLUG_TAKEN). */
export function checkSlug(field: string, slug: string): UserErrorDraft[] {
  if (!slug) return [{ field, code: USER_ERROR_CODES.REQUIRED }];
  if (slug.length < JOB_LIMITS.companySlugMin)
    return [{ field, code: USER_ERROR_CODES.TOO_SHORT, params: { min: JOB_LIMITS.companySlugMin } }];
  if (slug.length > JOB_LIMITS.companySlugMax)
    return [{ field, code: USER_ERROR_CODES.TOO_LONG, params: { max: JOB_LIMITS.companySlugMax } }];
  if (!SLUG_FORMAT.test(slug)) return [{ field, code: USER_ERROR_CODES.INVALID_SLUG }];
  if (RESERVED_COMPANY_SLUGS.has(slug)) return [{ field, code: USER_ERROR_CODES.SLUG_RESERVED }];
  return [];
}

export interface CompanyPlaceFields {
  city: string | null;
  region: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
}

/** What the people who run a company page write about it. */
export interface CompanyFields {
  name: string;
  slug: string;
  description: string | null;
  industry: string | null;
  size: CompanySize | null;
  headquarters: CompanyPlaceFields | null;
  locations: string[];
  website: string | null;
  foundedYear: number | null;
}

function normalizeHeadquarters(place: CompanyPlaceFields | null | undefined): CompanyPlaceFields | null {
  const city = optionalText(place?.city);
  const region = optionalText(place?.region);
  const country = optionalText(place?.country)?.toUpperCase() ?? null;
  return city || region || country ? { city, region, country } : null;
}

/** Other locations: trimmed, empty ones dropped, the same place (by key) kept once. */
function normalizeLocations(raw: readonly string[] | null | undefined): string[] {
  const seen = new Set<string>();
  return (raw ?? []).map(normalizeText).filter((location) => {
    const key = companyNameKey(location);
    if (!location || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function normalizeCompany(input: CompanyFields): CompanyFields {
  const website = optionalText(input.website);
  return {
    name: normalizeText(input.name),
    slug: normalizeSlug(input.slug),
    description: paragraphs(input.description),
    industry: optionalText(input.industry),
    size: input.size ?? null,
    headquarters: normalizeHeadquarters(input.headquarters),
    locations: normalizeLocations(input.locations),
    website: website === null ? null : normalizeUrl(website),
    foundedYear: input.foundedYear ?? null,
  };
}

function checkFoundedYear(year: number | null, now: Date): UserErrorDraft[] {
  if (year === null) return [];
  if (!Number.isInteger(year) || year < JOB_LIMITS.companyFoundedMin)
    return [{ field: 'foundedYear', code: USER_ERROR_CODES.INVALID_DATE }];
  if (year > now.getUTCFullYear()) return [{ field: 'foundedYear', code: USER_ERROR_CODES.DATE_IN_FUTURE }];
  return [];
}

function checkWebsite(website: string | null): UserErrorDraft[] {
  if (website === null) return [];
  const errors = checkUrl('website', website);
  if (errors.length) return errors;
  return checkMaxLength('website', website, JOB_LIMITS.companyWebsite);
}

function checkHeadquarters(place: CompanyPlaceFields | null): UserErrorDraft[] {
  if (!place) return [];
  const errors = [
    ...checkMaxLength('headquarters.city', place.city, JOB_LIMITS.companyPlace),
    ...checkMaxLength('headquarters.region', place.region, JOB_LIMITS.companyPlace),
  ];
  if (place.country !== null && !/^[A-Z]{2}$/.test(place.country)) {
    errors.push({ field: 'headquarters.country', code: USER_ERROR_CODES.INVALID_COUNTRY });
  }
  return errors;
}

/** Every field of a (normalized) company page, each problem on its own field. */
export function validateCompany(input: CompanyFields, now = new Date()): UserErrorDraft[] {
  const sizes: readonly string[] = Object.values(COMPANY_SIZES);
  return [
    ...checkRequiredText('name', input.name, JOB_LIMITS.companyName),
    ...checkSlug('slug', input.slug),
    ...checkMaxLength('description', input.description, JOB_LIMITS.companyDescription),
    ...checkMaxLength('industry', input.industry, JOB_LIMITS.companyPlace),
    ...(input.size !== null && !sizes.includes(input.size)
      ? [{ field: 'size', code: USER_ERROR_CODES.INVALID_CHOICE }]
      : []),
    ...checkHeadquarters(input.headquarters),
    ...checkListSize('locations', input.locations.length, JOB_LIMITS.companyLocations),
    ...input.locations.flatMap((location, i) => checkMaxLength(`locations.${i}`, location, JOB_LIMITS.companyPlace)),
    ...checkWebsite(input.website),
    ...checkFoundedYear(input.foundedYear, now),
  ];
}
