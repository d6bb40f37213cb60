import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import NetworkPage from './NetworkPage';
import {
  AcceptInvitationMutation,
  IntroductionsQuery,
  NetworkQuery,
  PendingInvitationCountQuery,
  SearchConnectionsQuery,
  SuggestionsQuery,
  WithdrawInvitationMutation,
} from './operations';

const person = (id: string, displayName: string) => ({
  __typename: 'Member' as const,
  id,
  handle: displayName.toLowerCase().replace(' ', '-'),
  displayName,
  headline: `${displayName}, ingénieur·e`,
});
const VIEWER = person('TWVtYmVyOjE', 'Camille Martin');
const BOB = person('TWVtYmVyOjI', 'Bob Durand');
const CLEO = person('TWVtYmVyOjM', 'Cléo Petit');

const invitation = (
  id: string,
  sender: typeof VIEWER,
  recipient: typeof VIEWER,
  note: string | null = null,
  introduction: object | null = null,
) => ({
  __typename: 'Invitation' as const,
  id,
  note,
  howKnown: 'CLASSMATE',
  createdAt: '2026-11-20T10:00:00.000Z',
  sender,
  recipient,
  introduction,
});
const INTRODUCED_BY_CLEO = {
  __typename: 'Introduction' as const,
  id: 'SW50cm9kdWN0aW9uOjE',
  note: 'Bob cherche un binôme, pensez-y !',
  intermediary: { __typename: 'Member' as const, id: CLEO.id, handle: CLEO.handle, displayName: CLEO.displayName },
};

function network({ received, sent, introduced = false }: { received: boolean; sent: boolean; introduced?: boolean }) {
  const list = <T,>(items: T[]) => ({ __typename: 'InvitationConnection', totalCount: items.length, nodes: items });
  return {
    data: {
      viewer: {
        __typename: 'Member',
        id: VIEWER.id,
        pendingInvitationCount: received ? 1 : 0,
        invitationsLeftThisWeek: 99,
        invitationsReceived: list(
          received
            ? [
                invitation(
                  'SW52aXRhdGlvbjox',
                  BOB,
                  VIEWER,
                  'On était à l’INSA.',
                  introduced ? INTRODUCED_BY_CLEO : null,
                ),
              ]
            : [],
        ),
        invitationsSent: list(sent ? [invitation('SW52aXRhdGlvbjoy', VIEWER, CLEO)] : []),
      },
    },
  };
}

/** My connections as the search shows them with no words, the most recent first. */
const connectionsMock = (people: (typeof VIEWER)[]) => ({
  request: { query: SearchConnectionsQuery, variables: { query: null, sort: 'RECENT' } },
  result: {
    data: {
      viewer: {
        __typename: 'Member',
        id: VIEWER.id,
        searchConnections: {
          __typename: 'MemberConnection',
          totalCount: people.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: people.map((node) => ({
            __typename: 'MemberEdge',
            cursor: node.id,
            connectedAt: '2026-11-21T10:00:00.000Z',
            node,
          })),
        },
      },
    },
  },
});
const noIntroductions = {
  request: { query: IntroductionsQuery },
  result: {
    data: {
      viewer: {
        __typename: 'Member',
        id: VIEWER.id,
        toForward: { __typename: 'IntroductionConnection', totalCount: 0, nodes: [] },
        requested: { __typename: 'IntroductionConnection', totalCount: 0, nodes: [] },
      },
    },
  },
};
const noSuggestions = {
  request: { query: SuggestionsQuery },
  result: { data: { viewer: { __typename: 'Member', id: VIEWER.id, suggestedConnections: [] } } },
};

const answered = (field: string, id: string, state: string) => ({
  data: {
    [field]: { __typename: 'InvitationPayload', invitation: { __typename: 'Invitation', id, state }, userErrors: [] },
  },
});
const pendingCount = (count: number) => ({
  request: { query: PendingInvitationCountQuery },
  result: { data: { viewer: { __typename: 'Member', id: VIEWER.id, pendingInvitationCount: count } } },
});

