import type { JobPostingEntity } from './job-posting.entity';
import { jsonForScript, toSchemaOrgJobPosting } from './schema-org';

const posting = {
  id: '42',
  companyId: '7',
  postedBy: '1',
  title: 'Développeuse React',
  description: '<p>Rejoignez-nous.</p>',
  city: 'Lyon',
  region: 'Auvergne-Rhône-Alpes',
  country: 'FR',
  workplaceType: 'HYBRID',
  contractType: 'CDI',
  contractMonths: null,
  seniority: 'MID_SENIOR',
  jobFunction: 'ENGINEERING',
  salaryMin: 45000,
  salaryMax: 55000,
  salaryCurrency: 'EUR',
  salaryPeriod: 'YEAR',
  startDate: '2027-01-04',
  openings: 2,
  applyUrl: null,
  state: 'OPEN',
  expiresAt: new Date('2026-12-22T12:00:00.000Z'),
  publishedAt: new Date('2026-11-22T12:00:00.000Z'),
  closedAt: null,
  createdAt: new Date('2026-11-20T09:00:00.000Z'),
  updatedAt: new Date('2026-11-22T12:00:00.000Z'),
} as JobPostingEntity;
const company = {
  name: 'Atelier Lumière',
  url: 'https://carnet.example/company/atelier',
  website: 'https://atelier.fr',
};
const input = { posting, id: 'Sm9iUG9zdGluZzo0Mg', url: 'https://carnet.example/jobs/Sm9iUG9zdGluZzo0Mg', company };

describe('toSchemaOrgJobPosting', () => {
  it('describes an on-site posting with its place, salary range, organization and skills', () => {
    expect(toSchemaOrgJobPosting({ ...input, skills: ['React', 'TypeScript'] })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Développeuse React',
      description: '<p>Rejoignez-nous.</p>',
      identifier: { '@type': 'PropertyValue', name: 'Carnet', value: 'Sm9iUG9zdGluZzo0Mg' },
      url: 'https://carnet.example/jobs/Sm9iUG9zdGluZzo0Mg',
      datePosted: '2026-11-22T12:00:00.000Z',
      validThrough: '2026-12-22T12:00:00.000Z',
      employmentType: 'FULL_TIME',
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Atelier Lumière',
        url: 'https://carnet.example/company/atelier',
        sameAs: 'https://atelier.fr',
      },
      jobLocation: {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          addressLocality: 'Lyon',
          addressRegion: 'Auvergne-Rhône-Alpes',
          addressCountry: 'FR',
        },
      },
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'EUR',
        value: { '@type': 'QuantitativeValue', minValue: 45000, maxValue: 55000, unitText: 'YEAR' },
      },
      directApply: true,
      skills: 'React, TypeScript',
      jobStartDate: '2027-01-04',
      totalJobOpenings: 2,
    });
  });

  it('marks remote work as TELECOMMUTE, a single amount as a value, and an external application as indirect', () => {
    const remote = {
      ...posting,
      workplaceType: 'REMOTE',
      city: null,
      region: null,
      contractType: 'ALTERNANCE',
      salaryMin: null,
      salaryMax: 1400,
      salaryPeriod: 'MONTH',
      applyUrl: 'https://atelier.fr/jobs/42',
      startDate: null,
    } as JobPostingEntity;
    const json = toSchemaOrgJobPosting({
      ...input,
      posting: remote,
      company: { ...company, website: null },
      skills: [],
    });
    expect(json).toMatchObject({
      employmentType: 'INTERN',
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: { '@type': 'Country', name: 'FR' },
      jobLocation: { address: { '@type': 'PostalAddress', addressCountry: 'FR' } },
      baseSalary: { currency: 'EUR', value: { '@type': 'QuantitativeValue', value: 1400, unitText: 'MONTH' } },
      directApply: false,
    });
    expect(json).not.toHaveProperty('skills');
    expect(json).not.toHaveProperty('jobStartDate');
    expect(json.hiringOrganization).not.toHaveProperty('sameAs');
  });

  it('gives hourly and daily rates their unit, and leaves baseSalary out without a salary', () => {
    const daily = { ...posting, contractType: 'FREELANCE', salaryMin: 500, salaryMax: 650, salaryPeriod: 'DAY' };
    expect(toSchemaOrgJobPosting({ ...input, posting: daily as JobPostingEntity, skills: [] })).toMatchObject({
      employmentType: 'CONTRACTOR',
      baseSalary: { value: { unitText: 'DAY' } },
    });
    const none = { ...posting, salaryMin: null, salaryMax: null, salaryCurrency: null, salaryPeriod: null };
    expect(toSchemaOrgJobPosting({ ...input, posting: none as JobPostingEntity, skills: [] })).not.toHaveProperty(
      'baseSalary',
    );
  });
});

describe('jsonForScript', () => {
  it('leaves nothing that could close the script or open a comment', () => {
    const text = jsonForScript({ title: '</script><script>alert(1)</script><!-- & \u2028' });
    expect(text).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(text)).toEqual({ title: '</script><script>alert(1)</script><!-- & \u2028' });
  });
});
