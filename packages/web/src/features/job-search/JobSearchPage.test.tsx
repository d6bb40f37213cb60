import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { renderPage } from '../../../test/render';
import { ViewerQuery } from '../auth/operations';
import JobSearchPage from './JobSearchPage';
import { JobSearchMoreQuery, JobSearchQuery, JobsForYouQuery, UnseenJobAlertMatchCountQuery } from './operations';
import { readSearch, toFilters } from './searchParams';

const company = { __typename: 'Company' as const, id: 'Q29tcGFueTox', name: 'Doctolib' };
const job = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'JobPosting' as const,
  id,
  title,
  state: 'OPEN',
  location: { __typename: 'Place' as const, city: 'Paris', region: 'Île-de-France', country: 'FR' },
  workplaceType: 'HYBRID',
  contractType: 'CDI',
  salary: { __typename: 'Salary' as const, min: 45000, max: 55000, currency: 'EUR', period: 'YEAR' },
  publishedAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
  viewerHasSaved: false,
  company,
  ...extra,
});
const count = (value: string, n: number) => ({ __typename: 'FacetCount' as const, value, count: n });
const facets = {
  __typename: 'JobSearchFacets' as const,
  contractTypes: [count('CDI', 2), count('STAGE', 1)],
  workplaceTypes: [count('HYBRID', 1), count('REMOTE', 1)],
  seniorities: [],
  jobFunctions: [count('ENGINEERING', 2)],
  companies: [{ __typename: 'CompanyFacetCount' as const, id: company.id, name: 'Doctolib', count: 2 }],
  locations: [count('Paris', 2)],
  postedWithin: [count('DAY', 0), count('WEEK', 2), count('MONTH', 2)],
};

function searchMock(search: string, signedIn: boolean, edges: ReturnType<typeof job>[], hasNextPage = false) {
  const state = readSearch(new URLSearchParams(search));
  return {
    request: {
      query: JobSearchQuery,
      variables: { query: state.query || null, filters: toFilters(state, signedIn), sort: state.sort },
    },
    result: {
      data: {
        jobSearch: {
          __typename: 'JobSearchResult',
          totalCount: edges.length + (hasNextPage ? 1 : 0),
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'c1' : null },
          edges: edges.map((node) => ({ __typename: 'JobSearchEdge', cursor: `c-${node.id}`, node })),
          facets,
        },
      },
    },
  };
}

const anonymous = { request: { query: ViewerQuery }, result: { data: { viewer: null } }, maxUsageCount: 10 };
const member = {
  request: { query: ViewerQuery },
  result: {
    data: {
      viewer: {
        __typename: 'Member',
        id: 'TWVtYmVyOjk',
        handle: 'camille',
        firstName: 'Camille',
        lastName: 'Martin',
        displayName: 'Camille Martin',
      },
    },
  },
  maxUsageCount: 10,
};

/** Shows the address the page wrote, as the browser would. */
function Address() {
  const location = useLocation();
  return <output data-testid="address">{location.search}</output>;
}

