import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { CompanyForm } from './CompanyForm';

/** /companies/new: a member creates a company page and becomes its admin. */
export default function CreateCompanyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('companies.create.title'));
  return (
    <Stack maw={760} mx="auto">
      <Title order={1} fz="h2">
        {t('companies.create.title')}
      </Title>
      <Text c="dimmed">{t('companies.create.intro')}</Text>
      <Card withBorder padding="lg">
        <CompanyForm
          onDone={(company) => void navigate(`/company/${company.slug}`)}
          onCancel={() => void navigate(-1)}
        />
      </Card>
    </Stack>
  );
}
