import { OPEN_TO_WORK_CONTRACT_TYPES } from '@carnet/shared';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, MultiSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractType, WorkplaceType } from '../../gql/graphql';
import { PersonRow } from '../network/PersonRow';
import { PageLoader } from '../shell/PageLoader';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { CandidatesQuery } from './operations';

const WORKPLACES: WorkplaceType[] = ['ON_SITE', 'HYBRID', 'REMOTE'];

interface Search {
  query: string;
  contractTypes: ContractType[];
  workplaceTypes: WorkplaceType[];
  location: string;
}

const EMPTY: Search = { query: '', contractTypes: [], workplaceTypes: [], location: '' };

/** Recruiters search the members who say they are open to work, as each of them allows. */
export default function CandidatesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('applications.candidates.title'));
  const [search, setSearch] = useState<Search>(EMPTY);
  const form = useForm<Search>({ initialValues: EMPTY });
  const variables = {
    query: search.query || null,
    filters: {
      contractTypes: search.contractTypes,
      workplaceTypes: search.workplaceTypes,
      location: search.location || null,
    },
  };
  const { data, previousData, error, loading, fetchMore } = useQuery(CandidatesQuery, { variables });
  const forbidden = CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'FORBIDDEN');
  const candidates = (data ?? previousData)?.openToWorkCandidates;

  return (
    <Stack maw={860} mx="auto">
      <Title order={1} fz="h2">
        {t('applications.candidates.title')}
      </Title>
      {forbidden ? (
        <Alert color="yellow" title={t('applications.candidates.forbiddenTitle')}>
          {t('applications.candidates.forbidden')}
        </Alert>
      ) : (
        <>
          <Card withBorder>
            <form onSubmit={form.onSubmit((values) => setSearch(values))}>
              <Stack>
                <TextInput
                  label={t('applications.candidates.query')}
                  placeholder={t('applications.candidates.queryPlaceholder')}
                  leftSection={<IconSearch size={16} />}
                  {...form.getInputProps('query')}
                />
                <Group grow wrap="wrap" align="flex-start">
                  <MultiSelect
                    label={t('applications.candidates.contractTypes')}
                    data={OPEN_TO_WORK_CONTRACT_TYPES.map((type) => ({
                      value: type,
                      label: t(`contractTypes.${type}`),
                    }))}
                    miw={200}
                    {...form.getInputProps('contractTypes')}
                  />
                  <MultiSelect
                    label={t('applications.candidates.workplaceTypes')}
                    data={WORKPLACES.map((type) => ({ value: type, label: t(`workplaceTypes.${type}`) }))}
                    miw={200}
                    {...form.getInputProps('workplaceTypes')}
                  />
                  <TextInput
                    label={t('applications.candidates.location')}
                    miw={200}
                    {...form.getInputProps('location')}
                  />
                </Group>
                <Group justify="flex-end">
                  <Button type="submit" loading={loading}>
                    {t('applications.candidates.search')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Card>
          {!candidates ? (
            error ? (
              <Alert color="red">{t('errors.generic')}</Alert>
            ) : (
              <PageLoader />
            )
          ) : (
            <>
              <Text c="dimmed" aria-live="polite">
                {t('applications.candidates.count', { count: candidates.totalCount })}
              </Text>
              {candidates.edges.map(({ node }) => (
                <Card key={node.id} withBorder>
                  <PersonRow
                    person={node}
                    details={
                      node.openToWork && (
                        <Text size="sm" c="green.8">
                          {t('applications.candidates.looking', { titles: node.openToWork.jobTitles.join(', ') })}
                          {node.openToWork.locations.length > 0 && ` · ${node.openToWork.locations.join(', ')}`}
                        </Text>
                      )
                    }
                  />
                </Card>
              ))}
              {candidates.pageInfo.hasNextPage && (
                <Button
                  variant="default"
                  onClick={() => void fetchMore({ variables: { after: candidates.pageInfo.endCursor } })}
                >
                  {t('applications.more')}
                </Button>
              )}
            </>
          )}
        </>
      )}
    </Stack>
  );
}
