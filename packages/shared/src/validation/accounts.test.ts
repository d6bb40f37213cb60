import { LIMITS } from '../limits';
import { normalizeSignUp, validateSignUp } from './accounts';

const valid = {
  email: 'Camille.Martin@Example.fr',
  password: 'un cheval violet galope',
  firstName: 'Camille',
  lastName: 'Martin',
};

describe('validateSignUp', () => {
  it('accepts a complete form', () => {
    expect(validateSignUp(normalizeSignUp(valid))).toEqual([]);
  });

  it('reports one problem per field at once', () => {
    const errors = validateSignUp(
      normalizeSignUp({ email: 'not-an-email', password: 'short', firstName: '  ', lastName: '' }),
    );
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['email', 'INVALID_EMAIL'],
      ['password', 'TOO_SHORT'],
      ['firstName', 'REQUIRED'],
      ['lastName', 'REQUIRED'],
    ]);
  });

  it('refuses a 10 kB password as too long rather than hashing it', () => {
    const errors = validateSignUp(normalizeSignUp({ ...valid, password: 'x'.repeat(10_000) }));
    expect(errors).toEqual([{ field: 'password', code: 'TOO_LONG', params: { max: LIMITS.passwordMax } }]);
  });

  it.each(['azertyuiop', 'Password123', 'aaaaaaaaaaaa', 'ababababab'])('refuses the common password %s', (password) => {
    expect(validateSignUp(normalizeSignUp({ ...valid, password }))[0]?.code).toBe('PASSWORD_TOO_COMMON');
  });

  it('refuses a password built on the name or the email', () => {
    const errors = validateSignUp(normalizeSignUp({ ...valid, password: 'martin-2026-rocks' }));
    expect(errors[0]?.code).toBe('PASSWORD_CONTAINS_PERSONAL_INFO');
  });

  it('counts accented letters and emoji once in name lengths', () => {
    const name = 'é'.repeat(LIMITS.firstName);
    expect(validateSignUp(normalizeSignUp({ ...valid, firstName: name.normalize('NFD') }))).toEqual([]);
    expect(validateSignUp(normalizeSignUp({ ...valid, firstName: `${name}é` }))[0]?.code).toBe('TOO_LONG');
  });
});
