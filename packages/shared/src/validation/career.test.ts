import { normalizeExperience, validateEducation, validateExperience, type ExperienceFields } from './career';

const now = new Date('2026-11-22T12:00:00Z');
const job: ExperienceFields = {
  title: 'Cheffe de projet',
  companyName: 'Renault',
  location: 'Boulogne-Billancourt',
  startMonth: '2021-09',
  endMonth: '2024-06',
  current: false,
  description: null,
};
const codes = (input: ExperienceFields) =>
  validateExperience(normalizeExperience(input), now).map((e) => [e.field, e.code]);

describe('validateExperience', () => {
  it('accepts a past job and a current one', () => {
    expect(codes(job)).toEqual([]);
    expect(codes({ ...job, current: true, endMonth: '2099-01' })).toEqual([]);
  });

  it.each([
    [{ startMonth: '2027-01' }, [['startMonth', 'DATE_IN_FUTURE']]],
    [{ endMonth: '2026-12' }, [['endMonth', 'DATE_IN_FUTURE']]],
    [{ endMonth: '2020-01' }, [['endMonth', 'END_BEFORE_START']]],
    [{ startMonth: '2021-13' }, [['startMonth', 'INVALID_DATE']]],
    [{ startMonth: '' }, [['startMonth', 'REQUIRED']]],
    [{ endMonth: null }, [['endMonth', 'REQUIRED']]],
    [
      { title: ' ', companyName: 'x'.repeat(101) },
      [
        ['title', 'REQUIRED'],
        ['companyName', 'TOO_LONG'],
      ],
    ],
  ] as [Partial<ExperienceFields>, string[][]][])('%j → %j', (change, expected) => {
    expect(codes({ ...job, ...change })).toEqual(expected);
  });
});

describe('validateEducation', () => {
  const school = {
    school: 'INSA Lyon',
    degree: 'Ingénieur',
    fieldOfStudy: 'Informatique',
    startYear: 2015,
    endYear: 2020,
    description: null,
  };
  it('accepts a degree in progress with an expected end, refuses an end before the start', () => {
    expect(validateEducation({ ...school, endYear: 2028 }, now)).toEqual([]);
    expect(validateEducation({ ...school, endYear: 2014 }, now).map((e) => e.code)).toEqual(['END_BEFORE_START']);
    expect(validateEducation({ ...school, startYear: 1800 }, now).map((e) => e.code)).toEqual(['INVALID_DATE']);
  });
});
