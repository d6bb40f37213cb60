import { ViewerQuery } from '../src/features/auth/operations';
import { CompanyEmployeesQuery, CompanyPageQuery, CompanyPeopleQuery } from '../src/features/companies/operations';
import type { CompanyPageQuery as CompanyPageData } from '../src/gql/graphql';

export const COMPANY_ID = 'Q29tcGFueTox';
export const VIEWER_ID = 'TWVtYmVyOjE';

type Company = NonNullable<CompanyPageData['company']>;

/** A person as PersonFields gives it. */
export const person = (id: string, displayName: string) => ({
  __typename: 'Member' as const,
  id,
  handle: displayName.toLowerCase().replace(/ /g, '-'),
  displayName,
});

/** A company page as CompanyPage answers it, with the typenames Apollo's cache needs (nested ones included). */
export function companyFixture(overrides: { [K in keyof Company]?: unknown } = {}) {
  const company = {
    __typename: 'Company' as const,
    id: COMPANY_ID,
    slug: 'atelier-dupont',
    name: 'Atelier Dupont',
    description: 'Meubles sur mesure.\nDepuis 1987.',
    industry: 'Ébénisterie',
    size: 'S_11_50',
    headquarters: { __typename: 'Place', city: 'Lyon', region: null, country: 'FR' },
    locations: ['Paris', 'Nantes'],
    website: 'https://www.atelier-dupont.fr',
    foundedYear: 1987,
    viewerRole: null,
    followersCount: 1234,
    viewerIsFollowing: false,
    logo: null,
    cover: null,
    employeeCount: 2,
    connectionsWorkingHere: { __typename: 'ConnectionsWorkingHere', totalCount: 0, members: [] },
  };
  return { ...company, ...overrides } as Company & { __typename: 'Company' };
}

export const companyPageMock = (company = companyFixture()) => ({
  request: { query: CompanyPageQuery, variables: { slug: company.slug } },
  result: { data: { company } },
});

export const viewerMock = (signedIn: boolean) => ({
  request: { query: ViewerQuery, variables: {} },
  result: {
    data: {
      viewer: signedIn
        ? {
            __typename: 'Member',
            id: VIEWER_ID,
            handle: 'zoe-durand',
            firstName: 'Zoé',
            lastName: 'Durand',
            displayName: 'Zoé Durand',
          }
        : null,
    },
  },
});

/** An employee as PersonSummary gives it, with their degree from the viewer. */
export const employee = (id: string, displayName: string, degree = 'SECOND', title = 'Ébéniste') => ({
  __typename: 'CompanyEmployeeEdge' as const,
  cursor: `c-${id}`,
  title,
  node: {
    ...person(id, displayName),
    headline: null,
    currentPosition: { __typename: 'Position' as const, title, companyName: 'Atelier Dupont' },
    viewerState: {
      __typename: 'ViewerState' as const,
      degree,
      mutualConnectionCount: 0,
      mutualConnections: [],
    },
  },
});

export const employeesMock = (
  edges: ReturnType<typeof employee>[],
  after: string | null = null,
  hasNextPage = false,
) => ({
  request: {
    query: CompanyEmployeesQuery,
    variables: after ? { slug: 'atelier-dupont', after } : { slug: 'atelier-dupont' },
  },
  result: {
    data: {
      company: {
        __typename: 'Company',
        id: COMPANY_ID,
        employees: {
          __typename: 'CompanyEmployeeConnection',
          totalCount: edges.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
          edges,
        },
      },
    },
  },
});

export const peopleMock = (
  viewerRole: 'ADMIN' | 'RECRUITER',
  people: { role: string; node: ReturnType<typeof person> }[],
) => ({
  request: { query: CompanyPeopleQuery, variables: { slug: 'atelier-dupont' } },
  result: {
    data: {
      company: {
        __typename: 'Company',
        id: COMPANY_ID,
        viewerRole,
        people: {
          __typename: 'CompanyPersonConnection',
          edges: people.map(({ role, node }) => ({ __typename: 'CompanyPersonEdge', role, node })),
        },
      },
    },
  },
});
