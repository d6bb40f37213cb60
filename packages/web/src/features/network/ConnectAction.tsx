import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCheck, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConnectModal } from './ConnectModal';
import { AcceptInvitationMutation, NETWORK_QUERIES, ViewerStateQuery } from './operations';

/** Connect / Pending / Accept / Connected on a profile, as the API's viewerState says. */
export function ConnectAction({ handle }: { handle: string }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const { data } = useQuery(ViewerStateQuery, { variables: { handle } });
  const [accept, { loading }] = useMutation(AcceptInvitationMutation, { refetchQueries: NETWORK_QUERIES });
  const member = data?.member;
  const state = member?.viewerState;
  if (!member || !state || state.degree === 'SELF') return null;
  if (state.degree === 'FIRST') {
    return (
      <Badge size="lg" variant="light" leftSection={<IconCheck size={14} />}>
        {t('network.connected')}
      </Badge>
    );
  }
  const invitation = state.invitation;
  if (invitation && invitation.sender.id === member.id) {
    return (
      <Button loading={loading} onClick={() => void accept({ variables: { id: invitation.id } })}>
        {t('network.accept')}
      </Button>
    );
  }
  if (invitation) return <Button disabled>{t('network.pending')}</Button>;
  if (!state.canInvite) return null;
  return (
    <>
      <Button leftSection={<IconUserPlus size={16} />} onClick={open}>
        {t('network.connect.button')}
      </Button>
      <ConnectModal memberId={member.id} displayName={member.displayName} opened={opened} onClose={close} />
    </>
  );
}
