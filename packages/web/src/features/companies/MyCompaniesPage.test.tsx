import { screen, within } from '@testing-library/react';
import { renderPage } from '../../../test/render';
import MyCompaniesPage from './MyCompaniesPage';
import { MyCompaniesQuery } from './operations';

const company = (id: string, name: string, slug: string, viewerRole: string) => ({
  __typename: 'Company' as const,
  id,
  slug,
  name,
  industry: 'Santé numérique',
  viewerRole,
  logo: null,
});

const mine = (nodes: ReturnType<typeof company>[]) => ({
  request: { query: MyCompaniesQuery },
  result: { data: { myCompanies: { __typename: 'CompanyConnection', nodes } } },
});

describe('MyCompaniesPage', () => {
  it('lists the pages I run or recruit for, with my role, linking to them', async () => {
    renderPage(<MyCompaniesPage />, {
      path: '/companies',
      language: 'fr',
      mocks: [
        mine([
          company('Q29tcGFueTox', 'Doctolib', 'doctolib', 'RECRUITER'),
          company('Q29tcGFueToy', 'Qonto', 'qonto', 'ADMIN'),
        ]),
      ],
    });
    const link = await screen.findByRole('link', { name: 'Doctolib' });
    expect(link).toHaveAttribute('href', '/company/doctolib');
    const items = screen.getAllByRole('listitem');
    expect(within(items[0]!).getByText('Recruteur')).toBeInTheDocument();
    expect(within(items[1]!).getByText('Administrateur')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Créer une page entreprise' })).toHaveAttribute('href', '/companies/new');
  });

  it('says when there is none', async () => {
    renderPage(<MyCompaniesPage />, { path: '/companies', mocks: [mine([])] });
    expect(await screen.findByText('You are not an admin or a recruiter of any company page yet.')).toBeInTheDocument();
  });
});
