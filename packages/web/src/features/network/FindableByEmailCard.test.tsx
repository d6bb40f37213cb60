import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import { FindableByEmailCard } from './FindableByEmailCard';
import { FindableByEmailQuery, SetFindableByEmailMutation } from './operations';

const MEMBER_ID = 'TWVtYmVyOjE';

describe('FindableByEmailCard', () => {
  it('shows the setting and turns it off', async () => {
    const result = jest.fn(() => ({
      data: {
        setFindableByEmail: {
          __typename: 'SetFindableByEmailPayload',
          member: { __typename: 'Member', id: MEMBER_ID, findableByEmail: false },
          userErrors: [],
        },
      },
    }));
    const mocks = [
      {
        request: { query: FindableByEmailQuery },
        result: { data: { viewer: { __typename: 'Member', id: MEMBER_ID, findableByEmail: true } } },
      },
      { request: { query: SetFindableByEmailMutation, variables: { findable: false } }, result },
    ];
    renderPage(<FindableByEmailCard />, { mocks, language: 'fr' });
    const toggle = await screen.findByRole('switch', {
      name: /^Permettre aux personnes qui connaissent mon adresse e-mail/,
    });
    expect(toggle).toBeChecked();
    await userEvent.setup().click(toggle);
    await waitFor(() => expect(result).toHaveBeenCalled());
    await waitFor(() => expect(toggle).not.toBeChecked());
  });
});
