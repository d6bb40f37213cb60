import { useQuery } from '@apollo/client/react';
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConnectAction } from './ConnectAction';
import { AskIntroductionAction } from './AskIntroductionAction';
import { ConnectionPaths } from './ConnectionPaths';
import { DegreeBadge } from './DegreeBadge';
import { MemberMoreMenu } from './MemberMoreMenu';
import { MutualConnectionsLine } from './MutualConnectionsLine';
import { ViewerStateQuery } from './operations';

/** What a member is to the viewer on their profile: degree, followers, mutual connections, chains and actions. */
export function ProfileNetwork({ handle }: { handle: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(ViewerStateQuery, { variables: { handle } });
  const member = data?.member;
  const state = member?.viewerState;
  if (!member || !state || state.degree === 'SELF') return null;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Group gap="xs">
            <DegreeBadge degree={state.degree} />
            <Text size="sm" c="dimmed">
              {t('network.followers', { count: member.followerCount })}
            </Text>
          </Group>
          <MutualConnectionsLine first={state.mutualConnections[0] ?? null} count={state.mutualConnectionCount} />
        </Stack>
        <Group gap="xs" align="flex-start">
          <ConnectAction handle={handle} />
          <AskIntroductionAction member={{ id: member.id, handle, displayName: member.displayName }} state={state} />
          <MemberMoreMenu member={member} state={state} />
        </Group>
      </Group>
      <ConnectionPaths
        member={{ id: member.id, handle, displayName: member.displayName }}
        paths={member.connectionPaths ?? []}
      />
    </Stack>
  );
}
