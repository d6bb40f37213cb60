import { useQuery } from '@apollo/client/react';
import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { useViewer } from '../auth/useViewer';
import NotFoundPage from '../not-found/NotFoundPage';
import { PageLoader } from '../shell/PageLoader';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { CompanyAbout } from './CompanyAbout';
import { CompanyHeader } from './CompanyHeader';
import { CompanyJobsTab } from './CompanyJobsTab';
import { CompanyPeopleTab } from './CompanyPeopleTab';
import { CompanyPageQuery } from './operations';

/** /company/:slug, open to visitors: the header, then About, People and Jobs tabs. */
export default function CompanyPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { viewer } = useViewer();
  const { data, loading } = useQuery(CompanyPageQuery, { variables: { slug } });
  const company = data?.company;
  useDocumentTitle(company?.name ?? t('companies.title'));

  if (loading && !company) return <PageLoader />;
  if (!company) return <NotFoundPage />;
  // The address in another case: show the page's own.
  if (company.slug !== slug) return <Navigate to={`/company/${company.slug}`} replace />;

  return (
    <Stack maw={960} mx="auto">
      <CompanyHeader company={company} signedIn={viewer !== null} />
      <Tabs defaultValue="about" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="about">{t('companies.tabs.about')}</Tabs.Tab>
          <Tabs.Tab value="people">{t('companies.tabs.people')}</Tabs.Tab>
          <Tabs.Tab value="jobs">{t('companies.tabs.jobs')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="about" pt="md">
          <CompanyAbout company={company} />
        </Tabs.Panel>
        <Tabs.Panel value="people" pt="md">
          <CompanyPeopleTab company={company} />
        </Tabs.Panel>
        <Tabs.Panel value="jobs" pt="md">
          <CompanyJobsTab company={company} signedIn={viewer !== null} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
