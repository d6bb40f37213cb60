import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import MyApplicationsPage from './MyApplicationsPage';
import { MyApplicationsQuery, WithdrawApplicationMutation } from './operations';

function application(id: string, title: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'JobApplication',
    id,
    status: 'VIEWED',
    appliedAt: '2026-03-02T10:00:00.000Z',
    rejectionMessage: null,
    history: [
      { __typename: 'ApplicationHistoryEntry', status: 'SUBMITTED', at: '2026-03-02T10:00:00.000Z' },
      { __typename: 'ApplicationHistoryEntry', status: 'VIEWED', at: '2026-03-04T09:00:00.000Z' },
    ],
    posting: {
      __typename: 'JobPosting',
      id: `posting-${id}`,
      title,
      state: 'OPEN',
      company: { __typename: 'Company', id: 'Q29tcGFueTox', name: 'Ulule', slug: 'ulule' },
    },
    ...overrides,
  };
}

const REJECTED = application('QXBwOjI', 'Data engineer', {
  status: 'NOT_SELECTED',
  rejectionMessage: 'Merci pour votre candidature, le poste est pourvu.',
});
const VIEWED = application('QXBwOjE', 'Développeuse web');

const list = {
  request: { query: MyApplicationsQuery, variables: {} },
  result: {
    data: {
      myApplications: {
        __typename: 'JobApplicationConnection',
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [VIEWED, REJECTED].map((node) => ({ __typename: 'JobApplicationEdge', node })),
      },
    },
  },
};

describe('MyApplicationsPage', () => {
  it('shows each application’s status, dated history and rejection message, and withdraws after confirming', async () => {
    const withdraw = {
      request: { query: WithdrawApplicationMutation, variables: { input: { id: VIEWED.id } } },
      result: {
        data: {
          withdrawApplication: {
            __typename: 'WithdrawApplicationPayload',
            application: {
              ...VIEWED,
              status: 'WITHDRAWN',
              history: [
                ...VIEWED.history,
                { __typename: 'ApplicationHistoryEntry', status: 'WITHDRAWN', at: '2026-03-05T09:00:00.000Z' },
              ],
            },
            userErrors: [],
          },
        },
      },
    };
    renderPage(<MyApplicationsPage />, { mocks: [list, withdraw], language: 'fr' });
    const viewed = await screen.findByRole('article', { name: 'Développeuse web' });
    expect(within(viewed).getAllByText('Consultée').length).toBeGreaterThan(0);
    expect(within(viewed).getByText('4 mars 2026')).toBeInTheDocument();
    const rejected = screen.getByRole('article', { name: 'Data engineer' });
    expect(within(rejected).getByText('Merci pour votre candidature, le poste est pourvu.')).toBeInTheDocument();
    expect(within(rejected).queryByRole('button', { name: 'Retirer' })).toBeNull();

    const user = userEvent.setup();
    await user.click(within(viewed).getByRole('button', { name: 'Retirer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Retirer cette candidature ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Retirer' }));
    expect(await within(viewed).findAllByText('Retirée')).not.toHaveLength(0);
    expect(within(viewed).queryByRole('button', { name: 'Retirer' })).toBeNull();
  });
});
