import { useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Grid, Group, Loader, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell, IconSearch } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useViewer } from '../auth/useViewer';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { CreateAlertModal } from './CreateAlertModal';
import { JobCard } from './JobCard';
import { JobFilters } from './JobFilters';
import { JobsForYouSection } from './JobsForYouSection';
import { JobsNav } from './JobsNav';
import { JobSearchMoreQuery, JobSearchQuery, UnseenJobAlertMatchCountQuery } from './operations';
import { hasCriteria, readSearch, toFilters, writeSearch, type JobSearchState } from './searchParams';

/** The query box: typing changes nothing until the search is submitted; a new address resets it (key). */
function SearchBox({ query, onSearch }: { query: string; onSearch: (query: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(query);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft);
  };
  return (
    <form onSubmit={submit} role="search">
      <Group align="flex-end" wrap="wrap">
        <TextInput
          style={{ flex: '1 1 240px' }}
          label={t('jobSearch.query.label')}
          placeholder={t('jobSearch.query.placeholder')}
          leftSection={<IconSearch size={16} />}
          value={draft}
          maxLength={200}
          onChange={(event) => setDraft(event.currentTarget.value)}
        />
        <Button type="submit">{t('jobSearch.query.submit')}</Button>
      </Group>
    </form>
  );
}

/** The jobs section: a search kept in the address (reload and back restore it), its filters and results. */
export default function JobSearchPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('jobSearch.title'));
  const { viewer } = useViewer();
  const signedIn = viewer !== null;
  const [params, setParams] = useSearchParams();
  const state = readSearch(params);
  const [alertOpened, alertModal] = useDisclosure(false);
  const [filtersOpened, filtersToggle] = useDisclosure(false);

  const variables = { query: state.query || null, filters: toFilters(state, signedIn), sort: state.sort };
  const { data, previousData, loading, error, fetchMore } = useQuery(JobSearchQuery, { variables });
  const unseen = useQuery(UnseenJobAlertMatchCountQuery, { skip: !signedIn });
  const [loadingMore, setLoadingMore] = useState(false);
  const result = (data ?? previousData)?.jobSearch;

  const change = (patch: Partial<JobSearchState>) => setParams(writeSearch({ ...state, ...patch }));
  const showMore = async () => {
    if (!result?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        query: JobSearchMoreQuery,
        variables: { ...variables, after: result.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          jobSearch: {
            ...previous.jobSearch,
            pageInfo: fetchMoreResult.jobSearch.pageInfo,
            edges: [...previous.jobSearch.edges, ...fetchMoreResult.jobSearch.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack maw={1100} mx="auto" gap="md">
      <Title order={1} fz="h2">
        {t('jobSearch.title')}
      </Title>
      {signedIn && <JobsNav unseen={unseen.data?.unseenJobAlertMatchCount ?? 0} />}
      <SearchBox key={state.query} query={state.query} onSearch={(query) => change({ query })} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Button
            hiddenFrom="md"
            variant="default"
            fullWidth
            mb="sm"
            onClick={filtersToggle.toggle}
            aria-expanded={filtersOpened}
          >
            {filtersOpened ? t('jobSearch.filters.hide') : t('jobSearch.filters.show')}
          </Button>
          {/* On a phone the filters fold away so that the results come first. */}
          <Box visibleFrom={filtersOpened ? undefined : 'md'}>
            <JobFilters state={state} facets={result?.facets ?? null} signedIn={signedIn} onChange={change} />
          </Box>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="sm">
            {signedIn && !hasCriteria(state) && <JobsForYouSection />}
            <Group justify="space-between" wrap="wrap">
              <Text fw={600} aria-live="polite">
                {result ? t('jobSearch.results.count', { count: result.totalCount }) : ''}
              </Text>
              <Group gap="xs" wrap="wrap">
                {signedIn && hasCriteria(state) && (
                  <Button variant="default" size="xs" leftSection={<IconBell size={14} />} onClick={alertModal.open}>
                    {t('jobSearch.alerts.createFromSearch')}
                  </Button>
                )}
                <Select
                  size="xs"
                  w={170}
                  aria-label={t('jobSearch.sort.label')}
                  value={state.sort}
                  allowDeselect={false}
                  onChange={(sort) => change({ sort: sort === 'DATE' ? 'DATE' : 'RELEVANCE' })}
                  data={[
                    { value: 'RELEVANCE', label: t('jobSearch.sort.RELEVANCE') },
                    { value: 'DATE', label: t('jobSearch.sort.DATE') },
                  ]}
                />
              </Group>
            </Group>
            {error && <Alert color="red">{t('jobSearch.results.error')}</Alert>}
            {loading && !result && <Loader mx="auto" />}
            {result && result.edges.length === 0 && <Text c="dimmed">{t('jobSearch.results.none')}</Text>}
            {result?.edges.map((edge) => (
              <JobCard key={edge.node.id} job={edge.node} signedIn={signedIn} />
            ))}
            {result?.pageInfo.hasNextPage && (
              <Button variant="default" loading={loadingMore} onClick={() => void showMore()}>
                {t('jobSearch.results.showMore')}
              </Button>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      {signedIn && (
        <CreateAlertModal
          opened={alertOpened}
          onClose={alertModal.close}
          query={state.query}
          filters={toFilters(state, signedIn)}
        />
      )}
    </Stack>
  );
}
