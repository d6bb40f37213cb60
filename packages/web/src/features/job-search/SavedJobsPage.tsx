import { useQuery } from '@apollo/client/react';
import { Button, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { JobCard } from './JobCard';
import { JobsNav } from './JobsNav';
import { SavedJobsQuery } from './operations';

/** The member's saved jobs, the most recently saved first; closed and expired ones keep their badge. */
export default function SavedJobsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('jobSearch.saved.title'));
  const { data, loading, fetchMore } = useQuery(SavedJobsQuery, { fetchPolicy: 'cache-and-network' });
  const [loadingMore, setLoadingMore] = useState(false);
  const saved = data?.savedJobs;
  const showMore = async () => {
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: saved?.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          savedJobs: {
            ...fetchMoreResult.savedJobs,
            edges: [...previous.savedJobs.edges, ...fetchMoreResult.savedJobs.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };
  return (
    <Stack maw={800} mx="auto" gap="md">
      <Title order={1} fz="h2">
        {t('jobSearch.saved.title')}
      </Title>
      <JobsNav />
      {loading && !saved && <Loader mx="auto" />}
      {saved && saved.edges.length === 0 && <Text c="dimmed">{t('jobSearch.saved.none')}</Text>}
      {saved?.edges.map((edge) => (
        <JobCard key={edge.node.id} job={edge.node} signedIn />
      ))}
      {saved?.pageInfo.hasNextPage && (
        <Button variant="default" loading={loadingMore} onClick={() => void showMore()}>
          {t('jobSearch.results.showMore')}
        </Button>
      )}
    </Stack>
  );
}
