import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { PROFILE_VIEW_STATS_WEEKS } from '@carnet/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../format';
import type { ProfileViewsQuery as ProfileViewsData } from '../../gql/graphql';
import { PersonRow } from '../network/PersonRow';
import { PageLoader } from '../shell/PageLoader';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { ProfileViewsQuery } from './operations';
import { WeeklyViewsChart } from './WeeklyViewsChart';

type Viewer = NonNullable<NonNullable<ProfileViewsData['viewer']>['profileViews']>['edges'][number]['node']['viewer'];

/** Exactly what the viewer chose to show: them as in any list of members, their industry, or that they are private. */
function ViewerLabel({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  switch (viewer.__typename) {
    case 'Member':
      return <PersonRow person={viewer} />;
    case 'AnonymousProfileViewer':
      return (
        <Text fw={600}>
          {viewer.industry ? t('profileViews.fromIndustry', { industry: viewer.industry }) : t('profileViews.someone')}
        </Text>
      );
    default:
      return <Text fw={600}>{t('profileViews.private')}</Text>;
  }
}

export default function ProfileViewsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('profileViews.title'));
  const { data, fetchMore } = useQuery(ProfileViewsQuery, {
    variables: { weeks: PROFILE_VIEW_STATS_WEEKS.default },
  });
  const stats = data?.viewer?.profileViewStats;
  const views = data?.viewer?.profileViews;
  if (!stats || !views) return <PageLoader />;

  return (
    <Stack maw={760} mx="auto">
      <Title order={1} fz="h2">
        {t('profileViews.title')}
      </Title>
      <Card withBorder>
        <Stack>
          <Text fw={600}>{t('profileViews.total', { count: stats.total, weeks: stats.weeks.length })}</Text>
          <WeeklyViewsChart weeks={stats.weeks} />
        </Stack>
      </Card>
      <Group justify="space-between">
        <Title order={2} fz="h4">
          {t('profileViews.listTitle')}
        </Title>
        <Anchor component={Link} to="/settings/privacy" size="sm">
          {t('profileViews.howYouAppear')}
        </Anchor>
      </Group>
      {views.edges.length === 0 && <Text c="dimmed">{t('profileViews.empty')}</Text>}
      {views.edges.map(({ cursor, node }) => (
        <Card withBorder key={cursor} data-testid="profile-view">
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
            <ViewerLabel viewer={node.viewer} />
            <Text size="sm" c="dimmed">
              {formatDateTime(node.viewedAt, i18n.language)}
            </Text>
          </Group>
        </Card>
      ))}
      {views.pageInfo.hasNextPage && (
        <Button variant="subtle" onClick={() => void fetchMore({ variables: { after: views.pageInfo.endCursor } })}>
          {t('profileViews.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
