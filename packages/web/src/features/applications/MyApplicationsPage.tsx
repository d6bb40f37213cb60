import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, Modal, Stack, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../errors';
import { formatDate } from '../../format';
import type { MyApplicationFieldsFragment } from '../../gql/graphql';
import { PageLoader } from '../shell/PageLoader';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { MyApplicationsQuery, WithdrawApplicationMutation } from './operations';
import { StatusBadge } from './StatusBadge';

const DECIDED = ['HIRED', 'NOT_SELECTED', 'WITHDRAWN'];

function WithdrawButton({ application }: { application: MyApplicationFieldsFragment }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [withdraw, { loading }] = useMutation(WithdrawApplicationMutation);
  const confirm = async () => {
    try {
      const { data } = await withdraw({ variables: { input: { id: application.id } } });
      const problem = data?.withdrawApplication.userErrors[0];
      setError(problem?.message ?? null);
      if (!problem) setConfirming(false);
    } catch (failure) {
      setError(describeError(failure, t));
    }
  };
  return (
    <>
      <Button variant="subtle" color="red" size="compact-sm" onClick={() => setConfirming(true)}>
        {t('applications.mine.withdraw')}
      </Button>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('applications.mine.withdrawTitle')}>
        <Stack>
          <Text>{t('applications.mine.withdrawConfirm', { title: application.posting.title })}</Text>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('applications.cancel')}
            </Button>
            <Button color="red" loading={loading} onClick={() => void confirm()}>
              {t('applications.mine.withdraw')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function ApplicationCard({ application }: { application: MyApplicationFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const { posting } = application;
  return (
    <Card withBorder component="article" aria-label={posting.title}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Anchor component={Link} to={`/jobs/${posting.id}`} fw={600}>
              {posting.title}
            </Anchor>
            <Text size="sm" c="dimmed">
              {posting.company.name}
            </Text>
          </div>
          <StatusBadge status={application.status} />
        </Group>
        <Timeline active={application.history.length - 1} bulletSize={12} lineWidth={2}>
          {application.history.map((entry) => (
            <Timeline.Item key={`${entry.status}-${entry.at}`} title={t(`applications.status.${entry.status}`)}>
              <Text size="xs" c="dimmed">
                {formatDate(entry.at, i18n.language)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
        {application.rejectionMessage && (
          <Alert color="gray" title={t('applications.mine.messageFromRecruiter')}>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {application.rejectionMessage}
            </Text>
          </Alert>
        )}
        {!DECIDED.includes(application.status) && (
          <Group justify="flex-end">
            <WithdrawButton application={application} />
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** The member's applications, the latest first, with where each stands. */
export default function MyApplicationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('applications.mine.title'));
  const { data, fetchMore } = useQuery(MyApplicationsQuery);
  const list = data?.myApplications;
  if (!list) return <PageLoader />;
  return (
    <Stack maw={760} mx="auto">
      <Title order={1} fz="h2">
        {t('applications.mine.title')}
      </Title>
      {list.edges.length === 0 && (
        <Text c="dimmed">
          {t('applications.mine.empty')}{' '}
          <Anchor component={Link} to="/jobs">
            {t('applications.mine.findJobs')}
          </Anchor>
        </Text>
      )}
      {list.edges.map(({ node }) => (
        <ApplicationCard key={node.id} application={node} />
      ))}
      {list.pageInfo.hasNextPage && (
        <Button variant="default" onClick={() => void fetchMore({ variables: { after: list.pageInfo.endCursor } })}>
          {t('applications.more')}
        </Button>
      )}
    </Stack>
  );
}
