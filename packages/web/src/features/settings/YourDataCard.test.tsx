import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import { openUrl } from './browser';
import { DeleteAccountMutation, ExportMyDataMutation } from './operations';
import { YourDataCard } from './YourDataCard';

jest.mock('./browser', () => ({ openUrl: jest.fn() }));

const DOWNLOAD_URL = 'http://localhost:4000/exports/crn_x_c2VjcmV0IGZvciB0ZXN0aW5nIG9ubHkgMTIzNDU2Nzg5MDEy';
const PASSWORD = 'un cheval violet galope';

function deleteResult(deletedMemberId: string | null, userErrors: { field: string; code: string; message: string }[]) {
  return {
    data: {
      deleteAccount: {
        __typename: 'DeleteAccountPayload',
        deletedMemberId,
        userErrors: userErrors.map((error) => ({ __typename: 'UserError', ...error })),
      },
    },
  };
}

const deleteMock = (password: string, result: ReturnType<typeof deleteResult>) => ({
  request: { query: DeleteAccountMutation, variables: { input: { password } } },
  result,
});

const routes = { '/': <p>Landing page</p> };

describe('YourDataCard', () => {
  it('prepares the archive, then sends the browser to its download link', async () => {
    const mocks = [
      {
        request: { query: ExportMyDataMutation, variables: {} },
        result: {
          data: { exportMyData: { __typename: 'ExportMyDataPayload', downloadUrl: DOWNLOAD_URL, userErrors: [] } },
        },
      },
    ];
    renderPage(<YourDataCard />, { mocks, path: '/settings', routes });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download my data' }));
    await waitFor(() => expect(openUrl).toHaveBeenCalledWith(DOWNLOAD_URL));
  });

  it('asks for the password, says what stays, and refuses a wrong one without leaving (in French)', async () => {
    const message = 'E-mail ou mot de passe incorrect.';
    const mocks = [
      deleteMock('faux', deleteResult(null, [{ field: 'password', code: 'INVALID_CREDENTIALS', message }])),
    ];
    renderPage(<YourDataCard />, { mocks, path: '/settings', routes, language: 'fr' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Supprimer mon compte' }));

    const dialog = await screen.findByRole('dialog', { name: 'Supprimer votre compte pour de bon ?' });
    expect(dialog).toHaveTextContent('signé « Ancien membre », sans lien vers vous');
    await user.type(within(dialog).getByLabelText(/Votre mot de passe/, { selector: 'input' }), 'faux');
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer mon compte pour de bon' }));

    expect(await within(dialog).findByText(message)).toBeInTheDocument();
    expect(screen.queryByText('Landing page')).not.toBeInTheDocument();
  });

  it('deletes the account with the right password and lands signed out on the landing page', async () => {
    const mocks = [deleteMock(PASSWORD, deleteResult('TWVtYmVyOjQy', []))];
    renderPage(<YourDataCard />, { mocks, path: '/settings', routes });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete your account for good?' });
    expect(dialog).toHaveTextContent('signed “Former member”, with no link to you');
    await user.type(within(dialog).getByLabelText(/Your password/, { selector: 'input' }), PASSWORD);
    await user.click(within(dialog).getByRole('button', { name: 'Delete my account for good' }));
    expect(await screen.findByText('Landing page')).toBeInTheDocument();
  });

  it('sends nothing when the dialog is cancelled', async () => {
    renderPage(<YourDataCard />, { path: '/settings', routes });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete your account for good?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Delete my account' })).toBeInTheDocument();
  });
});
