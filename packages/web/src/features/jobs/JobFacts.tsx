import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobPostingDetailsFragment } from '../../gql/graphql';
import { formatDate } from '../../format';
import { formatSalary } from './format';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

/** Where, how, what contract and for how much: the facts candidates compare first. */
export function JobFacts({ job }: { job: JobPostingDetailsFragment }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const place = [job.location.city, job.location.region, job.location.country].filter(Boolean).join(', ');
  const contract = job.contractMonths
    ? `${t(`contractTypes.${job.contractType}`)} · ${t('jobs.months', { count: job.contractMonths })}`
    : t(`contractTypes.${job.contractType}`);
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" data-testid="job-facts">
      {place && <Fact label={t('jobs.page.location')}>{place}</Fact>}
      <Fact label={t('jobs.page.workplace')}>{t(`workplaceTypes.${job.workplaceType}`)}</Fact>
      <Fact label={t('jobs.page.contract')}>{contract}</Fact>
      {job.salary && <Fact label={t('jobs.page.salary')}>{formatSalary(job.salary, language, t)}</Fact>}
      {job.seniority && <Fact label={t('jobs.page.seniority')}>{t(`jobs.seniority.${job.seniority}`)}</Fact>}
      {job.jobFunction && <Fact label={t('jobs.page.function')}>{t(`jobs.functions.${job.jobFunction}`)}</Fact>}
      <Fact label={t('jobs.page.start')}>
        {job.startDate ? formatDate(`${job.startDate}T12:00:00Z`, language) : t('jobs.page.startNow')}
      </Fact>
      <Fact label={t('jobs.page.openings')}>{job.openings}</Fact>
    </SimpleGrid>
  );
}
