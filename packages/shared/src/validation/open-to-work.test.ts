import { normalizeOpenToWork, validateOpenToWork, type OpenToWorkFields } from './open-to-work';

const now = new Date('2026-11-22T12:00:00Z');
const signal: OpenToWorkFields = {
  jobTitles: ['Développeuse React', 'Lead front-end'],
  locations: ['Lyon', 'Auvergne-Rhône-Alpes'],
  contractTypes: ['CDI', 'FREELANCE'],
  workplaceTypes: ['HYBRID', 'REMOTE'],
  availableFrom: null,
  visibleTo: 'ALL_MEMBERS',
};
const codes = (change: Partial<OpenToWorkFields>) =>
  validateOpenToWork(normalizeOpenToWork({ ...signal, ...change }), now).map((e) => [e.field, e.code]);

describe('validateOpenToWork', () => {
  it('accepts a signal available now, from this month or later, with or without places and workplaces', () => {
    expect(codes({})).toEqual([]);
    expect(codes({ availableFrom: '2026-11' })).toEqual([]);
    expect(codes({ availableFrom: '2027-03', locations: [], workplaceTypes: [] })).toEqual([]);
  });

  it('trims, drops empty entries and keeps each entry once', () => {
    expect(
      normalizeOpenToWork({
        ...signal,
        jobTitles: ['  Data   analyst ', '', 'data analyst', 'Comptable'],
        contractTypes: ['CDI', 'CDI'],
        availableFrom: ' ',
      }),
    ).toMatchObject({ jobTitles: ['Data analyst', 'Comptable'], contractTypes: ['CDI'], availableFrom: null });
  });

  it.each([
    [{ jobTitles: [' ', ''] }, [['jobTitles', 'REQUIRED']]],
    [{ jobTitles: ['a', 'b', 'c', 'd', 'e', 'f'] }, [['jobTitles', 'LIMIT_REACHED']]],
    [{ jobTitles: ['x'.repeat(101)] }, [['jobTitles', 'TOO_LONG']]],
    [{ locations: ['1', '2', '3', '4', '5', '6'] }, [['locations', 'LIMIT_REACHED']]],
    [{ locations: ['é'.repeat(101)] }, [['locations', 'TOO_LONG']]],
    [{ contractTypes: [] }, [['contractTypes', 'REQUIRED']]],
    [{ contractTypes: ['CDI', 'CDX'] }, [['contractTypes', 'INVALID_CHOICE']]],
    [{ contractTypes: ['TEMPS_PARTIEL'] }, [['contractTypes', 'INVALID_CHOICE']]],
    [{ workplaceTypes: ['MOON'] }, [['workplaceTypes', 'INVALID_CHOICE']]],
    [{ availableFrom: '2026-10' }, [['availableFrom', 'DATE_IN_PAST']]],
    [{ availableFrom: '2027-13' }, [['availableFrom', 'INVALID_DATE']]],
    [{ visibleTo: 'EVERYONE' }, [['visibleTo', 'INVALID_CHOICE']]],
  ] as [Partial<OpenToWorkFields>, string[][]][])('%j → %j', (change, expected) => {
    expect(codes(change)).toEqual(expected);
  });

  it('counts accented letters once', () => {
    expect(codes({ jobTitles: ['é'.repeat(100).normalize('NFD')] })).toEqual([]);
  });
});
