import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderPage } from '../../../test/render';
import { RecordProfileViewMutation } from './operations';
import { useRecordProfileView } from './useRecordProfileView';

const MEMBER_ID = 'TWVtYmVyOjQy';

function Harness() {
  const [memberId, setMemberId] = useState<string | null>(null);
  const [renders, setRenders] = useState(0);
  useRecordProfileView(memberId);
  return (
    <>
      <button onClick={() => setMemberId(MEMBER_ID)}>open</button>
      <button onClick={() => setRenders(renders + 1)}>render {renders}</button>
    </>
  );
}

describe('useRecordProfileView', () => {
  it('records a profile once however often the page renders, and nothing without a member', async () => {
    const result = jest.fn(() => ({
      data: { recordProfileView: { __typename: 'RecordProfileViewPayload', recorded: true } },
    }));
    const request = { query: RecordProfileViewMutation, variables: { input: { memberId: MEMBER_ID } } };
    renderPage(<Harness />, { mocks: [{ request, result, maxUsageCount: 5 }] });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'render 0' }));
    expect(result).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'open' }));
    await user.click(screen.getByRole('button', { name: 'render 1' }));
    await user.click(screen.getByRole('button', { name: 'render 2' }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
  });
});
