import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Badge, Button, Card, Group, Loader, Select, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { JobAlertFieldsFragment, JobAlertFrequency } from '../../gql/graphql';
import { formatDateTime } from '../../format';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { JobCard } from './JobCard';
import { JobsNav } from './JobsNav';
import {
  DeleteJobAlertMutation,
  JobAlertsQuery,
  MarkJobAlertMatchesSeenMutation,
  UpdateJobAlertMutation,
} from './operations';

const REFRESH = { refetchQueries: ['JobAlerts', 'UnseenJobAlertMatchCount'], awaitRefetchQueries: true };

function AlertRow({ alert }: { alert: JobAlertFieldsFragment }) {
  const { t } = useTranslation();
  const [update] = useMutation(UpdateJobAlertMutation);
  const [remove, removing] = useMutation(DeleteJobAlertMutation, REFRESH);
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" wrap="wrap">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={600}>{alert.name}</Text>
            {alert.unseenMatchCount > 0 && (
              <Badge size="sm">{t('jobSearch.alerts.unseen', { count: alert.unseenMatchCount })}</Badge>
            )}
          </Group>
          {alert.query && (
            <Text size="sm" c="dimmed">
              {t('jobSearch.alerts.query', { query: alert.query })}
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          <Select
            size="xs"
            w={150}
            aria-label={t('jobSearch.alerts.frequencyOf', { name: alert.name })}
            value={alert.frequency}
            allowDeselect={false}
            data={(['DAILY', 'INSTANT'] as const).map((value) => ({ value, label: t(`jobSearch.alerts.${value}`) }))}
            onChange={(frequency) =>
              frequency &&
              void update({ variables: { input: { id: alert.id, frequency: frequency as JobAlertFrequency } } })
            }
          />
          <Tooltip label={t('jobSearch.alerts.delete')}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('jobSearch.alerts.deleteNamed', { name: alert.name })}
              loading={removing.loading}
              onClick={() => void remove({ variables: { input: { id: alert.id } } })}
            >
              <IconTrash size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
    </Card>
  );
}

/** The member's alerts (frequency, delete) and the new postings they found, unseen ones marked. */
export default function JobAlertsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('jobSearch.alerts.title'));
  const { data, loading } = useQuery(JobAlertsQuery, { fetchPolicy: 'cache-and-network' });
  const [markSeen, marking] = useMutation(MarkJobAlertMatchesSeenMutation, REFRESH);
  const unseen = data?.unseenJobAlertMatchCount ?? 0;
  return (
    <Stack maw={800} mx="auto" gap="md">
      <Title order={1} fz="h2">
        {t('jobSearch.alerts.title')}
      </Title>
      <JobsNav unseen={unseen} />
      {loading && !data && <Loader mx="auto" />}
      {data && data.jobAlerts.nodes.length === 0 && <Text c="dimmed">{t('jobSearch.alerts.none')}</Text>}
      {data?.jobAlerts.nodes.map((alert) => (
        <AlertRow key={alert.id} alert={alert} />
      ))}
      {data && data.jobAlertMatches.nodes.length > 0 && (
        <Stack gap="sm" component="section" aria-labelledby="alert-matches">
          <Group justify="space-between">
            <Title order={2} fz="h4" id="alert-matches">
              {t('jobSearch.alerts.matches')}
            </Title>
            {unseen > 0 && (
              <Button
                size="xs"
                variant="default"
                loading={marking.loading}
                onClick={() => void markSeen({ variables: { input: {} } })}
              >
                {t('jobSearch.alerts.markSeen')}
              </Button>
            )}
          </Group>
          {data.jobAlertMatches.nodes.map((match) => (
            <JobCard key={match.id} job={match.jobPosting} signedIn>
              <Group gap="xs">
                {!match.seen && <Badge size="sm">{t('jobSearch.alerts.new')}</Badge>}
                <Text size="xs" c="dimmed">
                  {t('jobSearch.alerts.foundBy', {
                    name: match.alert.name,
                    date: formatDateTime(match.matchedAt, i18n.language),
                  })}
                </Text>
              </Group>
            </JobCard>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
