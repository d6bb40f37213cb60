import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CompanyFieldsFragment } from '../../gql/graphql';

/** The About tab: the description as its admins wrote it (plain text, line breaks kept) and the other locations. */
export function CompanyAbout({ company }: { company: CompanyFieldsFragment }) {
  const { t } = useTranslation();
  const empty = !company.description && company.locations.length === 0;
  return (
    <Card withBorder padding="lg">
      <Stack>
        {company.description && (
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="company-description">
            {company.description}
          </Text>
        )}
        {company.locations.length > 0 && (
          <Stack gap="xs">
            <Title order={2} fz="h5">
              {t('companies.about.locations')}
            </Title>
            <Group gap="xs">
              {company.locations.map((location) => (
                <Badge key={location} variant="light" tt="none">
                  {location}
                </Badge>
              ))}
            </Group>
          </Stack>
        )}
        {empty && <Text c="dimmed">{t('companies.about.empty')}</Text>}
      </Stack>
    </Card>
  );
}
