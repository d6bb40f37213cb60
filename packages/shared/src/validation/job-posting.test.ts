import { normalizeJobPosting, validateJobPosting, type JobPostingFields } from './job-posting';

const now = new Date('2026-11-22T12:00:00Z');
const posting: JobPostingFields = {
  title: 'Développeuse React',
  descriptionHtml: '<p>Rejoignez-nous.</p>',
  location: { city: 'Lyon', region: 'Auvergne-Rhône-Alpes', country: 'fr' },
  workplaceType: 'HYBRID',
  contractType: 'CDI',
  contractMonths: null,
  seniority: 'MID_SENIOR',
  jobFunction: 'ENGINEERING',
  skills: ['React', 'TypeScript'],
  salary: { min: 45_000, max: 55_000, currency: 'eur', period: 'YEAR' },
  startDate: '2027-01-04',
  openings: 1,
  applyUrl: null,
  expiresAt: null,
  screeningQuestions: [{ id: null, kind: 'YES_NO', prompt: 'Parlez-vous anglais ?', required: true }],
};
const codes = (change: Partial<JobPostingFields>) =>
  validateJobPosting(normalizeJobPosting({ ...posting, ...change }), now).map((e) => [e.field, e.code]);

describe('validateJobPosting', () => {
  it('accepts a complete posting, and a remote one with neither place nor salary', () => {
    expect(codes({})).toEqual([]);
    expect(
      codes({ workplaceType: 'REMOTE', location: { city: null, region: null, country: null }, salary: null }),
    ).toEqual([]);
  });

  it('normalizes the country and the currency, and adds https:// to an address typed without it', () => {
    const normalized = normalizeJobPosting({ ...posting, applyUrl: ' www.example.fr/jobs ' });
    expect(normalized.location.country).toBe('FR');
    expect(normalized.salary?.currency).toBe('EUR');
    expect(normalized.applyUrl).toBe('https://www.example.fr/jobs');
  });

  it('refuses a minimum above the maximum, negative or absurd amounts and unknown currencies', () => {
    expect(codes({ salary: { min: 60_000, max: 50_000, currency: 'EUR', period: 'YEAR' } })).toEqual([
      ['salary.min', 'SALARY_MIN_ABOVE_MAX'],
    ]);
    expect(codes({ salary: { min: -5, max: 50_000, currency: 'EUR', period: 'YEAR' } })).toEqual([
      ['salary.min', 'OUT_OF_RANGE'],
    ]);
    expect(codes({ salary: { min: 500_000, max: null, currency: 'EUR', period: 'HOUR' } })).toEqual([
      ['salary.min', 'OUT_OF_RANGE'],
    ]);
    expect(codes({ salary: { min: 40_000, max: null, currency: 'BTC', period: 'YEAR' } })).toEqual([
      ['salary.currency', 'UNKNOWN_CURRENCY'],
    ]);
    expect(codes({ salary: { min: null, max: null, currency: 'EUR', period: 'YEAR' } })).toEqual([
      ['salary.min', 'REQUIRED'],
    ]);
  });

  it('asks a CDD for its length in months, and refuses one for a CDI', () => {
    expect(codes({ contractType: 'CDD' })).toEqual([['contractMonths', 'REQUIRED']]);
    expect(codes({ contractType: 'CDD', contractMonths: 6 })).toEqual([]);
    expect(codes({ contractType: 'INTERIM' })).toEqual([]);
    expect(codes({ contractType: 'CDD', contractMonths: 48 })).toEqual([['contractMonths', 'OUT_OF_RANGE']]);
    expect(codes({ contractMonths: 6 })).toEqual([['contractMonths', 'CONTRACT_MONTHS_NOT_ALLOWED']]);
  });

  it('keeps the expiry between now and 180 days ahead (the whole last day included)', () => {
    expect(codes({ expiresAt: new Date('2026-11-22T11:00:00Z') })).toEqual([['expiresAt', 'DATE_IN_PAST']]);
    expect(codes({ expiresAt: new Date('2027-05-21T23:59:00Z') })).toEqual([]);
    expect(codes({ expiresAt: new Date('2027-05-22T00:00:00Z') })).toEqual([['expiresAt', 'DATE_TOO_FAR']]);
  });

  it('takes only http(s) apply addresses', () => {
    expect(codes({ applyUrl: 'javascript:alert(1)' })).toEqual([['applyUrl', 'INVALID_URL']]);
    expect(codes({ applyUrl: 'ftp://example.fr/cv' })).toEqual([['applyUrl', 'INVALID_URL']]);
    expect(codes({ applyUrl: 'https://careers.example.fr/42' })).toEqual([]);
  });

  it('checks places, dates, openings, skills and screening questions', () => {
    expect(codes({ location: { city: null, region: null, country: 'France' } })).toEqual([
      ['location.city', 'REQUIRED'],
      ['location.country', 'INVALID_CHOICE'],
    ]);
    expect(codes({ startDate: '2027-02-30', openings: 0 })).toEqual([
      ['startDate', 'INVALID_DATE'],
      ['openings', 'OUT_OF_RANGE'],
    ]);
    expect(codes({ skills: Array.from({ length: 21 }, (_, i) => `Skill ${i}`) })).toEqual([
      ['skills', 'LIMIT_REACHED'],
    ]);
    expect(
      codes({
        screeningQuestions: [
          { id: null, kind: 'YES_NO', prompt: 'Permis B ?', required: true },
          { id: null, kind: 'ESSAY', prompt: '  ', required: false },
          { id: null, kind: 'NUMBER', prompt: 'permis b ?', required: false },
        ],
      }),
    ).toEqual([
      ['screeningQuestions.1.kind', 'INVALID_CHOICE'],
      ['screeningQuestions.1.prompt', 'REQUIRED'],
      ['screeningQuestions.2.prompt', 'DUPLICATE'],
    ]);
  });
});
