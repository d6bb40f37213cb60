import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import { SignUpMutation, ViewerQuery } from './operations';
import SignUpPage from './SignUpPage';

const input = { email: 'zoe@example.fr', password: 'un cheval violet galope', firstName: 'Zoé', lastName: 'Durand' };

async function fillForm(values = input) {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: /first name|prénom/i }), values.firstName);
  await user.type(screen.getByRole('textbox', { name: /last name|^nom/i }), values.lastName);
  await user.type(screen.getByRole('textbox', { name: /email|e-mail/i }), values.email);
  await user.type(screen.getByLabelText(/password|mot de passe/i, { selector: 'input' }), values.password);
  return user;
}

describe('SignUpPage', () => {
  it('checks the form with the shared rules before sending anything', async () => {
    renderPage(<SignUpPage />, { path: '/signup' });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /email/i }), 'not-an-email');
    await user.type(screen.getByLabelText(/password/i, { selector: 'input' }), 'short');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));

    expect(await screen.findByText('Enter a valid email address, such as name@example.com.')).toBeInTheDocument();
    expect(screen.getByText('At least 10 characters.')).toBeInTheDocument();
    expect(screen.getAllByText('This field is required.')).toHaveLength(2);
    expect(screen.getByRole('textbox', { name: /email/i })).toHaveAttribute('aria-invalid', 'true');
  });

  it("shows the server's userErrors next to their field, in French for a French reader", async () => {
    const mocks = [
      {
        request: { query: SignUpMutation, variables: { input } },
        result: {
          data: {
            signUp: {
              __typename: 'SignUpPayload',
              member: null,
              userErrors: [
                {
                  __typename: 'UserError',
                  field: 'email',
                  code: 'EMAIL_TAKEN',
                  message: 'Un compte utilise déjà cette adresse e-mail. Voulez-vous vous connecter ?',
                },
              ],
            },
          },
        },
      },
    ];
    renderPage(<SignUpPage />, { path: '/signup', mocks, language: 'fr' });
    const user = await fillForm();
    await user.click(screen.getByRole('button', { name: 'Créer mon compte' }));

    const email = screen.getByRole('textbox', { name: /e-mail/i });
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(/Un compte utilise déjà cette adresse e-mail/);
  });

  it('lands in the app once signed up', async () => {
    const mocks = [
      {
        request: { query: SignUpMutation, variables: { input } },
        result: {
          data: {
            signUp: {
              __typename: 'SignUpPayload',
              member: { __typename: 'Member', id: 'TWVtYmVyOjE' },
              userErrors: [],
            },
          },
        },
      },
      { request: { query: ViewerQuery }, result: { data: { viewer: null } }, maxUsageCount: 5 },
    ];
    renderPage(<SignUpPage />, { path: '/signup', mocks, routes: { '/': <p>in the app</p> } });
    const user = await fillForm();
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    expect(await screen.findByText('in the app')).toBeInTheDocument();
  });
});
