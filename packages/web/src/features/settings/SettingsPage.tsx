import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Box, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconCode, IconDeviceDesktop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../format';
import { useSignOut } from '../auth/useSignOut';
import { useViewer } from '../auth/useViewer';
import { HandleForm } from './HandleForm';
import { PageLoader } from '../shell/PageLoader';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { AccountQuery, RevokeSessionMutation } from './operations';
import { YourDataCard } from './YourDataCard';
import { BlockedMembersCard } from '../network/BlockedMembersCard';

export default function SettingsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('settings.title'));
  const { data, fetchMore } = useQuery(AccountQuery);
  const [revokeSession] = useMutation(RevokeSessionMutation, { refetchQueries: [AccountQuery] });
  const signOut = useSignOut();
  const { viewer } = useViewer();
  if (!data) return <PageLoader />;
  const { account } = data;

  return (
    <Stack maw={760} mx="auto">
      <Title order={1} fz="h2">
        {t('settings.title')}
      </Title>
      <Card withBorder>
        <Title order={2} fz="h4" mb="sm">
          {t('settings.account.title')}
        </Title>
        <Text fw={600}>{t('settings.account.email')}</Text>
        <Text data-testid="account-email">{account.email}</Text>
        <Text size="sm" c="dimmed">
          {t('settings.account.emailHint')}
        </Text>
        <Text size="sm" mt="sm">
          {t('settings.account.memberSince', { date: formatDate(account.createdAt, i18n.language) })}
        </Text>
        {viewer && (
          <Box mt="md">
            <HandleForm handle={viewer.handle} />
          </Box>
        )}
      </Card>
      <Card withBorder>
        <Title order={2} fz="h4" mb="sm">
          {t('settings.sessions.title')}
        </Title>
        <Stack gap="sm">
          {account.sessions.edges.map(({ node: session }) => (
            <Group key={session.id} justify="space-between" wrap="nowrap">
              <Group wrap="nowrap" gap="sm">
                <IconDeviceDesktop size={20} aria-hidden />
                <div>
                  <Text size="sm" lineClamp={1}>
                    {session.userAgent ?? t('settings.sessions.unknownDevice')}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('settings.sessions.lastUsed', { date: formatDateTime(session.lastUsedAt, i18n.language) })}
                  </Text>
                </div>
              </Group>
              {session.current ? (
                <Badge variant="light">{t('settings.sessions.thisDevice')}</Badge>
              ) : (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => void revokeSession({ variables: { input: { id: session.id } } })}
                >
                  {t('settings.sessions.revoke')}
                </Button>
              )}
            </Group>
          ))}
          {account.sessions.pageInfo.hasNextPage && (
            <Button
              variant="subtle"
              onClick={() => void fetchMore({ variables: { sessionsAfter: account.sessions.pageInfo.endCursor } })}
            >
              {t('tokens.loadMore')}
            </Button>
          )}
          <Group>
            <Button color="red" variant="light" onClick={() => void signOut(true)}>
              {t('settings.sessions.signOutEverywhere')}
            </Button>
          </Group>
        </Stack>
      </Card>
      <Card withBorder>
        <Group>
          <IconCode size={20} aria-hidden />
          <Anchor component={Link} to="/settings/tokens">
            {t('tokens.title')}
          </Anchor>
        </Group>
      </Card>
      <BlockedMembersCard />
      <YourDataCard />
    </Stack>
  );
}
