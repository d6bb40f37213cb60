import { normalizeSkills, skillKey, validateSkills } from './skills';

describe('skills', () => {
  it('are one skill whatever the case, accents, spacing or invisible characters', () => {
    const keys = ['Développement web', 'developpement  WEB', 'De\u0301veloppement web', 'Dévelop\u200bpement web'].map(
      skillKey,
    );
    expect(new Set(keys)).toEqual(new Set(['developpement web']));
  });

  it('keep their order and first spelling, once each', () => {
    expect(normalizeSkills(['TypeScript', ' React ', 'typescript', '', 'Ｇｏ'])).toEqual(['TypeScript', 'React', 'Go']);
  });

  it('refuse names with no letter or digit, and more than 50', () => {
    expect(validateSkills(['C++', '---'])[0]).toMatchObject({ code: 'INVALID_SKILL', params: { value: '---' } });
    expect(validateSkills(Array.from({ length: 51 }, (_, i) => `skill ${i}`))[0]?.code).toBe('LIMIT_REACHED');
  });
});
