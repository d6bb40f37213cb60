import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import type { OpenToWorkFieldsFragment } from '../../gql/graphql';
import { ClearOpenToWorkMutation, SetOpenToWorkMutation } from './operations';
import { OpenToWorkSection } from './OpenToWorkSection';

const nextYear = `${new Date().getUTCFullYear() + 1}-03`;
const signal: OpenToWorkFieldsFragment & { __typename: 'OpenToWork' } = {
  __typename: 'OpenToWork',
  jobTitles: ['Data analyst', 'Data engineer'],
  locations: ['Lyon', 'Remote France'],
  contractTypes: ['CDI', 'FREELANCE'],
  workplaceTypes: ['REMOTE'],
  availableFrom: null,
  visibleTo: 'ALL_MEMBERS',
};
const payload = (openToWork: typeof signal | null, userErrors: unknown[] = []) => ({
  data: {
    setOpenToWork: {
      __typename: 'SetOpenToWorkPayload',
      member: openToWork && { __typename: 'Member', id: 'TWVtYmVyOjE', openToWork },
      userErrors,
    },
  },
});

describe('OpenToWorkSection', () => {
  it('checks the shared rules before sending anything', async () => {
    renderPage(<OpenToWorkSection signal={null} editable />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'I am open to work' }));
    await user.click(screen.getByRole('radio', { name: 'From a given month' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findAllByText('This field is required.')).toHaveLength(3);
    const titles = screen.getByRole('combobox', { name: /Job titles you are looking for/ });
    expect(titles).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/First month available/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('turns the signal on with what the member chose, then closes the form', async () => {
    const input = {
      jobTitles: ['Data analyst'],
      locations: ['Lyon'],
      contractTypes: ['CDI', 'ALTERNANCE'],
      workplaceTypes: ['REMOTE'],
      availableFrom: nextYear,
      visibleTo: 'RECRUITERS_ONLY',
    };
    const result = jest.fn(() => payload({ ...signal, ...input } as typeof signal));
    renderPage(<OpenToWorkSection signal={null} editable />, {
      mocks: [{ request: { query: SetOpenToWorkMutation, variables: { input } }, result }],
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'I am open to work' }));
    await user.type(screen.getByRole('combobox', { name: /Job titles you are looking for/ }), 'Data analyst{Enter}');
    await user.type(screen.getByRole('combobox', { name: /Places/ }), 'Lyon{Enter}');
    await user.click(screen.getByRole('checkbox', { name: 'Permanent (CDI)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Work-study' }));
    await user.click(screen.getByRole('checkbox', { name: 'Remote' }));
    await user.click(screen.getByRole('radio', { name: 'From a given month' }));
    fireEvent.change(screen.getByLabelText(/First month available/), { target: { value: nextYear } });
    await user.click(screen.getByRole('radio', { name: 'Recruiters only' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(result).toHaveBeenCalled());
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument());
  });

  it('edits the signal it shows and puts a server userError next to its field', async () => {
    const input = { ...signal, jobTitles: ['Data analyst'], availableFrom: null };
    delete (input as Partial<typeof signal>).__typename;
    const mocks = [
      {
        request: { query: SetOpenToWorkMutation, variables: { input } },
        result: payload(null, [
          { __typename: 'UserError', field: 'jobTitles', code: 'TOO_LONG', message: 'At most 100 characters.' },
        ]),
      },
    ];
    renderPage(<OpenToWorkSection signal={signal} editable />, { mocks });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const titles = screen.getByRole('combobox', { name: /Job titles you are looking for/ });
    expect(screen.getByRole('checkbox', { name: 'Freelance' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Immediately' })).toBeChecked();
    await user.click(titles);
    await user.keyboard('{Backspace}');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('At most 100 characters.')).toBeInTheDocument();
    expect(titles).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
  });

  it('turns the signal off', async () => {
    const result = jest.fn(() => ({
      data: {
        clearOpenToWork: {
          __typename: 'ClearOpenToWorkPayload',
          member: { __typename: 'Member', id: 'TWVtYmVyOjE', openToWork: null },
        },
      },
    }));
    renderPage(<OpenToWorkSection signal={signal} editable />, {
      mocks: [{ request: { query: ClearOpenToWorkMutation, variables: {} }, result }],
    });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Turn off' }));
    await waitFor(() => expect(result).toHaveBeenCalled());
  });

  it('shows a reader the badge and the details in French, without the owner’s controls', () => {
    renderPage(<OpenToWorkSection signal={{ ...signal, availableFrom: '2031-09' }} editable={false} />, {
      language: 'fr',
    });
    const card = screen.getByTestId('open-to-work');
    expect(within(card).getAllByText('Ouvert aux opportunités')).toHaveLength(2);
    const details = within(card).getByTestId('open-to-work-details');
    expect(details).toHaveTextContent('Data analyst · Data engineer');
    expect(details).toHaveTextContent('Types de contrat CDI, Freelance');
    expect(details).toHaveTextContent('Lieu de travail Télétravail');
    expect(details).toHaveTextContent('Disponible à partir de septembre 2031');
    expect(details).not.toHaveTextContent('Visible par');
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows nothing to a reader when the signal is hidden or off', () => {
    renderPage(<OpenToWorkSection signal={null} editable={false} />);
    expect(screen.queryByTestId('open-to-work')).not.toBeInTheDocument();
  });
});
