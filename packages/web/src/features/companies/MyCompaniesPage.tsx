import { useQuery } from '@apollo/client/react';
import { Anchor, Avatar, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../shell/PageLoader';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { MyCompaniesQuery } from './operations';

/** /companies: the pages the member runs or recruits for, with their role, and the way to create one. */
export default function MyCompaniesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('companies.mine.title'));
  const { data, loading } = useQuery(MyCompaniesQuery);
  const companies = data?.myCompanies.nodes ?? [];
  return (
    <Stack maw={760} mx="auto">
      <Group justify="space-between">
        <Title order={1} fz="h2">
          {t('companies.mine.title')}
        </Title>
        <Button component={Link} to="/companies/new" leftSection={<IconPlus size={16} />}>
          {t('companies.menu.create')}
        </Button>
      </Group>
      {loading && !data ? (
        <PageLoader />
      ) : (
        <Card withBorder padding="lg">
          {companies.length === 0 ? (
            <Text c="dimmed">{t('companies.mine.none')}</Text>
          ) : (
            <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {companies.map((company) => (
                <Group key={company.id} component="li" gap="sm" wrap="nowrap">
                  <Avatar src={company.logo?.url ?? null} radius="sm" color="carnet" alt="" aria-hidden>
                    {company.name[0]}
                  </Avatar>
                  <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
                    <Anchor component={Link} to={`/company/${company.slug}`} fw={600}>
                      {company.name}
                    </Anchor>
                    {company.industry && (
                      <Text size="sm" c="dimmed">
                        {company.industry}
                      </Text>
                    )}
                  </Stack>
                  {company.viewerRole && <Badge variant="light">{t(`companies.roles.${company.viewerRole}`)}</Badge>}
                </Group>
              ))}
            </Stack>
          )}
        </Card>
      )}
    </Stack>
  );
}
