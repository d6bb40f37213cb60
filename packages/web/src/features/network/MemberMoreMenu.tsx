import { useMutation } from '@apollo/client/react';
import { Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBan, IconDots, IconUserCheck, IconUserMinus, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormAlerts } from '../forms/useUserErrorForm';
import {
  BlockMemberMutation,
  FollowMemberMutation,
  NETWORK_QUERIES,
  UnblockMemberMutation,
  UnfollowMemberMutation,
} from './operations';
import { useNetworkAction } from './useNetworkAction';

interface Props {
  member: { id: string; displayName: string };
  state: { blocked: boolean; following: boolean; canFollow: boolean };
}

/** "More" on a profile: follow or unfollow, and block (after confirming) or unblock. */
export function MemberMoreMenu({ member, state }: Props) {
  const { t } = useTranslation();
  const [confirming, { open, close }] = useDisclosure(false);
  const { errors, run } = useNetworkAction();
  const options = { variables: { memberId: member.id }, refetchQueries: NETWORK_QUERIES, awaitRefetchQueries: true };
  const [follow] = useMutation(FollowMemberMutation, options);
  const [unfollow] = useMutation(UnfollowMemberMutation, options);
  const [block, { loading: blocking }] = useMutation(BlockMemberMutation, options);
  const [unblock] = useMutation(UnblockMemberMutation, options);
  const name = member.displayName;

  return (
    <Stack gap="xs" align="flex-end">
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<IconDots size={16} />}>
            {t('network.more')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {state.following ? (
            <Menu.Item
              leftSection={<IconUserMinus size={16} />}
              onClick={() => run(async () => (await unfollow()).data?.unfollowMember)}
            >
              {t('network.unfollow')}
            </Menu.Item>
          ) : (
            state.canFollow && (
              <Menu.Item
                leftSection={<IconUserPlus size={16} />}
                onClick={() => run(async () => (await follow()).data?.followMember)}
              >
                {t('network.follow')}
              </Menu.Item>
            )
          )}
          {state.blocked ? (
            <Menu.Item
              leftSection={<IconUserCheck size={16} />}
              onClick={() => run(async () => (await unblock()).data?.unblockMember)}
            >
              {t('network.unblock')}
            </Menu.Item>
          ) : (
            <Menu.Item color="red" leftSection={<IconBan size={16} />} onClick={open}>
              {t('network.block.action')}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <FormAlerts messages={errors} />
      <Modal opened={confirming} onClose={close} title={t('network.block.title', { name })}>
        <Text size="sm">{t('network.block.text', { name })}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close}>
            {t('network.block.cancel')}
          </Button>
          <Button
            color="red"
            loading={blocking}
            onClick={async () => {
              await run(async () => (await block()).data?.blockMember);
              close();
            }}
          >
            {t('network.block.confirm')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
