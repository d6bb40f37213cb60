import { completenessOf, type ProfileFacts } from './completeness';

const now = Date.parse('2026-11-22T00:00:00Z');
const full: ProfileFacts = {
  photo: true,
  headline: true,
  experiences: 2,
  location: true,
  skills: 5,
  education: 1,
  about: true,
  contactInfo: true,
  updatedAt: new Date('2026-10-01T00:00:00Z'),
};

describe('completenessOf', () => {
  it('asks for the most useful missing step first', () => {
    expect(completenessOf({ ...full, photo: false, headline: false }, now)).toEqual({
      percent: 75,
      nextStep: 'ADD_PHOTO',
    });
    expect(completenessOf({ ...full, headline: false, skills: 1 }, now)).toEqual({
      percent: 75,
      nextStep: 'ADD_HEADLINE',
    });
    expect(completenessOf({ ...full, skills: 2 }, now)).toEqual({ percent: 88, nextStep: 'ADD_SKILLS' });
  });

  it('asks for a refresh of a complete profile unchanged for six months', () => {
    expect(completenessOf(full, now)).toEqual({ percent: 100, nextStep: null });
    expect(completenessOf({ ...full, updatedAt: new Date('2026-04-01T00:00:00Z') }, now)).toEqual({
      percent: 100,
      nextStep: 'REFRESH',
    });
  });
});
