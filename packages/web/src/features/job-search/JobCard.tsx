import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JobCardFieldsFragment } from '../../gql/graphql';
import { formatPostedAgo, formatSalaryRange } from './jobFormat';
import { SaveJobButton } from './SaveJobButton';

/** One posting in a list: what a job seeker scans before opening it. */
export function JobCard({
  job,
  signedIn,
  children,
}: {
  job: JobCardFieldsFragment;
  signedIn: boolean;
  /** Below the facts, such as why it is recommended. */
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const place = [job.location.city, job.location.region].filter(Boolean).join(', ');
  return (
    <Card withBorder padding="md" component="article">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={`/jobs/${job.id}`} fw={600} fz="lg">
            {job.title}
          </Anchor>
          <Text size="sm">{job.company.name}</Text>
          <Text size="sm" c="dimmed">
            {[place, t(`workplaceTypes.${job.workplaceType}`)].filter(Boolean).join(' · ')}
          </Text>
          <Group gap="xs">
            <Badge variant="light">{t(`contractTypes.${job.contractType}`)}</Badge>
            {job.state !== 'OPEN' && <Badge color="gray">{t(`jobs.states.${job.state}`)}</Badge>}
            {job.salary && (
              <Text size="sm">
                {t(`jobSearch.salary.${job.salary.period}`, { amount: formatSalaryRange(job.salary, i18n.language) })}
              </Text>
            )}
          </Group>
          {job.publishedAt && (
            <Text size="xs" c="dimmed">
              {t('jobSearch.postedAgo', { ago: formatPostedAgo(job.publishedAt, i18n.language) })}
            </Text>
          )}
          {children}
        </Stack>
        {signedIn && <SaveJobButton jobPostingId={job.id} saved={job.viewerHasSaved} />}
      </Group>
    </Card>
  );
}
