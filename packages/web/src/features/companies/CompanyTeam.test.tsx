import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { COMPANY_ID, peopleMock, person, VIEWER_ID, viewerMock } from '../../../test/company';
import { renderPage } from '../../../test/render';
import { CompanyTeam } from './CompanyTeam';
import { MemberByHandleQuery, RemoveCompanyRoleMutation, SetCompanyRoleMutation } from './operations';

const ZOE = person(VIEWER_ID, 'Zoé Durand');
const LEA = person('TWVtYmVyOjI', 'Léa Martin');
const company = { id: COMPANY_ID, slug: 'atelier-dupont' };

const userError = (field: string, code: string, message: string) => ({ __typename: 'UserError', field, code, message });

describe('CompanyTeam', () => {
  it('lets an admin add a recruiter by the address of their profile', async () => {
    const mocks = [
      viewerMock(true),
      peopleMock('ADMIN', [{ role: 'ADMIN', node: ZOE }]),
      {
        request: { query: MemberByHandleQuery, variables: { handle: 'lea-martin' } },
        result: { data: { member: LEA } },
      },
      {
        request: {
          query: SetCompanyRoleMutation,
          variables: { input: { companyId: COMPANY_ID, memberId: LEA.id, role: 'RECRUITER' } },
        },
        result: {
          data: {
            setCompanyRole: {
              __typename: 'CompanyRolePayload',
              company: { __typename: 'Company', id: COMPANY_ID },
              userErrors: [],
            },
          },
        },
      },
      peopleMock('ADMIN', [
        { role: 'ADMIN', node: ZOE },
        { role: 'RECRUITER', node: LEA },
      ]),
    ];
    renderPage(<CompanyTeam company={{ ...company, viewerRole: 'ADMIN' }} />, { mocks });
    const user = userEvent.setup();
    const team = await screen.findByTestId('company-team');
    expect(await within(team).findByRole('link', { name: 'Zoé Durand' })).toBeInTheDocument();
    await user.type(within(team).getByRole('textbox', { name: /Member’s address/ }), 'https://carnet.fr/in/Lea-Martin');
    await user.click(within(team).getByRole('button', { name: 'Add' }));
    expect(await within(team).findByRole('link', { name: 'Léa Martin' })).toBeInTheDocument();
    expect(within(team).getByRole('combobox', { name: 'Role of Léa Martin' })).toHaveValue('Recruiter');
  });

  it('says so when no member has the address', async () => {
    const mocks = [
      viewerMock(true),
      peopleMock('ADMIN', [{ role: 'ADMIN', node: ZOE }]),
      {
        request: { query: MemberByHandleQuery, variables: { handle: 'personne' } },
        result: { data: { member: null } },
      },
    ];
    renderPage(<CompanyTeam company={{ ...company, viewerRole: 'ADMIN' }} />, { mocks, language: 'fr' });
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Adresse du membre/ }), 'personne');
    await user.click(screen.getByRole('button', { name: 'Ajouter' }));
    expect(await screen.findByText('Aucun membre n’a cette adresse.')).toBeInTheDocument();
  });

  it('shows why the last admin cannot leave', async () => {
    const message = 'A company page needs at least one admin: name another admin first.';
    const mocks = [
      viewerMock(true),
      peopleMock('ADMIN', [{ role: 'ADMIN', node: ZOE }]),
      {
        request: {
          query: RemoveCompanyRoleMutation,
          variables: { input: { companyId: COMPANY_ID, memberId: VIEWER_ID } },
        },
        result: {
          data: {
            removeCompanyRole: {
              __typename: 'CompanyRolePayload',
              company: null,
              userErrors: [userError('memberId', 'LAST_COMPANY_ADMIN', message)],
            },
          },
        },
      },
      peopleMock('ADMIN', [{ role: 'ADMIN', node: ZOE }]),
    ];
    renderPage(<CompanyTeam company={{ ...company, viewerRole: 'ADMIN' }} />, { mocks });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Leave this company page' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });

  it('shows recruiters the team without changing it, and lets them leave', async () => {
    const mocks = [
      viewerMock(true),
      peopleMock('RECRUITER', [
        { role: 'ADMIN', node: LEA },
        { role: 'RECRUITER', node: ZOE },
      ]),
    ];
    renderPage(<CompanyTeam company={{ ...company, viewerRole: 'RECRUITER' }} />, { mocks });
    expect(await screen.findByRole('link', { name: 'Léa Martin' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Member’s address/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove Léa Martin' })).toBeNull();
    expect(await screen.findByRole('button', { name: 'Leave this company page' })).toBeInTheDocument();
  });
});