describe('JobSearchPage', () => {
  it('restores the search from the address and keeps filter changes in it', async () => {
    const start = '?q=d%C3%A9veloppeur&contract=CDI&sort=DATE';
    const mocks = [
      anonymous,
      searchMock(start, false, [
        job('Sm9iUG9zdGluZzox', 'Développeur backend'),
        job('Sm9iUG9zdGluZzoy', 'Développeuse React'),
      ]),
      searchMock('?q=d%C3%A9veloppeur&contract=CDI&workplace=REMOTE&sort=DATE', false, [
        job('Sm9iUG9zdGluZzoy', 'Développeuse React', { workplaceType: 'REMOTE' }),
      ]),
    ];
    renderPage(
      <>
        <JobSearchPage />
        <Address />
      </>,
      { mocks, path: `/jobs${start}`, route: '/jobs', language: 'fr' },
    );
    expect(await screen.findByRole('link', { name: 'Développeur backend' })).toHaveAttribute(
      'href',
      '/jobs/Sm9iUG9zdGluZzox',
    );
    expect(screen.getByRole('textbox', { name: 'Poste, compétence ou entreprise' })).toHaveValue('développeur');
    expect(screen.getByText('2 offres')).toBeInTheDocument();
    const filters = screen.getByRole('region', { name: 'Filtres' });
    expect(within(filters).getByRole('checkbox', { name: /CDI\s*\(2\)/ })).toBeChecked();
    expect(within(filters).getByRole('checkbox', { name: /Stage\s*\(1\)/ })).not.toBeChecked();
    expect(screen.getAllByText(/45\s000\s€–55\s000\s€ par an|45\s000–55\s000\s€ par an/)).toHaveLength(2);
    expect(screen.getAllByText('Publiée il y a 3 jours')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Enregistrer l’offre' })).not.toBeInTheDocument();
    expect(screen.queryByRole('switch', { name: /Dans mon réseau/ })).not.toBeInTheDocument();

    await userEvent.click(within(filters).getByRole('checkbox', { name: /Télétravail\s*\(1\)/ }));
    expect(await screen.findByText('1 offre')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Développeur backend' })).not.toBeInTheDocument();
    expect(screen.getByTestId('address')).toHaveTextContent(
      '?q=d%C3%A9veloppeur&contract=CDI&workplace=REMOTE&sort=DATE',
    );
  });

  it('shows jobs for you with their reasons to a member, and more results on demand', async () => {
    const recommended = job('Sm9iUG9zdGluZzo5', 'Ingénieure DevOps', { viewerHasSaved: true });
    const mocks = [
      member,
      { request: { query: UnseenJobAlertMatchCountQuery }, result: { data: { unseenJobAlertMatchCount: 2 } } },
      {
        request: { query: JobsForYouQuery },
        result: {
          data: {
            jobsForYou: {
              __typename: 'JobRecommendationConnection',
              edges: [
                {
                  __typename: 'JobRecommendationEdge',
                  reasons: [
                    {
                      __typename: 'JobRecommendationReason',
                      kind: 'SKILLS',
                      count: 5,
                      text: 'Matches 5 of your skills',
                    },
                    {
                      __typename: 'JobRecommendationReason',
                      kind: 'NETWORK',
                      count: 2,
                      text: '2 connections work at Doctolib',
                    },
                  ],
                  node: recommended,
                },
              ],
            },
          },
        },
      },
      searchMock('', true, [job('Sm9iUG9zdGluZzox', 'Développeur backend')], true),
      {
        request: {
          query: JobSearchMoreQuery,
          variables: {
            query: null,
            filters: toFilters(readSearch(new URLSearchParams()), true),
            sort: 'RELEVANCE',
            after: 'c1',
          },
        },
        result: {
          data: {
            jobSearch: {
              __typename: 'JobSearchResult',
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c2' },
              edges: [{ __typename: 'JobSearchEdge', cursor: 'c2', node: job('Sm9iUG9zdGluZzoz', 'Comptable') }],
            },
          },
        },
      },
    ];
    renderPage(<JobSearchPage />, { mocks, path: '/jobs', language: 'en' });
    const forYou = await screen.findByRole('region', { name: 'Jobs for you' });
    expect(within(forYou).getByText('Matches 5 of your skills')).toBeInTheDocument();
    expect(within(forYou).getByText('2 connections work at Doctolib')).toBeInTheDocument();
    expect(within(forYou).getByRole('button', { name: 'Remove from saved jobs' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(await screen.findByRole('tab', { name: /Alerts/ })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: /In my network/ })).toBeInTheDocument();

    await userEvent.click(await screen.findByRole('button', { name: 'Show more jobs' }));
    expect(await screen.findByRole('link', { name: 'Comptable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Développeur backend' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more jobs' })).not.toBeInTheDocument();
  });
});
