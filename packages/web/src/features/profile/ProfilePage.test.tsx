import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ownProfileResult, profileFixture } from '../../../test/profile';
import { renderPage } from '../../../test/render';
import { MemberProfileQuery, ProfilePreviewQuery } from './operations';
import ProfilePage from './ProfilePage';

const signal = {
  __typename: 'OpenToWork' as const,
  jobTitles: ['Infirmière de bloc'],
  locations: ['Lyon'],
  contractTypes: ['CDI' as const],
  workplaceTypes: ['ON_SITE' as const],
  availableFrom: null,
  visibleTo: 'ALL_MEMBERS' as const,
};
const owner = profileFixture({ openToWork: signal });
const preview = (as: string, changes: Parameters<typeof profileFixture>[0]) => ({
  request: { query: ProfilePreviewQuery, variables: { as } },
  result: { data: { profilePreview: profileFixture({ ...owner, ...changes }) } },
});

describe('ProfilePage: view my profile as', () => {
  it('shows the profile the API returns for the chosen audience', async () => {
    const mocks = [
      { request: { query: MemberProfileQuery, variables: { handle: 'zoe-durand' } }, result: ownProfileResult(owner) },
      preview('PUBLIC', { contactInfo: null, about: null, openToWork: null }),
      preview('CONNECTIONS', {}),
    ];
    renderPage(<ProfilePage />, { mocks, path: '/in/zoe-durand', route: '/in/:handle' });
    expect(await screen.findByTestId('profile-contact')).toHaveTextContent('zoe@exemple.fr');
    expect(screen.getByTestId('profile-about')).toBeInTheDocument();
    expect(within(screen.getByTestId('open-to-work')).getByText('Infirmière de bloc')).toBeInTheDocument();

    const user = userEvent.setup({ delay: null });
    const viewAs = screen.getByRole('combobox', { name: 'View my profile as…' });
    await user.click(viewAs);
    await user.click(await screen.findByRole('option', { name: 'an anonymous visitor', hidden: true }));
    expect(
      await screen.findByText('Preview: this is your profile as an anonymous visitor sees it.'),
    ).toBeInTheDocument();
    // The owner's view gives way to a loader, then to the preview: its heading says it has arrived.
    expect(await screen.findByRole('heading', { name: 'Zoé Durand' })).toBeInTheDocument();
    expect(screen.queryByTestId('profile-contact')).not.toBeInTheDocument();
    expect(screen.queryByTestId('profile-about')).not.toBeInTheDocument();
    expect(screen.queryByTestId('open-to-work')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a position' })).not.toBeInTheDocument();

    await user.click(viewAs);
    await user.click(await screen.findByRole('option', { name: 'a direct connection', hidden: true }));
    expect(await screen.findByTestId('profile-contact')).toHaveTextContent('zoe@exemple.fr');
  });
});
