import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  COMPANY_ID,
  companyFixture,
  companyPageMock,
  employee,
  employeesMock,
  peopleMock,
  person,
  VIEWER_ID,
  viewerMock,
} from '../../../test/company';
import { renderPage } from '../../../test/render';
import CompanyPage from './CompanyPage';
import { CompanyJobsQuery, FollowCompanyMutation } from './operations';

const route = { path: '/company/atelier-dupont', route: '/company/:slug' };

describe('CompanyPage', () => {
  it('shows a visitor the header and the About tab, without Follow', async () => {
    renderPage(<CompanyPage />, { ...route, mocks: [viewerMock(false), companyPageMock()] });
    expect(await screen.findByRole('heading', { name: 'Atelier Dupont' })).toBeInTheDocument();
    expect(screen.getByText('Ébénisterie · 11–50 employees · Lyon, France')).toBeInTheDocument();
    expect(screen.getByTestId('company-followers')).toHaveTextContent('1,234 followers');
    expect(screen.getByText('Founded in 1987')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /atelier-dupont\.fr/ })).toHaveAttribute(
      'href',
      'https://www.atelier-dupont.fr',
    );
    expect(screen.getByTestId('company-description')).toHaveTextContent('Meubles sur mesure. Depuis 1987.');
    expect(screen.getByText('Nantes')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Follow' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit the page' })).toBeNull();
    expect(document.title).toBe('Atelier Dupont | Carnet');
  });

  it('speaks French, numbers and country included', async () => {
    renderPage(<CompanyPage />, { ...route, language: 'fr', mocks: [viewerMock(false), companyPageMock()] });
    expect(await screen.findByText('Ébénisterie · 11 à 50 salariés · Lyon, France')).toBeInTheDocument();
    expect(screen.getByTestId('company-followers').textContent?.replace(/\s/g, ' ')).toBe('1 234 abonnés');
    expect(screen.getByText('Fondée en 1987')).toBeInTheDocument();
  });

  it('lets a member follow the page, the count following the answer', async () => {
    const follow = {
      request: { query: FollowCompanyMutation, variables: { input: { companyId: COMPANY_ID } } },
      result: {
        data: {
          followCompany: {
            __typename: 'CompanyFollowPayload',
            company: { __typename: 'Company', id: COMPANY_ID, followersCount: 1235, viewerIsFollowing: true },
          },
        },
      },
    };
    renderPage(<CompanyPage />, { ...route, mocks: [viewerMock(true), companyPageMock(), follow] });
    const button = await screen.findByRole('button', { name: 'Follow' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.setup().click(button);
    expect(await screen.findByRole('button', { name: 'Following' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('company-followers')).toHaveTextContent('1,235 followers');
  });

  it('lists who works here with their degree, and names the viewer’s connections first', async () => {
    const company = companyFixture({
      connectionsWorkingHere: {
        __typename: 'ConnectionsWorkingHere',
        totalCount: 4,
        members: [person('TWVtYmVyOjI', 'Léa Martin'), person('TWVtYmVyOjM', 'Hugo Petit')],
      },
    });
    const mocks = [
      viewerMock(true),
      companyPageMock(company),
      employeesMock([employee('TWVtYmVyOjI', 'Léa Martin', 'FIRST'), employee('TWVtYmVyOjk', 'Noé Blanc')]),
    ];
    renderPage(<CompanyPage />, { ...route, mocks });
    await userEvent.setup().click(await screen.findByRole('tab', { name: 'People' }));
    const connections = await screen.findByTestId('connections-working-here');
    expect(connections).toHaveTextContent('4 of your connections work here');
    expect(connections).toHaveTextContent('Léa Martin, Hugo Petit and 2 others');
    expect(within(connections).getByRole('link', { name: 'Hugo Petit' })).toHaveAttribute('href', '/in/hugo-petit');
    expect(screen.getByRole('heading', { name: '2 members work here' })).toBeInTheDocument();
    const rows = await screen.findAllByTestId('network-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByLabelText('1st degree connection')).toBeInTheDocument();
    expect(within(rows[1]!).getByLabelText('2nd degree connection')).toBeInTheDocument();
    expect(screen.queryByTestId('company-team')).toBeNull();
  });

  it('lists the open jobs in the Jobs tab, and offers recruiters to post one', async () => {
    const job = {
      __typename: 'JobPosting' as const,
      id: 'Sm9iUG9zdGluZzox',
      title: 'Ébéniste confirmé',
      state: 'OPEN' as const,
      location: { __typename: 'Place' as const, city: 'Lyon', region: null, country: 'FR' },
      workplaceType: 'ON_SITE' as const,
      contractType: 'CDI' as const,
      salary: null,
      publishedAt: new Date().toISOString(),
      viewerHasSaved: false,
      company: { __typename: 'Company' as const, id: COMPANY_ID, name: 'Atelier Dupont' },
    };
    const jobsMock = {
      request: { query: CompanyJobsQuery, variables: { slug: 'atelier-dupont' } },
      result: {
        data: {
          company: {
            __typename: 'Company',
            id: COMPANY_ID,
            jobs: {
              __typename: 'JobPostingConnection',
              totalCount: 1,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              edges: [{ __typename: 'JobPostingEdge', node: job }],
            },
          },
        },
      },
    };
    const company = companyFixture({ viewerRole: 'RECRUITER' });
    renderPage(<CompanyPage />, { ...route, mocks: [viewerMock(true), companyPageMock(company), jobsMock] });
    await userEvent.setup().click(await screen.findByRole('tab', { name: 'Jobs' }));
    expect(await screen.findByRole('link', { name: 'Ébéniste confirmé' })).toHaveAttribute('href', `/jobs/${job.id}`);
    expect(screen.getByText('1 open job')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Post a job' })).toHaveAttribute(
      'href',
      '/jobs/new?company=atelier-dupont',
    );
  });

  it('gives admins the page to edit in place and its team to manage', async () => {
    const company = companyFixture({ viewerRole: 'ADMIN' });
    const mocks = [
      viewerMock(true),
      companyPageMock(company),
      employeesMock([]),
      peopleMock('ADMIN', [{ role: 'ADMIN', node: person(VIEWER_ID, 'Zoé Durand') }]),
    ];
    renderPage(<CompanyPage />, { ...route, mocks });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit the page' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the page' });
    expect(within(dialog).getByRole('textbox', { name: 'Company name' })).toHaveValue('Atelier Dupont');
    expect(within(dialog).getByRole('textbox', { name: 'Page address' })).toHaveValue('atelier-dupont');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Change logo' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change cover image' })).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'People' }));
    const team = await screen.findByTestId('company-team');
    expect(await within(team).findByRole('link', { name: 'Zoé Durand' })).toBeInTheDocument();
    expect(within(team).getByRole('textbox', { name: /Member’s address/ })).toBeInTheDocument();
  });

  it('shows the not-found page for an unknown slug', async () => {
    const mocks = [
      viewerMock(false),
      {
        request: { query: companyPageMock().request.query, variables: { slug: 'personne' } },
        result: { data: { company: null } },
      },
    ];
    renderPage(<CompanyPage />, { path: '/company/personne', route: '/company/:slug', mocks });
    expect(await screen.findByText('404')).toBeInTheDocument();
  });
});
