import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../format';
import { useViewer } from '../auth/useViewer';
import { ApplyModal } from './ApplyModal';
import { ApplyActionQuery } from './operations';

/**
 * The Apply button of a job page: what the viewer already sent, why the posting takes no applications, a link
 * to sign in, or the form. Nothing for a posting that takes applications elsewhere (the page links there).
 */
export function ApplyAction({ posting }: { posting: { id: string } }) {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  const [opened, { open, close }] = useDisclosure(false);
  const { data } = useQuery(ApplyActionQuery, { variables: { id: posting.id } });
  const job = data?.jobPosting;
  if (!job) return null;

  const applied = job.viewerApplication;
  if (applied) {
    return (
      <Anchor component={Link} to="/applications">
        {t('applications.apply.applied', {
          date: formatDate(applied.appliedAt, i18n.language),
          status: t(`applications.status.${applied.status}`),
        })}
      </Anchor>
    );
  }
  if (job.applyUrl) return null;
  if (!job.acceptsApplications) {
    return (
      <Stack gap={4} align="flex-start">
        <Button disabled>{t('applications.apply.button')}</Button>
        <Text size="sm" c="dimmed">
          {t(job.state === 'EXPIRED' ? 'applications.apply.expired' : 'applications.apply.closed')}
        </Text>
      </Stack>
    );
  }
  if (!viewer) {
    return (
      <Button component={Link} to={`/signin?next=${encodeURIComponent(`/jobs/${job.id}`)}`}>
        {t('applications.apply.signIn')}
      </Button>
    );
  }
  return (
    <>
      <Button onClick={open}>{t('applications.apply.button')}</Button>
      <ApplyModal posting={job} opened={opened} onClose={close} />
    </>
  );
}
