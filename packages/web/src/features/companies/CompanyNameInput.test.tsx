import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { COMPANY_ID } from '../../../test/company';
import { experience, profileFixture } from '../../../test/profile';
import { renderPage } from '../../../test/render';
import { CareerSections } from '../profile/CareerSections';
import { SaveExperienceMutation } from '../profile/operations';
import { CompanySuggestionsQuery } from './operations';

const suggestion = (id: string, name: string, slug: string) => ({
  __typename: 'Company' as const,
  id,
  slug,
  name,
  logo: null,
});
const suggestions = (query: string, nodes: ReturnType<typeof suggestion>[]) => ({
  request: { query: CompanySuggestionsQuery, variables: { query } },
  result: { data: { companies: { __typename: 'CompanyConnection', nodes } } },
});

describe('the company of an experience', () => {
  it('suggests company pages as the name is typed; choosing one links the experience to it', async () => {
    const input = {
      id: null,
      title: 'Ébéniste',
      companyName: 'Atelier Dupont',
      companyId: COMPANY_ID,
      location: '',
      startMonth: '2023-04',
      endMonth: null,
      current: true,
      description: '',
    };
    const result = jest.fn(() => ({
      data: {
        saveExperience: {
          __typename: 'SaveExperiencePayload',
          experience: { __typename: 'Experience', id: 'RXhwZXJpZW5jZToy' },
          userErrors: [],
        },
      },
    }));
    const mocks = [
      suggestions('atel', [
        suggestion(COMPANY_ID, 'Atelier Dupont', 'atelier-dupont'),
        suggestion('Q29tcGFueToy', 'Atelier Martin', 'atelier-martin'),
      ]),
      { request: { query: SaveExperienceMutation, variables: { input } }, result },
    ];
    renderPage(<CareerSections profile={profileFixture()} editable />, { mocks });
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Add a position' }));
    const dialog = within(await screen.findByRole('dialog'));
    await user.type(dialog.getByRole('textbox', { name: /Job title/ }), input.title);
    await user.type(dialog.getByRole('textbox', { name: /Company/ }), 'atel');
    await user.click(await screen.findByRole('option', { name: 'Atelier Dupont' }));
    expect(dialog.getByRole('textbox', { name: /Company/ })).toHaveValue('Atelier Dupont');
    expect(dialog.getByText('Linked to the page of Atelier Dupont')).toBeInTheDocument();
    await user.click(dialog.getByRole('checkbox', { name: 'I currently work here' }));
    fireEvent.change(dialog.getByLabelText(/Start/), { target: { value: input.startMonth } });
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(result).toHaveBeenCalled());
  });

  it('links a linked experience to its company page on the profile', () => {
    const linked = experience({
      companyName: 'atelier dupont',
      company: { __typename: 'Company', id: COMPANY_ID, slug: 'atelier-dupont', name: 'Atelier Dupont' },
    } as Parameters<typeof experience>[0]);
    renderPage(
      <CareerSections
        profile={profileFixture({ experiences: { nodes: [linked, experience({ id: 'x' })] } })}
        editable={false}
      />,
    );
    expect(screen.getByRole('link', { name: 'atelier dupont' })).toHaveAttribute('href', '/company/atelier-dupont');
    expect(screen.getByText('Doctolib').tagName).toBe('P');
  });
});
