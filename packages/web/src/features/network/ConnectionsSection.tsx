import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, SegmentedControl, Stack, Text, TextInput, Title, Badge } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import type { ConnectionSort } from '../../gql/graphql';
import { PersonRow } from './PersonRow';
import type { Payload } from './useNetworkAction';
import { NETWORK_QUERIES, RemoveConnectionMutation, SearchConnectionsQuery } from './operations';

/** Where the API serves the viewer's connections as a spreadsheet (the session cookie authenticates it). */
export const CONNECTIONS_CSV_URL = '/exports/connections.csv';

/** My connections: search by name, headline, title or company, sort, load more, remove, download as CSV. */
export function ConnectionsSection({ run }: { run: (mutate: () => Promise<Payload>) => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<ConnectionSort>('RECENT');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const { data, fetchMore } = useQuery(SearchConnectionsQuery, {
    variables: { query: debounced || null, sort },
  });
  const [remove] = useMutation(RemoveConnectionMutation, {
    refetchQueries: NETWORK_QUERIES,
    awaitRefetchQueries: true,
  });
  const page = data?.viewer?.searchConnections;
  const title = t('network.connections');

  return (
    <Card withBorder padding="lg" component="section" aria-label={title}>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Group gap="xs">
          <Title order={2} fz="h4">
            {title}
          </Title>
          {page && <Badge variant="light">{page.totalCount}</Badge>}
        </Group>
        <Button
          component="a"
          href={CONNECTIONS_CSV_URL}
          download
          variant="default"
          size="xs"
          leftSection={<IconDownload size={14} />}
        >
          {t('network.search.download')}
        </Button>
      </Group>
      <Stack gap="md">
        <Group wrap="wrap" gap="sm">
          <TextInput
            style={{ flex: 1, minWidth: 200 }}
            leftSection={<IconSearch size={16} />}
            aria-label={t('network.search.label')}
            placeholder={t('network.search.placeholder')}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
          />
          <SegmentedControl
            aria-label={t('network.search.sort')}
            value={sort}
            onChange={(value) => setSort(value as ConnectionSort)}
            data={[
              { value: 'RECENT', label: t('network.search.RECENT') },
              { value: 'NAME', label: t('network.search.NAME') },
            ]}
          />
        </Group>
        {page && page.totalCount === 0 && (
          <Text c="dimmed">{debounced ? t('network.search.noMatch') : t('network.noneConnected')}</Text>
        )}
        {page?.edges.map(({ node, connectedAt }) => (
          <PersonRow
            key={node.id}
            person={node}
            details={
              <Text size="xs" c="dimmed">
                {t('network.connectedOn', { date: formatDate(connectedAt, i18n.language) })}
              </Text>
            }
          >
            <Button
              size="xs"
              variant="subtle"
              color="red"
              aria-label={t('network.removeNamed', { name: node.displayName })}
              onClick={() =>
                run(async () => (await remove({ variables: { memberId: node.id } })).data?.removeConnection)
              }
            >
              {t('network.remove')}
            </Button>
          </PersonRow>
        ))}
        {page?.pageInfo.hasNextPage && (
          <Button variant="subtle" onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}>
            {t('network.search.more')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
