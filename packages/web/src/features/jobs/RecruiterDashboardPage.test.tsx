import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import { MyCompaniesQuery } from '../companies/operations';
import { ManagedJobPostingsQuery, ReopenJobPostingMutation } from './operations';
import RecruiterDashboardPage from './RecruiterDashboardPage';

const DAY_MS = 86_400_000;
const company = (slug: string, name: string) => ({ __typename: 'Company', id: `c-${slug}`, slug, name });
const ATELIER = company('atelier-lumiere', 'Atelier Lumière');
const FORGE = company('forge-numerique', 'Forge numérique');

function posting(id: string, title: string, state: string, owner = ATELIER) {
  return {
    __typename: 'JobPosting',
    id,
    title,
    state,
    contractType: 'CDI',
    location: { __typename: 'Place', city: 'Lyon' },
    publishedAt: state === 'DRAFT' ? null : new Date(Date.now() - 2 * DAY_MS).toISOString(),
    expiresAt: new Date(Date.now() + 20 * DAY_MS).toISOString(),
    createdAt: new Date(Date.now() - 3 * DAY_MS).toISOString(),
    viewerCanManage: true,
    company: owner,
  };
}

function page(nodes: object[], hasNextPage = false) {
  return {
    data: {
      managedJobPostings: {
        __typename: 'JobPostingConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'next' : null },
        nodes,
      },
    },
  };
}

const ALL = [
  posting('p1', 'Développeuse React', 'OPEN'),
  posting('p2', 'Comptable', 'CLOSED', FORGE),
  posting('p3', 'Stage marketing', 'DRAFT'),
];
const myCompanies = (...companies: ReturnType<typeof company>[]) => ({
  request: { query: MyCompaniesQuery },
  result: {
    data: {
      myCompanies: {
        __typename: 'CompanyConnection',
        nodes: companies.map((c) => ({ ...c, industry: null, viewerRole: 'RECRUITER', logo: null })),
      },
    },
  },
  maxUsageCount: 5,
});
const managed = (variables: object, result: object) => ({
  request: { query: ManagedJobPostingsQuery, variables },
  result,
  maxUsageCount: 5,
});

describe('RecruiterDashboardPage', () => {
  it('lists every managed posting with its state, filters by state and offers the companies to post for', async () => {
    const mocks = [
      managed({ states: null, first: 20 }, page(ALL)),
      myCompanies(ATELIER, FORGE),
      managed({ states: ['CLOSED'], first: 20 }, page([ALL[1]!])),
    ];
    renderPage(<RecruiterDashboardPage />, { mocks, language: 'fr', path: '/recruiter' });
    const user = userEvent.setup({ delay: null });
    const rows = await screen.findAllByRole('listitem');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByRole('link', { name: 'Développeuse React' })).toHaveAttribute('href', '/jobs/p1');
    expect(within(rows[0]!).getByText('Atelier Lumière · Lyon · CDI · avant-hier')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Fermée')).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('button', { name: 'Rouvrir – Comptable' })).toBeInTheDocument();
    expect(within(rows[2]!).getByRole('button', { name: 'Publier – Stage marketing' })).toBeInTheDocument();
    expect(screen.getByText('3 offres')).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Publier une offre' }));
    expect(await screen.findByRole('menuitem', { name: 'Pour Forge numérique' })).toHaveAttribute(
      'href',
      '/jobs/new?company=forge-numerique',
    );

    await user.click(screen.getByRole('radio', { name: 'Fermée' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByRole('link', { name: 'Comptable' })).toBeInTheDocument();
  });

  it('reopens a closed posting from its row', async () => {
    const reopen = jest.fn(() => ({
      data: {
        reopenJobPosting: {
          __typename: 'ReopenJobPostingPayload',
          jobPosting: { __typename: 'JobPosting', id: 'p2', state: 'OPEN', expiresAt: new Date().toISOString() },
          userErrors: [],
        },
      },
    }));
    // Once reopened, the refetched list has it open.
    const current = () => page([{ ...ALL[1]!, state: reopen.mock.calls.length ? 'OPEN' : 'CLOSED' }]);
    const mocks = [
      managed({ states: null, first: 20 }, current),
      myCompanies(FORGE),
      { request: { query: ReopenJobPostingMutation, variables: { input: { id: 'p2' } } }, result: reopen },
    ];
    renderPage(<RecruiterDashboardPage />, { mocks, language: 'en', path: '/recruiter' });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Reopen – Comptable' }));
    await waitFor(() => expect(reopen).toHaveBeenCalled());
    expect(await screen.findByRole('button', { name: 'Close – Comptable' })).toBeInTheDocument();
  });

  it('offers to create a company page to someone who recruits for none', async () => {
    const mocks = [managed({ states: null, first: 20 }, page([])), myCompanies()];
    renderPage(<RecruiterDashboardPage />, { mocks, language: 'en', path: '/recruiter' });
    expect(await screen.findByText('No postings here yet.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Create a company page to post jobs' })).toHaveAttribute(
      'href',
      '/companies/new',
    );
  });
});
