import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import { ProfileViewModeQuery, ProfileViewsQuery, SetProfileViewModeMutation } from './operations';
import { ProfileViewModeCard } from './ProfileViewModeCard';
import ProfileViewsPage from './ProfileViewsPage';

const named = {
  __typename: 'Member',
  id: 'TWVtYmVyOjQy',
  handle: 'ines-nommee',
  displayName: 'Inès Nommée',
  headline: 'Infirmière à Lille',
  currentPosition: { __typename: 'Position', title: 'Infirmière', companyName: 'CHU de Lille' },
  viewerState: {
    __typename: 'ViewerState',
    degree: 'SECOND',
    mutualConnectionCount: 13,
    mutualConnections: [{ __typename: 'Member', id: 'TWVtYmVyOjc', handle: 'lea-martin', displayName: 'Léa Martin' }],
  },
};
const anonymous = { __typename: 'AnonymousProfileViewer', industry: 'Santé' };
const anonymousWithoutIndustry = { __typename: 'AnonymousProfileViewer', industry: null };
const hidden = { __typename: 'PrivateProfileViewer', private: true };

function viewsResult(viewers: object[], { from = 0, hasNextPage = false } = {}) {
  const weeks = Array.from({ length: 12 }, (_, i) => ({
    __typename: 'WeeklyProfileViews',
    startsOn: `2026-${String(9 + Math.floor(i / 4)).padStart(2, '0')}-${String(1 + (i % 4) * 7).padStart(2, '0')}`,
    isoWeek: `2026-W${36 + i}`,
    views: i === 11 ? 3 : i === 10 ? 1 : 0,
  }));
  return {
    data: {
      viewer: {
        __typename: 'Member',
        id: 'TWVtYmVyOjE',
        profileViewStats: { __typename: 'ProfileViewStats', total: 4, weeks },
        profileViews: {
          __typename: 'ProfileViewConnection',
          edges: viewers.map((viewer, i) => ({
            __typename: 'ProfileViewEdge',
            cursor: `c${from + i}`,
            node: { __typename: 'ProfileView', viewedAt: '2026-11-24T09:30:00.000Z', viewer },
          })),
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: `c${from + viewers.length - 1}` },
        },
      },
    },
  };
}

describe('ProfileViewsPage', () => {
  it('shows weekly counts and each viewer as much as they chose to show, then loads more', async () => {
    const mocks = [
      {
        request: { query: ProfileViewsQuery, variables: { weeks: 12 } },
        result: viewsResult([named, anonymous, hidden], { hasNextPage: true }),
      },
      {
        request: { query: ProfileViewsQuery, variables: { weeks: 12, after: 'c2' } },
        result: viewsResult([anonymousWithoutIndustry], { from: 3 }),
      },
    ];
    renderPage(<ProfileViewsPage />, { mocks });

    expect(await screen.findByText('4 views over the last 12 weeks')).toBeInTheDocument();
    const bars = within(screen.getByTestId('weekly-views')).getAllByRole('progressbar');
    expect(bars).toHaveLength(12);
    expect(bars[11]).toHaveAccessibleName('Week of Nov 22: 3 views');
    expect(bars[10]).toHaveAccessibleName('Week of Nov 15: 1 view');

    const rows = screen.getAllByTestId('profile-view');
    expect(within(rows[0]!).getByRole('link', { name: 'Inès Nommée' })).toHaveAttribute('href', '/in/ines-nommee');
    expect(rows[0]).toHaveTextContent('Infirmière à Lille');
    expect(rows[0]).toHaveTextContent('Infirmière at CHU de Lille');
    expect(within(rows[0]!).getByLabelText('2nd degree connection')).toBeInTheDocument();
    expect(within(rows[0]!).getByTestId('mutual-connections')).toHaveTextContent(
      'Léa Martin and 12 other mutual connections',
    );
    expect(rows[1]).toHaveTextContent('Someone from Santé');
    expect(within(rows[1]!).queryByRole('link')).toBeNull();
    expect(rows[2]).toHaveTextContent('A private Carnet member');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('A Carnet member')).toBeInTheDocument();
    expect(screen.getAllByTestId('profile-view')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('speaks French', async () => {
    const mocks = [
      { request: { query: ProfileViewsQuery, variables: { weeks: 12 } }, result: viewsResult([anonymous]) },
    ];
    renderPage(<ProfileViewsPage />, { mocks, language: 'fr' });
    expect(await screen.findByText('Quelqu’un du secteur Santé')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Qui a consulté votre profil' })).toBeInTheDocument();
  });
});

describe('ProfileViewModeCard', () => {
  it('explains each mode and saves the one chosen', async () => {
    const viewer = (mode: string) => ({ __typename: 'Member', id: 'TWVtYmVyOjE', profileViewMode: mode });
    const mocks = [
      { request: { query: ProfileViewModeQuery }, result: { data: { viewer: viewer('NAMED') } } },
      {
        request: { query: SetProfileViewModeMutation, variables: { input: { mode: 'ANONYMOUS' } } },
        result: {
          data: {
            setProfileViewMode: {
              __typename: 'SetProfileViewModePayload',
              member: viewer('ANONYMOUS'),
              userErrors: [],
            },
          },
        },
      },
    ];
    renderPage(<ProfileViewModeCard />, { mocks });
    const named = await screen.findByRole('radio', { name: 'Your name and headline' });
    expect(named).toBeChecked();
    expect(screen.getByText(/only learns that a private Carnet member viewed/)).toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('radio', { name: 'Anonymous, with your industry' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Anonymous, with your industry' })).toBeChecked());
    expect(screen.getByRole('radio', { name: 'Your name and headline' })).not.toBeChecked();
  });
});
