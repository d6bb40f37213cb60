import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { JobCard } from '../job-search/JobCard';
import { CompanyJobsQuery } from './operations';

interface Props {
  company: { slug: string; viewerRole?: string | null };
  signedIn: boolean;
}

/** The careers tab: the company's open postings, newest first, and "Post a job" for its recruiters. */
export function CompanyJobsTab({ company, signedIn }: Props) {
  const { t } = useTranslation();
  const { data, fetchMore, loading } = useQuery(CompanyJobsQuery, { variables: { slug: company.slug } });
  const jobs = data?.company?.jobs;
  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed">{jobs && t('companies.jobs.count', { count: jobs.totalCount })}</Text>
        {company.viewerRole && (
          <Button component={Link} to={`/jobs/new?company=${company.slug}`} leftSection={<IconPlus size={16} />}>
            {t('companies.jobs.post')}
          </Button>
        )}
      </Group>
      {jobs?.edges.map(({ node }) => (
        <JobCard key={node.id} job={node} signedIn={signedIn} />
      ))}
      {jobs?.pageInfo.hasNextPage && (
        <Button
          variant="default"
          loading={loading}
          onClick={() => void fetchMore({ variables: { after: jobs.pageInfo.endCursor } })}
        >
          {t('companies.jobs.more')}
        </Button>
      )}
    </Stack>
  );
}