describe('NetworkPage', () => {
  it('shows who introduced a received invitation, with their note', async () => {
    const mocks = [
      { request: { query: NetworkQuery }, result: network({ received: true, sent: false, introduced: true }) },
      noIntroductions,
      noSuggestions,
      connectionsMock([]),
    ];
    renderPage(<NetworkPage />, { mocks, path: '/network' });
    const received = await screen.findByRole('region', { name: 'Invitations received' });
    expect(within(received).getByText('Introduced by Cléo Petit')).toBeInTheDocument();
    expect(within(received).getByText('Bob cherche un binôme, pensez-y !')).toBeInTheDocument();
    expect(within(received).getByText('On était à l’INSA.')).toBeInTheDocument();
    expect(within(received).queryByText('Classmate')).not.toBeInTheDocument();
  });

  it('accepts a received invitation: the sender moves to my connections', async () => {
    const mocks = [
      { request: { query: NetworkQuery }, result: network({ received: true, sent: false }) },
      noIntroductions,
      noSuggestions,
      connectionsMock([]),
      {
        request: { query: AcceptInvitationMutation, variables: { id: 'SW52aXRhdGlvbjox' } },
        result: answered('acceptInvitation', 'SW52aXRhdGlvbjox', 'ACCEPTED'),
      },
      { request: { query: NetworkQuery }, result: network({ received: false, sent: false }) },
      pendingCount(0),
      noIntroductions,
      noSuggestions,
      connectionsMock([BOB]),
    ];
    renderPage(<NetworkPage />, { mocks, path: '/network' });
    const received = await screen.findByRole('region', { name: 'Invitations received' });
    expect(within(received).getByText('Bob Durand')).toBeInTheDocument();
    expect(within(received).getByText('Classmate')).toBeInTheDocument();
    expect(within(received).getByText('On était à l’INSA.')).toBeInTheDocument();
    expect(await screen.findByText(/No connections yet/)).toBeInTheDocument();

    await userEvent.setup().click(within(received).getByRole('button', { name: 'Accept' }));
    const connections = screen.getByRole('region', { name: 'My connections' });
    expect(await within(connections).findByText('Bob Durand')).toBeInTheDocument();
    expect(
      within(connections).getByRole('button', { name: 'Remove Bob Durand from my connections' }),
    ).toBeInTheDocument();
    // The connections and the invitations come back from separate refetches, in either order.
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Invitations received' })).toHaveTextContent(
        'No invitation is waiting for you.',
      ),
    );
  });

  it('withdraws a sent invitation, in French', async () => {
    const mocks = [
      { request: { query: NetworkQuery }, result: network({ received: false, sent: true }) },
      noIntroductions,
      noSuggestions,
      connectionsMock([]),
      {
        request: { query: WithdrawInvitationMutation, variables: { id: 'SW52aXRhdGlvbjoy' } },
        result: answered('withdrawInvitation', 'SW52aXRhdGlvbjoy', 'WITHDRAWN'),
      },
      { request: { query: NetworkQuery }, result: network({ received: false, sent: false }) },
      pendingCount(0),
      noIntroductions,
      noSuggestions,
      connectionsMock([]),
    ];
    renderPage(<NetworkPage />, { mocks, path: '/network', language: 'fr' });
    const sent = await screen.findByRole('region', { name: 'Invitations envoyées' });
    expect(within(sent).getByText('Cléo Petit')).toBeInTheDocument();
    expect(within(sent).getByText('Invitations restantes cette semaine : 99')).toBeInTheDocument();
    await userEvent.setup().click(within(sent).getByRole('button', { name: 'Retirer' }));
    expect(await within(sent).findByText('Aucune de vos invitations n’attend de réponse.')).toBeInTheDocument();
  });
});
