import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import { IntroductionsSection } from './IntroductionsSection';
import { DeclineIntroductionMutation, ForwardIntroductionMutation, IntroductionsQuery } from './operations';

const person = (id: string, displayName: string) => ({
  __typename: 'Member' as const,
  id,
  handle: displayName.toLowerCase().replace(' ', '-'),
  displayName,
});
const introduction = (id: string, state: string) => ({
  __typename: 'Introduction' as const,
  id,
  state,
  messageToIntermediary: 'Bob, peux-tu me présenter ?',
  messageToTarget: 'Bonjour Cléo',
  note: null,
  createdAt: '2026-01-10T10:00:00.000Z',
  requester: person('TWVtYmVyOjE', 'Ana Lopez'),
  intermediary: person('TWVtYmVyOjI', 'Bob Durand'),
  target: person('TWVtYmVyOjM', 'Cléo Roux'),
});
const list = (nodes: ReturnType<typeof introduction>[]) => ({
  __typename: 'IntroductionConnection',
  totalCount: nodes.length,
  nodes,
});
const introductions = (toForward: ReturnType<typeof introduction>[]) => ({
  request: { query: IntroductionsQuery },
  result: {
    data: { viewer: { __typename: 'Member', id: 'TWVtYmVyOjI', toForward: list(toForward), requested: list([]) } },
  },
});
const answered = (field: string, id: string, state: string) => ({
  data: {
    [field]: {
      __typename: 'IntroductionPayload',
      introduction: { __typename: 'Introduction', id, state },
      userErrors: [],
    },
  },
});

describe('IntroductionsSection', () => {
  it('shows both messages to the intermediary, who forwards one with a note and declines another', async () => {
    const [first, second] = ['SW50cm9kdWN0aW9uOjE', 'SW50cm9kdWN0aW9uOjI'];
    const forward = jest.fn(() => answered('forwardIntroduction', first, 'FORWARDED'));
    const decline = jest.fn(() => answered('declineIntroduction', second, 'DECLINED'));
    const mocks = [
      introductions([introduction(first, 'REQUESTED'), introduction(second, 'REQUESTED')]),
      {
        request: { query: ForwardIntroductionMutation, variables: { id: first, note: 'Ana est formidable.' } },
        result: forward,
      },
      { request: { query: DeclineIntroductionMutation, variables: { id: second } }, result: decline },
      introductions([introduction(first, 'FORWARDED'), introduction(second, 'REQUESTED')]),
      introductions([introduction(first, 'FORWARDED'), introduction(second, 'DECLINED')]),
    ];
    renderPage(<IntroductionsSection run={async (mutate) => void (await mutate())} />, { mocks });
    const user = userEvent.setup();
    const section = await screen.findByRole('region', { name: 'Introductions' });
    expect(within(section).getAllByText('Ana Lopez asks you to introduce them to Cléo Roux.')).toHaveLength(2);
    expect(within(section).getAllByText('Bob, peux-tu me présenter ?')).toHaveLength(2);

    await user.click(within(section).getAllByRole('button', { name: 'Forward' })[0]!);
    const note = within(section).getByLabelText('Your note for Cléo Roux (optional)');
    await user.click(note);
    await user.paste('x'.repeat(301));
    await user.click(within(section).getByRole('button', { name: 'Forward to Cléo Roux' }));
    expect(within(section).getByText('At most 300 characters.')).toBeInTheDocument();
    expect(forward).not.toHaveBeenCalled();
    await user.clear(note);
    await user.paste('Ana est formidable.');
    await user.click(within(section).getByRole('button', { name: 'Forward to Cléo Roux' }));
    expect(await within(section).findByText('Forwarded')).toBeInTheDocument();
    expect(forward).toHaveBeenCalled();

    await user.click(within(section).getByRole('button', { name: 'Decline' }));
    expect(await within(section).findByText('Declined')).toBeInTheDocument();
    expect(decline).toHaveBeenCalled();
  });
});
