import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Chip, Group, Menu, Stack, Text, Title } from '@mantine/core';
import { IconChevronDown, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JobState, ManagedJobPostingsQuery as ManagedJobPostingsData } from '../../gql/graphql';
import { MyCompaniesQuery } from '../companies/operations';
import { PageLoader } from '../shell/PageLoader';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { formatDaysAgo } from './format';
import { JobManagerActions } from './JobManagerActions';
import { JobStateBadge } from './JobStateBadge';
import { ManagedJobPostingsQuery } from './operations';

type Posting = ManagedJobPostingsData['managedJobPostings']['nodes'][number];
type Filter = JobState | 'ALL';

const FILTERS: Filter[] = ['ALL', 'DRAFT', 'OPEN', 'CLOSED', 'EXPIRED'];
const PAGE_SIZE = 20;

interface ManagedCompany {
  slug: string;
  name: string;
}

/** "Post a job": straight to the form for one company, a menu for several, creating a company page otherwise. */
function PostJobButton({ companies }: { companies: readonly ManagedCompany[] }) {
  const { t } = useTranslation();
  if (companies.length === 0) {
    return (
      <Button component={Link} to="/companies/new" variant="light" leftSection={<IconPlus size={16} />}>
        {t('jobs.dashboard.createCompany')}
      </Button>
    );
  }
  if (companies.length === 1) {
    return (
      <Button component={Link} to={`/jobs/new?company=${companies[0]!.slug}`} leftSection={<IconPlus size={16} />}>
        {t('jobs.dashboard.postJob')}
      </Button>
    );
  }
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button leftSection={<IconPlus size={16} />} rightSection={<IconChevronDown size={14} />}>
          {t('jobs.dashboard.postJob')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {companies.map((company) => (
          <Menu.Item key={company.slug} component={Link} to={`/jobs/new?company=${company.slug}`}>
            {t('jobs.dashboard.postFor', { company: company.name })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

function PostingRow({ posting }: { posting: Posting }) {
  const { t, i18n } = useTranslation();
  const when = posting.publishedAt ?? posting.createdAt;
  return (
    <Card withBorder padding="md" component="li">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Anchor component={Link} to={`/jobs/${posting.id}`} fw={600}>
              {posting.title}
            </Anchor>
            <Text size="sm" c="dimmed">
              {[
                posting.company.name,
                posting.location.city,
                t(`contractTypes.${posting.contractType}`),
                formatDaysAgo(when, i18n.language),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Stack>
          <JobStateBadge state={posting.state} />
        </Group>
        {posting.viewerCanManage && <JobManagerActions job={posting} size="xs" />}
      </Stack>
    </Card>
  );
}

/** The postings of every company the member recruits for, by state, with their quick actions. */
export default function RecruiterDashboardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('jobs.dashboard.title'));
  const [filter, setFilter] = useState<Filter>('ALL');
  const states = filter === 'ALL' ? null : [filter];
  const { data, loading, fetchMore } = useQuery(ManagedJobPostingsQuery, {
    variables: { states, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const { data: mine } = useQuery(MyCompaniesQuery);
  const list = data?.managedJobPostings;
  const companies = mine?.myCompanies.nodes ?? [];

  const more = () =>
    fetchMore({
      variables: { after: list?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        managedJobPostings: {
          ...fetchMoreResult.managedJobPostings,
          nodes: [...previous.managedJobPostings.nodes, ...fetchMoreResult.managedJobPostings.nodes],
        },
      }),
    });

  return (
    <Stack maw={960} mx="auto">
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Title order={1} fz="h2">
            {t('jobs.dashboard.title')}
          </Title>
          <Text c="dimmed">{t('jobs.dashboard.intro')}</Text>
        </Stack>
        {mine && <PostJobButton companies={companies} />}
      </Group>
      <Chip.Group value={filter} onChange={(value) => setFilter(value as Filter)}>
        <Group gap="xs" role="radiogroup" aria-label={t('jobs.dashboard.filter')}>
          {FILTERS.map((value) => (
            <Chip key={value} value={value} size="sm">
              {value === 'ALL' ? t('jobs.dashboard.all') : t(`jobs.states.${value}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {!list && loading ? (
        <PageLoader />
      ) : list && list.nodes.length > 0 ? (
        <>
          <Text size="sm" c="dimmed">
            {t('jobs.dashboard.count', { count: list.totalCount })}
          </Text>
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {list.nodes.map((posting) => (
              <PostingRow key={posting.id} posting={posting} />
            ))}
          </Stack>
          {list.pageInfo.hasNextPage && (
            <Group justify="center">
              <Button variant="default" loading={loading} onClick={() => void more()}>
                {t('jobs.dashboard.more')}
              </Button>
            </Group>
          )}
        </>
      ) : (
        <Text c="dimmed">{t('jobs.dashboard.empty')}</Text>
      )}
    </Stack>
  );
}
