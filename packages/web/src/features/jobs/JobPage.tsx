import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title, Typography } from '@mantine/core';
import { IconExternalLink, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../format';
import type { JobPostingDetailsFragment } from '../../gql/graphql';
import { ApplyAction } from '../applications/ApplyAction';
import { useViewer } from '../auth/useViewer';
import { SaveJobButton } from '../job-search/SaveJobButton';
import NotFoundPage from '../not-found/NotFoundPage';
import { PageLoader } from '../shell/PageLoader';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { formatDaysAgo } from './format';
import { JobFacts } from './JobFacts';
import { JobManagerActions } from './JobManagerActions';
import { JobStateBadge } from './JobStateBadge';
import { JobPostingQuery } from './operations';
import { ShareJob } from './ShareJob';

function Dates({ job }: { job: JobPostingDetailsFragment }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const posted = job.publishedAt
    ? t('jobs.page.posted', { ago: formatDaysAgo(job.publishedAt, language) })
    : t('jobs.page.created', { ago: formatDaysAgo(job.createdAt, language) });
  const expiry =
    job.state === 'EXPIRED'
      ? t('jobs.page.expired', { date: formatDate(job.expiresAt, language) })
      : job.state !== 'CLOSED'
        ? t('jobs.page.expires', { date: formatDate(job.expiresAt, language) })
        : null;
  return (
    <Text size="sm" c="dimmed">
      {[posted, expiry].filter(Boolean).join(' · ')}
    </Text>
  );
}

/** A job posting, open to anonymous visitors: what the job is, how to apply, how to share it. */
export default function JobPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const { data, loading } = useQuery(JobPostingQuery, { variables: { id } });
  const job = data?.jobPosting;
  useDocumentTitle(job ? `${job.title} – ${job.company.name}` : t('jobs.page.title'));

  if (loading && !job) return <PageLoader />;
  if (!job) return <NotFoundPage />;
  const takesNoApplications = job.state === 'CLOSED' || job.state === 'EXPIRED';
  return (
    <Stack maw={860} mx="auto">
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4}>
              <Title order={1} fz="h2">
                {job.title}
              </Title>
              <Anchor component={Link} to={`/company/${job.company.slug}`} fw={600}>
                {job.company.name}
              </Anchor>
              <Dates job={job} />
            </Stack>
            {job.state !== 'OPEN' && <JobStateBadge state={job.state} />}
          </Group>
          {takesNoApplications && (
            <Alert color="orange" role="status">
              {t('jobs.page.noApplications')}
            </Alert>
          )}
          {job.state === 'DRAFT' && <Alert color="gray">{t('jobs.page.draftNotice')}</Alert>}
          <Group gap="sm" data-testid="job-actions">
            {job.state !== 'DRAFT' && <ApplyAction posting={job} />}
            {viewer && job.state !== 'DRAFT' && <SaveJobButton jobPostingId={job.id} saved={job.viewerHasSaved} />}
            {job.viewerCanManage && (
              <Button
                component={Link}
                to={`/jobs/${job.id}/applicants`}
                variant="light"
                leftSection={<IconUsers size={16} />}
              >
                {t('jobs.page.applicants', { count: job.applicantsCount })}
              </Button>
            )}
            {job.applyUrl && job.state === 'OPEN' && (
              <Button
                component="a"
                href={job.applyUrl}
                target="_blank"
                rel="noopener noreferrer nofollow"
                rightSection={<IconExternalLink size={16} />}
              >
                {t('jobs.page.applyExternal')}
              </Button>
            )}
          </Group>
          {job.viewerCanManage && <JobManagerActions job={job} />}
          <JobFacts job={job} />
        </Stack>
      </Card>
      <Card withBorder padding="lg">
        <Title order={2} fz="h4" mb="sm">
          {t('jobs.page.description')}
        </Title>
        <Typography>
          {/* Sanitized by the API: only formatting tags and safe links remain. */}
          <div data-testid="job-description" dangerouslySetInnerHTML={{ __html: job.descriptionHtml }} />
        </Typography>
        {job.skills.length > 0 && (
          <>
            <Title order={3} fz="h5" mt="lg" mb="xs">
              {t('jobs.page.skills')}
            </Title>
            <Group gap="xs">
              {job.skills.map((skill) => (
                <Badge key={skill.name} size="lg" tt="none" variant="light">
                  {skill.name}
                </Badge>
              ))}
            </Group>
          </>
        )}
      </Card>
      {job.state !== 'DRAFT' && <ShareJob shareText={job.shareText} />}
    </Stack>
  );
}
