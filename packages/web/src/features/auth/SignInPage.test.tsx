import { GraphQLError } from 'graphql';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import { SignInMutation } from './operations';
import SignInPage, { safeNext } from './SignInPage';

const input = { email: 'zoe@example.fr', password: 'wrong password' };

async function submit() {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: /email/i }), input.email);
  await user.type(screen.getByLabelText(/password/i, { selector: 'input' }), input.password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInPage', () => {
  it('says "wrong email or password" as an alert over the form', async () => {
    const mocks = [
      {
        request: { query: SignInMutation, variables: { input } },
        result: {
          data: {
            signIn: {
              __typename: 'SignInPayload',
              member: null,
              userErrors: [
                {
                  __typename: 'UserError',
                  field: null,
                  code: 'INVALID_CREDENTIALS',
                  message: 'Wrong email or password.',
                },
              ],
            },
          },
        },
      },
    ];
    renderPage(<SignInPage />, { path: '/signin', mocks });
    await submit();
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password.');
  });

  it('tells how long to wait when sign-in is rate limited', async () => {
    const mocks = [
      {
        request: { query: SignInMutation, variables: { input } },
        result: {
          errors: [
            new GraphQLError('Too many attempts.', { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 } }),
          ],
        },
      },
    ];
    renderPage(<SignInPage />, { path: '/signin', mocks });
    await submit();
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 42 seconds.');
  });

  it('returns only to pages inside the app after sign-in', () => {
    expect(safeNext('/settings/tokens')).toBe('/settings/tokens');
    expect(safeNext('//evil.example/path')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
