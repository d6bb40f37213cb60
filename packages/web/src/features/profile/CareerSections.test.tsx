import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import { education, experience, profileFixture } from '../../../test/profile';
import { CareerSections } from './CareerSections';
import { CompanySuggestionsQuery } from '../companies/operations';
import { SaveEducationMutation, SaveExperienceMutation } from './operations';

const saved = (
  field: 'saveExperience' | 'saveEducation',
  entry: { __typename: string; id: string } | null,
  userErrors: unknown[] = [],
) => ({
  data: {
    [field]: {
      __typename: field === 'saveExperience' ? 'SaveExperiencePayload' : 'SaveEducationPayload',
      [field === 'saveExperience' ? 'experience' : 'education']: entry,
      userErrors,
    },
  },
});
/** No company page to suggest for what is typed in the company field. */
const noSuggestions = (query: string) => ({
  request: { query: CompanySuggestionsQuery, variables: { query } },
  result: { data: { companies: { __typename: 'CompanyConnection', nodes: [] } } },
});
const userError = (field: string, code: string, message: string) => ({ __typename: 'UserError', field, code, message });

function dialog() {
  return within(screen.getByRole('dialog'));
}

/** Clicks the button that opens an entry form and waits for its dialog. */
async function open(user: ReturnType<typeof userEvent.setup>, button: string) {
  await user.click(screen.getByRole('button', { name: button }));
  await screen.findByRole('dialog');
}

async function closes() {
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
}

describe('CareerSections: experience', () => {
  it('adds a current position', async () => {
    const input = {
      id: null,
      title: 'Cheffe de projet',
      companyName: 'Renault',
      location: 'Boulogne',
      startMonth: '2023-04',
      endMonth: null,
      current: true,
      description: 'Mégane E-Tech',
    };
    const result = jest.fn(() => saved('saveExperience', { __typename: 'Experience', id: 'RXhwZXJpZW5jZToy' }));
    renderPage(<CareerSections profile={profileFixture()} editable />, {
      mocks: [{ request: { query: SaveExperienceMutation, variables: { input } }, result }, noSuggestions('Renault')],
    });
    const user = userEvent.setup({ delay: null });
    await open(user, 'Add a position');
    await user.type(dialog().getByRole('textbox', { name: /Job title/ }), input.title);
    await user.type(dialog().getByRole('textbox', { name: /Company/ }), input.companyName);
    await user.type(dialog().getByRole('textbox', { name: 'Location' }), input.location);
    await user.click(dialog().getByRole('checkbox', { name: 'I currently work here' }));
    expect(dialog().queryByLabelText(/End/)).not.toBeInTheDocument();
    fireEvent.change(dialog().getByLabelText(/Start/), { target: { value: input.startMonth } });
    await user.type(dialog().getByRole('textbox', { name: 'Description' }), input.description);
    await user.click(dialog().getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(result).toHaveBeenCalled());
    await closes();
  });

  it('refuses a past position without an end before sending it', async () => {
    renderPage(<CareerSections profile={profileFixture()} editable />, { mocks: [noSuggestions('Renault')] });
    const user = userEvent.setup({ delay: null });
    await open(user, 'Add a position');
    await user.type(dialog().getByRole('textbox', { name: /Job title/ }), 'Stagiaire');
    await user.type(dialog().getByRole('textbox', { name: /Company/ }), 'Renault');
    fireEvent.change(dialog().getByLabelText(/Start/), { target: { value: '2019-02' } });
    await user.click(dialog().getByRole('button', { name: 'Save' }));
    expect(await dialog().findByText('This field is required.')).toBeInTheDocument();
    expect(dialog().getByLabelText(/End/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('edits a position and shows the server’s userError next to its field', async () => {
    const job = experience();
    const input = {
      id: job.id,
      title: 'Lead développeuse',
      companyName: job.companyName,
      location: job.location,
      startMonth: job.startMonth,
      endMonth: job.endMonth,
      current: false,
      description: '',
    };
    const mocks = [
      {
        request: { query: SaveExperienceMutation, variables: { input } },
        result: saved('saveExperience', null, [userError('title', 'TOO_LONG', 'At most 100 characters.')]),
      },
    ];
    renderPage(<CareerSections profile={profileFixture({ experiences: { nodes: [job] } })} editable />, { mocks });
    const user = userEvent.setup({ delay: null });
    await open(user, 'Edit "Développeuse, Doctolib"');
    const title = dialog().getByRole('textbox', { name: /Job title/ });
    expect(dialog().getByLabelText(/End/)).toHaveValue('2022-12');
    await user.clear(title);
    await user.type(title, input.title);
    await user.click(dialog().getByRole('button', { name: 'Save' }));
    expect(await dialog().findByText('At most 100 characters.')).toBeInTheDocument();
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(/At most 100 characters\./);
  });
});

describe('CareerSections: education', () => {
  it('adds a school with its years', async () => {
    const input = {
      id: null,
      school: 'Université Lyon 2',
      degree: 'Master',
      fieldOfStudy: '',
      startYear: 2016,
      endYear: 2018,
      description: '',
    };
    const result = jest.fn(() => saved('saveEducation', { __typename: 'Education', id: 'RWR1Y2F0aW9uOjI' }));
    renderPage(<CareerSections profile={profileFixture()} editable />, {
      mocks: [{ request: { query: SaveEducationMutation, variables: { input } }, result }],
    });
    const user = userEvent.setup({ delay: null });
    await open(user, 'Add education');
    await user.type(dialog().getByRole('textbox', { name: /School or university/ }), input.school);
    await user.type(dialog().getByRole('textbox', { name: 'Degree' }), input.degree);
    await user.type(dialog().getByRole('textbox', { name: 'Start year' }), '2016');
    await user.type(dialog().getByRole('textbox', { name: 'End year (or expected)' }), '2018');
    await user.click(dialog().getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(result).toHaveBeenCalled());
    await closes();
  });

  it('edits a school and shows the server’s userError next to its field', async () => {
    const school = education();
    const input = { ...school, endYear: 2030, description: '' };
    delete (input as Partial<typeof school>).__typename;
    const mocks = [
      {
        request: { query: SaveEducationMutation, variables: { input } },
        result: saved('saveEducation', null, [userError('endYear', 'INVALID_DATE', 'Enter a valid date.')]),
      },
    ];
    renderPage(<CareerSections profile={profileFixture({ education: { nodes: [school] } })} editable />, { mocks });
    const user = userEvent.setup({ delay: null });
    await open(user, 'Edit "INSA Lyon"');
    const endYear = dialog().getByRole('textbox', { name: 'End year (or expected)' });
    expect(endYear).toHaveValue('2020');
    await user.clear(endYear);
    await user.type(endYear, '2030');
    await user.click(dialog().getByRole('button', { name: 'Save' }));
    expect(await dialog().findByText('Enter a valid date.')).toBeInTheDocument();
    expect(endYear).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows entries without their controls to readers', () => {
    renderPage(
      <CareerSections
        profile={profileFixture({ experiences: { nodes: [experience()] }, education: { nodes: [education()] } })}
        editable={false}
      />,
    );
    expect(screen.getByText('Doctolib')).toBeInTheDocument();
    expect(screen.getByText('INSA Lyon')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
