import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { companyFixture } from '../../../test/company';
import { renderPage } from '../../../test/render';
import CreateCompanyPage from './CreateCompanyPage';
import { CreateCompanyMutation } from './operations';

const input = (slug: string) => ({
  name: 'Café des Arts',
  slug,
  description: '',
  industry: '',
  size: null,
  headquarters: { city: '', region: '', country: '' },
  locations: [],
  website: '',
  foundedYear: null,
});

const created = (slug: string) => {
  const {
    employeeCount: _count,
    connectionsWorkingHere: _connections,
    ...company
  } = companyFixture({
    slug,
    name: 'Café des Arts',
    viewerRole: 'ADMIN',
  });
  return {
    request: { query: CreateCompanyMutation, variables: { input: input(slug) } },
    result: { data: { createCompany: { __typename: 'CreateCompanyPayload', company, userErrors: [] } } },
  };
};

const slugTaken = {
  request: { query: CreateCompanyMutation, variables: { input: input('cafe-des-arts') } },
  result: {
    data: {
      createCompany: {
        __typename: 'CreateCompanyPayload',
        company: null,
        userErrors: [
          {
            __typename: 'UserError',
            field: 'slug',
            code: 'SLUG_TAKEN',
            message: 'Another company page already has this address. Choose another one.',
          },
        ],
      },
    },
  },
};

describe('CreateCompanyPage', () => {
  it('offers the address from the name, checks it as it is typed, and puts the server’s answer beside it', async () => {
    renderPage(<CreateCompanyPage />, {
      path: '/companies/new',
      mocks: [slugTaken, created('cafe-des-arts-lyon')],
      routes: { '/company/:slug': <p>Page created</p> },
    });
    const user = userEvent.setup();
    const name = await screen.findByRole('textbox', { name: /Company name/ });
    const slug = screen.getByRole('textbox', { name: /Page address/ });
    await user.type(name, 'Café des Arts');
    expect(slug).toHaveValue('cafe-des-arts');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('Another company page already has this address. Choose another one.'),
    ).toBeInTheDocument();

    await user.clear(slug);
    await user.type(slug, 'admin');
    expect(await screen.findByText('This address is reserved. Choose another one.')).toBeInTheDocument();
    await user.clear(slug);
    await user.type(slug, 'cafe-des-arts-lyon');
    await waitFor(() => expect(screen.queryByText('This address is reserved. Choose another one.')).toBeNull());
    await user.type(name, ' ');
    expect(slug).toHaveValue('cafe-des-arts-lyon');

    await user.clear(name);
    await user.type(name, 'Café des Arts');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Page created')).toBeInTheDocument();
  });

  it('checks the other fields as they are left, in French', async () => {
    renderPage(<CreateCompanyPage />, { path: '/companies/new', language: 'fr' });
    const user = userEvent.setup();
    const website = await screen.findByRole('textbox', { name: 'Site web' });
    await user.type(website, 'ftp://exemple.fr');
    await user.tab();
    expect(await screen.findByText(/Saisissez une adresse web commençant par http/)).toBeInTheDocument();
    const year = screen.getByRole('textbox', { name: 'Année de création' });
    await user.type(year, '2999');
    await user.tab();
    expect(await screen.findByText('Cette date est dans le futur.')).toBeInTheDocument();
  });
});
