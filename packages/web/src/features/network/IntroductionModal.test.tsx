import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import { IntroductionModal } from './IntroductionModal';
import { IntroductionMutualsQuery, RequestIntroductionMutation } from './operations';

const CLEO = { id: 'TWVtYmVyOjM', handle: 'cleo-roux', displayName: 'Cléo Roux' };
const BOB = { __typename: 'Member' as const, id: 'TWVtYmVyOjI', handle: 'bob-durand', displayName: 'Bob Durand' };
const mutuals = {
  request: { query: IntroductionMutualsQuery, variables: { handle: CLEO.handle } },
  result: {
    data: {
      member: {
        __typename: 'Member',
        id: CLEO.id,
        viewerState: { __typename: 'ViewerState', mutualConnections: [BOB] },
      },
    },
  },
};

describe('IntroductionModal', () => {
  it('checks the choice and both messages before sending, then sends them with the chosen mutual', async () => {
    const onClose = jest.fn();
    const input = {
      targetId: CLEO.id,
      intermediaryId: BOB.id,
      messageToIntermediary: 'Bob, peux-tu me présenter ?',
      messageToTarget: 'Bonjour Cléo',
    };
    const request = {
      request: { query: RequestIntroductionMutation, variables: { input } },
      result: {
        data: {
          requestIntroduction: {
            __typename: 'IntroductionPayload',
            introduction: { __typename: 'Introduction', id: 'SW50cm9kdWN0aW9uOjE', state: 'REQUESTED' },
            userErrors: [],
          },
        },
      },
    };
    renderPage(<IntroductionModal member={CLEO} opened onClose={onClose} />, { mocks: [mutuals, request] });
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Your message for Cléo Roux'));
    await user.paste('x'.repeat(301));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findAllByText('This field is required.')).toHaveLength(2);
    expect(screen.getByText('At most 300 characters.')).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Mutual connection who will introduce you' }));
    await user.click(await screen.findByRole('option', { name: 'Bob Durand', hidden: true }));
    await user.click(screen.getByLabelText('Your message to them'));
    await user.paste(input.messageToIntermediary);
    await user.clear(screen.getByLabelText('Your message for Cléo Roux'));
    await user.paste(input.messageToTarget);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
