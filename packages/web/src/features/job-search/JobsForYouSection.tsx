import { useQuery } from '@apollo/client/react';
import { List, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { JobCard } from './JobCard';
import { JobsForYouQuery } from './operations';

/** Recommendations for the signed-in member, each with why (worded by the API in the reader's language). */
export function JobsForYouSection() {
  const { t } = useTranslation();
  const { data } = useQuery(JobsForYouQuery);
  const edges = data?.jobsForYou.edges ?? [];
  if (!edges.length) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="jobs-for-you">
      <Title order={2} fz="h4" id="jobs-for-you">
        {t('jobSearch.forYou.title')}
      </Title>
      {edges.map((edge) => (
        <JobCard key={edge.node.id} job={edge.node} signedIn>
          <List size="sm" c="teal.8" aria-label={t('jobSearch.forYou.why')}>
            {edge.reasons.map((reason) => (
              <List.Item key={reason.kind}>{reason.text}</List.Item>
            ))}
          </List>
        </JobCard>
      ))}
      <Title order={2} fz="h4">
        {t('jobSearch.forYou.allJobs')}
      </Title>
    </Stack>
  );
}
