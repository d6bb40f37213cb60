import { useMutation } from '@apollo/client/react';
import {
  CONTRACT_TYPES,
  CONTRACTS_WITH_MONTHS,
  CURRENCIES,
  JOB_FUNCTIONS,
  JOB_LIMITS,
  SALARY_PERIODS,
  SENIORITY_LEVELS,
  WORKPLACE_TYPES,
} from '@carnet/shared';
import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
  Text,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type {
  ContractType,
  JobFunction,
  JobPostingDetailsFragment,
  WorkplaceType,
  SalaryPeriod,
  SeniorityLevel,
} from '../../gql/graphql';
import { FormAlerts, useUserErrorForm } from '../forms/useUserErrorForm';
import { SkillTagsInput } from '../profile/SkillTagsInput';
import { DescriptionEditor } from './DescriptionEditor';
import { CreateJobPostingMutation, PublishJobPostingMutation, UpdateJobPostingMutation } from './operations';
import { ScreeningQuestionsEditor, type QuestionDraft } from './ScreeningQuestionsEditor';

const DAY_MS = 86_400_000;

interface FormValues {
  title: string;
  descriptionHtml: string;
  location: { city: string; region: string; country: string };
  workplaceType: WorkplaceType;
  contractType: ContractType;
  contractMonths: number | string;
  seniority: string | null;
  jobFunction: string | null;
  skills: string[];
  salary: { min: number | string; max: number | string; currency: string; period: SalaryPeriod };
  startDate: string;
  openings: number | string;
  applyOn: 'CARNET' | 'ELSEWHERE';
  applyUrl: string;
  /** YYYY-MM-DD, a day in the reader's time zone. */
  expiresAt: string;
  screeningQuestions: QuestionDraft[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
const daysFromNow = (days: number) => localDay(new Date(Date.now() + days * DAY_MS));
/** The posting stays open through the whole chosen day. */
const endOfDay = (day: string) => new Date(`${day}T23:59:59`).toISOString();
const numberOrNull = (value: number | string) => (value === '' ? null : Number(value));
const textOrNull = (value: string) => value.trim() || null;

function initialValues(job?: JobPostingDetailsFragment): FormValues {
  return {
    title: job?.title ?? '',
    descriptionHtml: job?.descriptionHtml ?? '',
    location: {
      city: job?.location.city ?? '',
      region: job?.location.region ?? '',
      country: job?.location.country ?? 'FR',
    },
    workplaceType: job?.workplaceType ?? 'ON_SITE',
    contractType: job?.contractType ?? 'CDI',
    contractMonths: job?.contractMonths ?? '',
    seniority: job?.seniority ?? null,
    jobFunction: job?.jobFunction ?? null,
    skills: job?.skills.map((skill) => skill.name) ?? [],
    salary: {
      min: job?.salary?.min ?? '',
      max: job?.salary?.max ?? '',
      currency: job?.salary?.currency ?? 'EUR',
      period: job?.salary?.period ?? 'YEAR',
    },
    startDate: job?.startDate ?? '',
    openings: job?.openings ?? 1,
    applyOn: job?.applyUrl ? 'ELSEWHERE' : 'CARNET',
    applyUrl: job?.applyUrl ?? '',
    expiresAt: job ? localDay(new Date(job.expiresAt)) : daysFromNow(JOB_LIMITS.expiryDaysDefault),
    screeningQuestions: (job?.screeningQuestions ?? []).map((question) => ({ ...question, key: question.id })),
  };
}

/** The fields of the API's input; the expiry only when it was chosen, so an edit keeps the current one. */
function postingFields(values: FormValues, sendExpiry: boolean) {
  const { salary } = values;
  const hasSalary = salary.min !== '' || salary.max !== '';
  return {
    title: values.title,
    descriptionHtml: values.descriptionHtml,
    location: {
      city: textOrNull(values.location.city),
      region: textOrNull(values.location.region),
      country: textOrNull(values.location.country),
    },
    workplaceType: values.workplaceType,
    contractType: values.contractType,
    contractMonths: CONTRACTS_WITH_MONTHS.includes(values.contractType) ? numberOrNull(values.contractMonths) : null,
    seniority: values.seniority as SeniorityLevel | null,
    jobFunction: values.jobFunction as JobFunction | null,
    skills: values.skills,
    salary: hasSalary
      ? {
          min: numberOrNull(salary.min),
          max: numberOrNull(salary.max),
          currency: salary.currency,
          period: salary.period,
        }
      : null,
    startDate: textOrNull(values.startDate),
    openings: Number(values.openings) || 0,
    applyUrl: values.applyOn === 'ELSEWHERE' ? values.applyUrl : null,
    expiresAt: sendExpiry ? endOfDay(values.expiresAt) : null,
    screeningQuestions: values.screeningQuestions.map(({ id, kind, prompt, required }) => ({
      id,
      kind,
      prompt,
      required,
    })),
  };
}

interface Props {
  company: { id: string; name: string };
  /** The posting being edited; a new one when absent. */
  job?: JobPostingDetailsFragment;
}

/** Writing a posting: every field, server errors next to them, saved as a draft or published. */
export function JobForm({ company, job }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm<FormValues>({ initialValues: initialValues(job) });
  const { formErrors, send } = useUserErrorForm(form);
  const [create, creating] = useMutation(CreateJobPostingMutation, { refetchQueries: ['ManagedJobPostings'] });
  const [update, updating] = useMutation(UpdateJobPostingMutation, { refetchQueries: ['ManagedJobPostings'] });
  const [publish, publishing] = useMutation(PublishJobPostingMutation);
  const { values } = form;
  const choices = (values: object, prefix: string) =>
    Object.keys(values).map((value) => ({ value, label: t(`${prefix}.${value}`) }));

  const save = (andPublish: boolean) =>
    form.onSubmit(async () => {
      const fields = postingFields(values, !job || form.isDirty('expiresAt'));
      const saved = job
        ? await send(
            async () => (await update({ variables: { input: { ...fields, id: job.id } } })).data?.updateJobPosting,
          )
        : await send(
            async () =>
              (await create({ variables: { input: { ...fields, companyId: company.id, publish: andPublish } } })).data
                ?.createJobPosting,
          );
      const id = saved?.jobPosting?.id;
      if (!id) return;
      if (job?.state === 'DRAFT' && andPublish) {
        const published = await send(
          async () => (await publish({ variables: { input: { id } } })).data?.publishJobPosting,
        );
        if (!published) return;
      }
      void navigate(`/jobs/${id}`);
    });

  const withMonths = CONTRACTS_WITH_MONTHS.includes(values.contractType);
  const busy = creating.loading || updating.loading || publishing.loading;
  return (
    <form onSubmit={save(!job)} noValidate>
      <Stack>
        <Stack gap={0}>
          <Title order={1} fz="h2">
            {t(job ? 'jobs.form.editTitle' : 'jobs.form.newTitle')}
          </Title>
          <Text c="dimmed">{t('jobs.form.forCompany', { company: company.name })}</Text>
        </Stack>
        <FormAlerts messages={formErrors} />
        <TextInput
          label={t('jobs.form.title')}
          required
          maxLength={JOB_LIMITS.title}
          {...form.getInputProps('title')}
        />
        <DescriptionEditor
          value={values.descriptionHtml}
          onChange={(html) => form.setFieldValue('descriptionHtml', html)}
          error={form.errors.descriptionHtml as string | undefined}
        />
        <Fieldset legend={t('jobs.form.where')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('jobs.form.workplaceType')}
              data={choices(WORKPLACE_TYPES, 'workplaceTypes')}
              allowDeselect={false}
              {...form.getInputProps('workplaceType')}
            />
            <TextInput label={t('jobs.form.city')} {...form.getInputProps('location.city')} />
            <TextInput label={t('jobs.form.region')} {...form.getInputProps('location.region')} />
            <TextInput label={t('jobs.form.country')} maxLength={2} {...form.getInputProps('location.country')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('jobs.form.contract')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('jobs.form.contractType')}
              data={choices(CONTRACT_TYPES, 'contractTypes')}
              allowDeselect={false}
              {...form.getInputProps('contractType')}
            />
            {withMonths && (
              <NumberInput
                label={t('jobs.form.contractMonths')}
                min={1}
                max={JOB_LIMITS.cddMonthsMax}
                allowDecimal={false}
                {...form.getInputProps('contractMonths')}
              />
            )}
            <Select
              label={t('jobs.form.seniority')}
              data={choices(SENIORITY_LEVELS, 'jobs.seniority')}
              clearable
              {...form.getInputProps('seniority')}
            />
            <Select
              label={t('jobs.form.jobFunction')}
              data={choices(JOB_FUNCTIONS, 'jobs.functions')}
              searchable
              clearable
              {...form.getInputProps('jobFunction')}
            />
            <TextInput type="date" label={t('jobs.form.startDate')} {...form.getInputProps('startDate')} />
            <NumberInput
              label={t('jobs.form.openings')}
              min={1}
              max={JOB_LIMITS.openingsMax}
              allowDecimal={false}
              {...form.getInputProps('openings')}
            />
          </SimpleGrid>
        </Fieldset>
        <SkillTagsInput
          label={t('jobs.form.skills')}
          description={t('jobs.form.skillsHint', { max: JOB_LIMITS.skills })}
          maxTags={JOB_LIMITS.skills}
          clearable
          {...form.getInputProps('skills')}
        />
        <Fieldset legend={t('jobs.form.salary')}>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <NumberInput
              label={t('jobs.form.salaryMin')}
              min={1}
              allowDecimal={false}
              thousandSeparator=" "
              {...form.getInputProps('salary.min')}
            />
            <NumberInput
              label={t('jobs.form.salaryMax')}
              min={1}
              allowDecimal={false}
              thousandSeparator=" "
              {...form.getInputProps('salary.max')}
            />
            <Select
              label={t('jobs.form.currency')}
              data={[...CURRENCIES]}
              allowDeselect={false}
              {...form.getInputProps('salary.currency')}
            />
            <Select
              label={t('jobs.form.period')}
              data={choices(SALARY_PERIODS, 'jobs.periodChoices')}
              allowDeselect={false}
              {...form.getInputProps('salary.period')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('jobs.form.apply')}>
          <Stack gap="sm">
            <SegmentedControl
              data={[
                { value: 'CARNET', label: t('jobs.form.applyOnCarnet') },
                { value: 'ELSEWHERE', label: t('jobs.form.applyElsewhere') },
              ]}
              {...form.getInputProps('applyOn')}
            />
            {values.applyOn === 'ELSEWHERE' && (
              <TextInput
                type="url"
                label={t('jobs.form.applyUrl')}
                placeholder="https://"
                {...form.getInputProps('applyUrl')}
              />
            )}
            <TextInput
              type="date"
              label={t('jobs.form.expiresAt')}
              description={t('jobs.form.expiresHint', { days: JOB_LIMITS.expiryDaysMax })}
              min={daysFromNow(1)}
              max={daysFromNow(JOB_LIMITS.expiryDaysMax - 1)}
              {...form.getInputProps('expiresAt')}
            />
          </Stack>
        </Fieldset>
        <ScreeningQuestionsEditor
          questions={values.screeningQuestions}
          onChange={(questions) => form.setFieldValue('screeningQuestions', questions)}
          errorOf={(path) => form.errors[path] as string | undefined}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void navigate(-1)}>
            {t('jobs.form.cancel')}
          </Button>
          {job ? (
            <>
              {job.state === 'DRAFT' && (
                <Button variant="light" loading={busy} onClick={() => save(true)()}>
                  {t('jobs.form.saveAndPublish')}
                </Button>
              )}
              <Button type="submit" loading={busy}>
                {t('jobs.form.save')}
              </Button>
            </>
          ) : (
            <>
              <Button variant="default" loading={busy} onClick={() => save(false)()}>
                {t('jobs.form.saveDraft')}
              </Button>
              <Button type="submit" loading={busy}>
                {t('jobs.form.publish')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </form>
  );
}
