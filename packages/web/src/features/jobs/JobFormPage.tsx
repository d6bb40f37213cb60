import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import NotFoundPage from '../not-found/NotFoundPage';
import { PageLoader } from '../shell/PageLoader';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { JobForm } from './JobForm';
import { CompanyToPostForQuery, JobPostingQuery } from './operations';

const RECRUITING_ROLES = ['ADMIN', 'RECRUITER'];

function NotAllowed({ company }: { company: string }) {
  const { t } = useTranslation();
  return <Alert color="orange">{t('jobs.form.notRecruiter', { company })}</Alert>;
}

function NewJob({ slug }: { slug: string }) {
  const { data, loading } = useQuery(CompanyToPostForQuery, { variables: { slug } });
  const company = data?.company;
  if (loading && !company) return <PageLoader />;
  if (!company) return <NotFoundPage />;
  if (!RECRUITING_ROLES.includes(company.viewerRole ?? '')) return <NotAllowed company={company.name} />;
  return <JobForm company={company} />;
}

function EditJob({ id }: { id: string }) {
  const { data, loading } = useQuery(JobPostingQuery, { variables: { id } });
  const job = data?.jobPosting;
  if (loading && !job) return <PageLoader />;
  if (!job) return <NotFoundPage />;
  if (!job.viewerCanManage) return <NotAllowed company={job.company.name} />;
  return <JobForm company={job.company} job={job} />;
}

/** /jobs/new?company=<slug> writes a posting for that company; /jobs/<id>/edit changes one. */
export default function JobFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params] = useSearchParams();
  const slug = params.get('company');
  useDocumentTitle(t(id ? 'jobs.form.editTitle' : 'jobs.form.newTitle'));
  return (
    <Stack maw={860} mx="auto">
      {id ? (
        <EditJob id={id} />
      ) : slug ? (
        <NewJob slug={slug} />
      ) : (
        <Alert color="blue">
          <Anchor component={Link} to="/recruiter">
            {t('jobs.form.noCompany')}
          </Anchor>
        </Alert>
      )}
    </Stack>
  );
}
