import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, ScrollArea, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ApplicationStage } from '../../gql/graphql';
import { PageLoader } from '../shell/PageLoader';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { ApplicantCard } from './ApplicantCard';
import { ApplicantsQuery } from './operations';

const ALL = 'ALL';

function isForbidden(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'FORBIDDEN');
}

/** A posting's applicants for its recruiters: one tab per stage with its count, newest applications first. */
export default function ApplicantsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [tab, setTab] = useState<string>(ALL);
  const stages = tab === ALL ? null : [tab as ApplicationStage];
  const { data, previousData, error, fetchMore } = useQuery(ApplicantsQuery, { variables: { id, stages } });
  const posting = (data ?? previousData)?.jobPosting;
  useDocumentTitle(t('applications.applicants.title', { title: posting?.title ?? '' }));
  if (isForbidden(error)) {
    return (
      <Alert color="yellow" maw={760} mx="auto" title={t('applications.applicants.forbiddenTitle')}>
        {t('applications.applicants.forbidden')}
      </Alert>
    );
  }
  if (!posting) return data ? <Text>{t('applications.applicants.notFound')}</Text> : <PageLoader />;
  const { applicants } = posting;
  const total = applicants.stageCounts?.reduce((sum, { count }) => sum + count, 0) ?? 0;

  return (
    <Stack maw={860} mx="auto">
      <div>
        <Title order={1} fz="h2">
          {t('applications.applicants.heading')}
        </Title>
        <Anchor component={Link} to={`/jobs/${posting.id}`}>
          {posting.title}
        </Anchor>
        <Text size="sm" c="dimmed">
          {posting.company.name}
        </Text>
      </div>
      <Tabs value={tab} onChange={(value) => setTab(value ?? ALL)} keepMounted={false}>
        <ScrollArea type="auto" offsetScrollbars>
          <Tabs.List style={{ flexWrap: 'nowrap' }}>
            <Tabs.Tab
              value={ALL}
              rightSection={
                <Badge size="xs" variant="light">
                  {total}
                </Badge>
              }
            >
              {t('applications.applicants.all')}
            </Tabs.Tab>
            {(applicants.stageCounts ?? []).map(({ stage, count }) => (
              <Tabs.Tab
                key={stage}
                value={stage}
                rightSection={
                  <Badge size="xs" variant="light">
                    {count}
                  </Badge>
                }
              >
                {t(`applications.stage.${stage}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </ScrollArea>
      </Tabs>
      {applicants.edges.length === 0 && <Text c="dimmed">{t('applications.applicants.empty')}</Text>}
      {applicants.edges.map(({ node }) => (
        <ApplicantCard key={node.id} application={node} />
      ))}
      {applicants.pageInfo.hasNextPage && (
        <Button
          variant="default"
          onClick={() => void fetchMore({ variables: { after: applicants.pageInfo.endCursor } })}
        >
          {t('applications.more')}
        </Button>
      )}
    </Stack>
  );
}
