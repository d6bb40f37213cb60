import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { FormAlerts } from '../forms/useUserErrorForm';
import { PersonRow } from './PersonRow';
import { BlockedMembersQuery, NETWORK_QUERIES, UnblockMemberMutation } from './operations';
import { useNetworkAction } from './useNetworkAction';

/** The members the viewer blocked, each with Unblock. */
export function BlockedMembersCard() {
  const { t, i18n } = useTranslation();
  const { data, fetchMore } = useQuery(BlockedMembersQuery);
  const [unblock] = useMutation(UnblockMemberMutation, { refetchQueries: NETWORK_QUERIES, awaitRefetchQueries: true });
  const { errors, run } = useNetworkAction();
  const blocked = data?.viewer?.blockedMembers;
  if (!blocked) return null;
  const title = t('network.blocked.title');
  return (
    <Card withBorder padding="lg" component="section" aria-label={title}>
      <Group gap="xs" mb="sm">
        <Title order={2} fz="h4">
          {title}
        </Title>
        <Badge variant="light">{blocked.totalCount}</Badge>
      </Group>
      <Stack gap="md">
        <FormAlerts messages={errors} />
        {!blocked.totalCount && <Text c="dimmed">{t('network.blocked.none')}</Text>}
        {blocked.edges.map(({ node, blockedAt }) => (
          <PersonRow
            key={node.id}
            person={node}
            details={
              <Text size="xs" c="dimmed">
                {t('network.blocked.on', { date: formatDate(blockedAt, i18n.language) })}
              </Text>
            }
          >
            <Button
              size="xs"
              variant="default"
              aria-label={t('network.unblockNamed', { name: node.displayName })}
              onClick={() => run(async () => (await unblock({ variables: { memberId: node.id } })).data?.unblockMember)}
            >
              {t('network.unblock')}
            </Button>
          </PersonRow>
        ))}
        {blocked.pageInfo.hasNextPage && (
          <Button variant="subtle" onClick={() => void fetchMore({ variables: { after: blocked.pageInfo.endCursor } })}>
            {t('network.blocked.more')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
