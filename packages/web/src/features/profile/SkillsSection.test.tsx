import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MEMBER_ID } from '../../../test/profile';
import { renderPage } from '../../../test/render';
import { SetSkillsMutation, SkillSuggestionsQuery } from './operations';
import { SkillsSection } from './SkillsSection';

const skill = (name: string, highlighted = false) => ({ __typename: 'Skill' as const, name, highlighted });

function setSkillsResult(names: string[], userErrors: unknown[] = []) {
  return {
    data: {
      setSkills: {
        __typename: 'SetSkillsPayload',
        member: userErrors.length
          ? null
          : {
              __typename: 'Member',
              id: MEMBER_ID,
              skills: { __typename: 'SkillConnection', nodes: names.map((name, i) => skill(name, i < 3)) },
            },
        userErrors,
      },
    },
  };
}

describe('SkillsSection', () => {
  it('adds a skill suggested by the catalogue, keeps the order and saves the whole list', async () => {
    const result = jest.fn(() => setSkillsResult(['SQL', 'TypeScript']));
    const mocks = [
      {
        request: { query: SkillSuggestionsQuery, variables: { query: 'Typ' } },
        result: { data: { skillSuggestions: ['TypeScript', 'Typographie'] } },
      },
      { request: { query: SetSkillsMutation, variables: { input: { names: ['SQL', 'TypeScript'] } } }, result },
    ];
    renderPage(<SkillsSection skills={[skill('SQL', true)]} editable />, { mocks });
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Edit skills' }));
    await user.type(screen.getByRole('combobox', { name: 'Your skills' }), 'Typ');
    // The dropdown is still in its opening transition for jsdom, hence `hidden`.
    await user.click(await screen.findByRole('option', { name: 'TypeScript', hidden: true }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(result).toHaveBeenCalled());
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument());
  });

  it('reorders skills with the move buttons, so that the top three are the ones chosen', async () => {
    const order = ['Bloc opératoire', 'Soins', 'Hygiène'];
    const result = jest.fn(() => setSkillsResult(order));
    const mocks = [{ request: { query: SetSkillsMutation, variables: { input: { names: order } } }, result }];
    renderPage(
      <SkillsSection
        skills={[skill('Soins', true), skill('Bloc opératoire', true), skill('Hygiène', true)]}
        editable
      />,
      {
        mocks,
      },
    );
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Edit skills' }));
    await user.click(screen.getByRole('button', { name: 'Move "Bloc opératoire" up' }));
    const list = screen.getByRole('list', { name: 'In this order: the first 3 are highlighted.' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['1. Bloc opératoire', '2. Soins', '3. Hygiène']);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(result).toHaveBeenCalled());
  });

  it('shows the server’s userError under the field and stays open', async () => {
    const message = '“---” is not a skill name: use letters or digits.';
    const mocks = [
      {
        request: { query: SetSkillsMutation, variables: { input: { names: ['SQL', '---'] } } },
        result: setSkillsResult([], [{ __typename: 'UserError', field: 'names', code: 'INVALID_SKILL', message }]),
      },
    ];
    renderPage(<SkillsSection skills={[skill('SQL', true)]} editable />, { mocks });
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Edit skills' }));
    const input = screen.getByRole('combobox', { name: 'Your skills' });
    await user.type(input, '---{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows skills to readers, the first ones highlighted, without the edit button', () => {
    renderPage(<SkillsSection skills={[skill('Soins', true), skill('Bloc opératoire')]} editable={false} />);
    const list = screen.getByTestId('profile-skills');
    expect(
      within(list)
        .getAllByText(/Soins|Bloc opératoire/)
        .map((node) => node.textContent),
    ).toEqual(['Soins', 'Bloc opératoire']);
    expect(screen.queryByRole('button', { name: 'Edit skills' })).not.toBeInTheDocument();
  });
});
