import { PROFILE_SECTIONS } from '@carnet/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MEMBER_ID, ownProfileResult, visibilityFixture } from '../../../test/profile';
import { renderPage } from '../../../test/render';
import { ViewerQuery } from '../auth/operations';
import { FindableByEmailQuery } from '../network/operations';
import { ProfileViewModeQuery } from '../profile-views/operations';
import { MemberProfileQuery, SetSectionVisibilityMutation } from './operations';
import PrivacyPage from './PrivacyPage';

const viewer = {
  data: {
    viewer: {
      __typename: 'Member',
      id: MEMBER_ID,
      handle: 'zoe-durand',
      firstName: 'Zoé',
      lastName: 'Durand',
      displayName: 'Zoé Durand',
    },
  },
};

describe('PrivacyPage', () => {
  it('shows each section’s audience and changes one', async () => {
    const result = jest.fn(() => ({
      data: {
        setSectionVisibility: {
          __typename: 'SetSectionVisibilityPayload',
          member: { __typename: 'Member', id: MEMBER_ID, visibility: visibilityFixture({ ABOUT: 'ONLY_ME' }) },
        },
      },
    }));
    const mocks = [
      { request: { query: ViewerQuery, variables: {} }, result: viewer },
      { request: { query: MemberProfileQuery, variables: { handle: 'zoe-durand' } }, result: ownProfileResult() },
      {
        request: { query: FindableByEmailQuery },
        result: { data: { viewer: { __typename: 'Member', id: MEMBER_ID, findableByEmail: true } } },
      },
      {
        request: { query: ProfileViewModeQuery },
        result: { data: { viewer: { __typename: 'Member', id: MEMBER_ID, profileViewMode: 'NAMED' } } },
      },
      {
        request: {
          query: SetSectionVisibilityMutation,
          variables: { input: { section: 'ABOUT', audience: 'ONLY_ME' } },
        },
        result,
      },
    ];
    renderPage(<PrivacyPage />, { mocks });
    const about = await screen.findByRole('combobox', { name: 'About' });
    expect(about).toHaveValue('Everyone');
    expect(screen.getByRole('combobox', { name: 'Contact info' })).toHaveValue('Direct connections');
    expect(screen.getByRole('combobox', { name: 'Open to work' })).toHaveValue('Everyone');
    expect(await screen.findByRole('switch', { name: /^Let people who know my email address find me/ })).toBeChecked();

    const user = userEvent.setup({ delay: null });
    await user.click(about);
    // Every select keeps its options in the page: take the ones of the list this select opened.
    const options = await waitFor(() => document.getElementById(about.getAttribute('aria-controls') ?? '')!);
    await user.click(within(options).getByRole('option', { name: 'Only me', hidden: true }));
    await waitFor(() => expect(result).toHaveBeenCalled());
    // The value shown is the one the API answered, read back from the cache.
    await waitFor(() => expect(about).toHaveValue('Only me'));
    expect(screen.getByRole('combobox', { name: 'Headline, current position and place' })).toHaveValue('Everyone');
  });

  it('lists every section a member can hide, explained and grouped, with who each audience is', async () => {
    const mocks = [
      { request: { query: ViewerQuery, variables: {} }, result: viewer },
      { request: { query: MemberProfileQuery, variables: { handle: 'zoe-durand' } }, result: ownProfileResult() },
      {
        request: { query: ProfileViewModeQuery },
        result: { data: { viewer: { __typename: 'Member', id: MEMBER_ID, profileViewMode: 'NAMED' } } },
      },
    ];
    renderPage(<PrivacyPage />, { mocks, language: 'fr' });

    const career = await screen.findByRole('region', { name: 'Votre parcours' });
    expect(within(career).getAllByRole('combobox')).toHaveLength(5);
    expect(within(career).getByRole('combobox', { name: 'Langues' })).toHaveAccessibleDescription(
      'Les langues que vous parlez et votre niveau.',
    );
    expect(screen.getAllByRole('combobox')).toHaveLength(Object.values(PROFILE_SECTIONS).length);
    expect(screen.getByRole('combobox', { name: 'CV' })).toHaveValue('Moi uniquement');
    expect(screen.getByRole('combobox', { name: 'Liste de relations' })).toHaveAccessibleDescription(
      'Les personnes avec qui vous êtes en relation.',
    );

    const audiences = screen.getByRole('region', { name: 'Qui est qui' });
    expect(within(audiences).getByText('Tout le monde').nextSibling).toHaveTextContent(
      'N’importe qui : visiteurs non connectés, moteurs de recherche et programmes qui utilisent l’API.',
    );
    expect(within(audiences).getAllByRole('term')).toHaveLength(5);
    // How the member appears when viewing others stays on this page.
    expect(await screen.findByRole('radio', { name: /Votre nom et votre titre/ })).toBeChecked();
  });
});
