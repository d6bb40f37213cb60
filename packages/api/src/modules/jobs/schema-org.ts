import { EMPLOYMENT_TYPE_OF_CONTRACT, WORKPLACE_TYPES } from '@carnet/shared';
import type { JobPostingEntity } from './job-posting.entity';

export interface SchemaOrgInput {
  posting: JobPostingEntity;
  /** The posting's global id. */
  id: string;
  url: string;
  company: { name: string; url: string; website: string | null };
  skills: readonly string[];
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const date = (value: Date) => value.toISOString();

function jobLocation(posting: JobPostingEntity): Record<string, Json> {
  if (!posting.city && !posting.region && !posting.country) return {};
  const address: Record<string, Json> = { '@type': 'PostalAddress' };
  if (posting.city) address.addressLocality = posting.city;
  if (posting.region) address.addressRegion = posting.region;
  if (posting.country) address.addressCountry = posting.country;
  return { jobLocation: { '@type': 'Place', address } };
}

/** Remote jobs say so, and from which country candidates may work when the posting names one. */
function remote(posting: JobPostingEntity): Record<string, Json> {
  if (posting.workplaceType !== WORKPLACE_TYPES.REMOTE) return {};
  return {
    jobLocationType: 'TELECOMMUTE',
    ...(posting.country ? { applicantLocationRequirements: { '@type': 'Country', name: posting.country } } : {}),
  };
}

function baseSalary(posting: JobPostingEntity): Record<string, Json> {
  const { salaryMin: min, salaryMax: max, salaryCurrency: currency, salaryPeriod: period } = posting;
  if (!currency || !period || (min === null && max === null)) return {};
  const value: Record<string, Json> = { '@type': 'QuantitativeValue', unitText: period };
  if (min !== null && max !== null && min !== max) Object.assign(value, { minValue: min, maxValue: max });
  else value.value = (min ?? max)!;
  return { baseSalary: { '@type': 'MonetaryAmount', currency, value } };
}

/**
 * The posting as a schema.org JobPosting, the shape Google for Jobs and job aggregators read
 * (https://schema.org/JobPosting). Pure: the caller loads the company and skills and knows the page's URL.
 */
export function toSchemaOrgJobPosting({ posting, id, url, company, skills }: SchemaOrgInput): Record<string, Json> {
  const organization: Record<string, Json> = { '@type': 'Organization', name: company.name, url: company.url };
  if (company.website) organization.sameAs = company.website;
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: posting.title,
    description: posting.description,
    identifier: { '@type': 'PropertyValue', name: 'Carnet', value: id },
    url,
    datePosted: date(posting.publishedAt ?? posting.createdAt),
    validThrough: date(posting.expiresAt),
    employmentType: EMPLOYMENT_TYPE_OF_CONTRACT[posting.contractType],
    hiringOrganization: organization,
    ...jobLocation(posting),
    ...remote(posting),
    ...baseSalary(posting),
    directApply: posting.applyUrl === null,
    ...(skills.length ? { skills: skills.join(', ') } : {}),
    ...(posting.startDate ? { jobStartDate: posting.startDate } : {}),
    totalJobOpenings: posting.openings,
  };
}

/** JSON for a <script type="application/ld+json">: no "</script>", "<!--" or line separator can end or break it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
