import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Stack, Text, Title } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CompanyPageQuery } from '../../gql/graphql';
import { PersonRow } from '../network/PersonRow';
import { PageLoader } from '../shell/PageLoader';
import { CompanyTeam } from './CompanyTeam';
import { CompanyEmployeesQuery } from './operations';

type Company = NonNullable<CompanyPageQuery['company']>;

/** "3 of your connections work here", then the first few, each linking to their profile, and how many more. */
export function ConnectionsWorkingHere({ connections }: { connections: Company['connectionsWorkingHere'] }) {
  const { t } = useTranslation();
  if (connections.totalCount === 0) return null;
  const others = connections.totalCount - connections.members.length;
  return (
    <Stack gap={2} data-testid="connections-working-here">
      <Text size="sm" fw={600}>
        <IconUsers size={14} aria-hidden style={{ verticalAlign: 'middle', marginInlineEnd: 4 }} />
        {t('companies.people.connectionsCount', { count: connections.totalCount })}
      </Text>
      <Text size="sm">
        {connections.members.map((member, i) => (
          <Fragment key={member.id}>
            {i > 0 && ', '}
            <Anchor component={Link} to={`/in/${member.handle}`} size="sm">
              {member.displayName}
            </Anchor>
          </Fragment>
        ))}
        {others > 0 && ` ${t('companies.people.andOthers', { count: others })}`}
      </Text>
    </Stack>
  );
}

/** The People tab: who works here (as each reader may see them), with the viewer's connections first named. */
export function CompanyPeopleTab({ company }: { company: Company }) {
  const { t } = useTranslation();
  const { data, loading, fetchMore } = useQuery(CompanyEmployeesQuery, { variables: { slug: company.slug } });
  const employees = data?.company?.employees;
  return (
    <Stack>
      {company.viewerRole && <CompanyTeam company={company} />}
      <Card withBorder padding="lg">
        <Stack>
          <Title order={2} fz="h4">
            {t('companies.people.employees', { count: company.employeeCount })}
          </Title>
          <ConnectionsWorkingHere connections={company.connectionsWorkingHere} />
          {loading && !employees ? (
            <PageLoader />
          ) : employees?.edges.length ? (
            <Stack gap="md">
              {employees.edges.map(({ cursor, title, node }) => (
                <PersonRow
                  key={cursor}
                  person={node}
                  details={
                    node.currentPosition ? undefined : (
                      <Text size="sm" c="dimmed">
                        {title}
                      </Text>
                    )
                  }
                />
              ))}
            </Stack>
          ) : (
            <Text c="dimmed">{t('companies.people.none')}</Text>
          )}
          {employees?.pageInfo.hasNextPage && (
            <Button
              variant="subtle"
              onClick={() => void fetchMore({ variables: { after: employees.pageInfo.endCursor } })}
            >
              {t('companies.people.more')}
            </Button>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
