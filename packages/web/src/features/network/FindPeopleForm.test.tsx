import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import { FindPeopleForm } from './FindPeopleForm';
import { FindMembersByEmailMutation } from './operations';

const found = (id: string, displayName: string, viewerState: Record<string, unknown>) => ({
  __typename: 'Member' as const,
  id,
  handle: displayName.toLowerCase().replace(' ', '-'),
  displayName,
  headline: null,
  currentPosition: null,
  viewerState: {
    __typename: 'ViewerState',
    invitation: null,
    mutualConnectionCount: 0,
    mutualConnections: [],
    ...viewerState,
  },
});

describe('FindPeopleForm', () => {
  it('sends the pasted addresses once each and shows who was found, with Connect', async () => {
    const mocks = [
      {
        request: {
          query: FindMembersByEmailMutation,
          variables: { emails: ['ana@example.fr', 'bob@example.fr', 'pas-une-adresse'] },
        },
        result: {
          data: {
            findMembersByEmail: {
              __typename: 'FindMembersByEmailPayload',
              members: [
                found('TWVtYmVyOjI', 'Ana Lopez', { degree: 'OUT_OF_NETWORK', canInvite: true }),
                found('TWVtYmVyOjM', 'Bob Durand', { degree: 'FIRST', canInvite: false }),
              ],
              invalidCount: 1,
              userErrors: [],
            },
          },
        },
      },
    ];
    renderPage(<FindPeopleForm />, { mocks });
    const user = userEvent.setup();
    const section = screen.getByRole('region', { name: 'Find people you know' });
    await user.type(
      within(section).getByLabelText(/Email addresses/),
      'Ana@example.fr, bob@example.fr{enter}ana@example.fr pas-une-adresse',
    );
    await user.click(within(section).getByRole('button', { name: 'Find' }));
    expect(await within(section).findByText('2 members found')).toBeInTheDocument();
    expect(within(section).getByText('1 entry was not an email address and was skipped.')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Invite Ana Lopez to connect' })).toBeInTheDocument();
    expect(within(section).getByText('Connected')).toBeInTheDocument();
  });

  it('refuses more than 500 addresses before sending, in French', async () => {
    renderPage(<FindPeopleForm />, { language: 'fr' });
    const section = screen.getByRole('region', { name: 'Retrouver des personnes que vous connaissez' });
    const emails = Array.from({ length: 501 }, (_, i) => `p${i}@example.fr`).join(' ');
    const user = userEvent.setup();
    await user.click(within(section).getByLabelText(/Adresses e-mail/));
    await user.paste(emails);
    await user.click(within(section).getByRole('button', { name: 'Rechercher' }));
    expect(await within(section).findByText('Vous avez atteint la limite de 500.')).toBeInTheDocument();
  });
});
