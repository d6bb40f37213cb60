import { AUDIENCES, DEGREES, type Audience, type Degree } from '@carnet/shared';
import { canSeeSection, isInAudience, type ProfileReader } from './profile.policy';

const member = (degree: Degree): ProfileReader => ({ signedIn: true, degree });
const anonymous: ProfileReader = { signedIn: false, degree: DEGREES.OUT_OF_NETWORK };

// Every degree against every audience; visibility-matrix.test.ts checks the same through GraphQL on a real graph.
describe('isInAudience', () => {
  const readers: [string, ProfileReader][] = [
    ['anonymous', anonymous],
    ['out of network', member(DEGREES.OUT_OF_NETWORK)],
    ['3rd degree', member(DEGREES.THIRD)],
    ['2nd degree', member(DEGREES.SECOND)],
    ['1st degree', member(DEGREES.FIRST)],
    ['self', member(DEGREES.SELF)],
  ];
  const expected: Record<Audience, string[]> = {
    PUBLIC: ['anonymous', 'out of network', '3rd degree', '2nd degree', '1st degree', 'self'],
    MEMBERS: ['out of network', '3rd degree', '2nd degree', '1st degree', 'self'],
    NETWORK: ['2nd degree', '1st degree', 'self'],
    CONNECTIONS: ['1st degree', 'self'],
    ONLY_ME: ['self'],
  };

  it.each(Object.values(AUDIENCES))('%s', (audience) => {
    const admitted = readers.filter(([, reader]) => isInAudience(reader, audience)).map(([name]) => name);
    expect(admitted).toEqual(expected[audience]);
  });

  it('uses the defaults for sections the member never changed', () => {
    expect(canSeeSection(anonymous, {}, 'ABOUT')).toBe(true);
    expect(canSeeSection(member(DEGREES.SECOND), {}, 'CONTACT_INFO')).toBe(false);
    expect(canSeeSection(member(DEGREES.FIRST), {}, 'CONTACT_INFO')).toBe(true);
    expect(canSeeSection(member(DEGREES.FIRST), {}, 'CV_DOCUMENT')).toBe(false);
    expect(canSeeSection(anonymous, { ABOUT: 'MEMBERS' }, 'ABOUT')).toBe(false);
  });
});
