import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../test/render';
import { MemberMoreMenu } from './MemberMoreMenu';
import { BlockMemberMutation, FollowMemberMutation } from './operations';

const BOB = { id: 'TWVtYmVyOjI', displayName: 'Bob Durand' };
const payload = (field: string, userErrors: object[] = []) => ({
  data: {
    [field]: {
      __typename: 'MemberRelationPayload',
      member: userErrors.length ? null : { __typename: 'Member', id: BOB.id },
      userErrors,
    },
  },
});

describe('MemberMoreMenu', () => {
  it('blocks only after confirming in a dialog, which Cancel closes without blocking', async () => {
    let blocked = 0;
    const mocks = [
      {
        request: { query: BlockMemberMutation, variables: { memberId: BOB.id } },
        result: () => {
          blocked += 1;
          return payload('blockMember');
        },
      },
    ];
    const openBlockDialog = async () => {
      const view = renderPage(
        <MemberMoreMenu member={BOB} state={{ blocked: false, following: false, canFollow: true }} />,
        { mocks },
      );
      await user.click(screen.getByRole('button', { name: 'More' }));
      await user.click(await screen.findByRole('menuitem', { name: 'Block' }));
      return { view, dialog: await screen.findByRole('dialog', { name: 'Block Bob Durand?' }) };
    };
    const user = userEvent.setup();
    const first = await openBlockDialog();
    expect(first.dialog).toHaveTextContent('neither of you will be able to invite or follow the other');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(blocked).toBe(0);
    first.view.unmount();

    await openBlockDialog();
    await user.click(screen.getByRole('button', { name: 'Block' }));
    await waitFor(() => expect(blocked).toBe(1));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('offers Unblock to a blocked member, and shows why following was refused, in French', async () => {
    const refused = { __typename: 'UserError', field: 'memberId', code: 'MEMBER_UNAVAILABLE', message: 'Refusé.' };
    const mocks = [
      {
        request: { query: FollowMemberMutation, variables: { memberId: BOB.id } },
        result: payload('followMember', [refused]),
      },
    ];
    const { unmount } = renderPage(
      <MemberMoreMenu member={BOB} state={{ blocked: true, following: false, canFollow: false }} />,
      { language: 'fr' },
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Plus' }));
    expect(await screen.findByRole('menuitem', { name: 'Débloquer' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Suivre' })).not.toBeInTheDocument();
    unmount();

    renderPage(<MemberMoreMenu member={BOB} state={{ blocked: false, following: false, canFollow: true }} />, {
      mocks,
      language: 'fr',
    });
    await user.click(screen.getByRole('button', { name: 'Plus' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Suivre' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Refusé.');
  });
});
