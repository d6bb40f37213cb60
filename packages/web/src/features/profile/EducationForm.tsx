import { CAREER_LIMITS, normalizeEducation, validateEducation } from '@carnet/shared';
import { useMutation } from '@apollo/client/react';
import { NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ProfileFieldsFragment } from '../../gql/graphql';
import { currentLocale } from '../../i18n';
import { clientErrors } from '../auth/form-errors';
import { FormActions } from '../forms/FormActions';
import { FormAlerts, useUserErrorForm } from '../forms/useUserErrorForm';
import { MemberProfileQuery, SaveEducationMutation } from './operations';

type Education = ProfileFieldsFragment['education']['nodes'][number];

const year = (value: string | number) => (value === '' ? null : Number(value));

export function EducationForm({ education, onDone }: { education?: Education; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [save, { loading }] = useMutation(SaveEducationMutation, { refetchQueries: [MemberProfileQuery] });
  const form = useForm<{
    school: string;
    degree: string;
    fieldOfStudy: string;
    startYear: string | number;
    endYear: string | number;
    description: string;
  }>({
    initialValues: {
      school: education?.school ?? '',
      degree: education?.degree ?? '',
      fieldOfStudy: education?.fieldOfStudy ?? '',
      startYear: education?.startYear ?? '',
      endYear: education?.endYear ?? '',
      description: education?.description ?? '',
    },
    validate: (values) =>
      clientErrors(
        validateEducation(
          normalizeEducation({ ...values, startYear: year(values.startYear), endYear: year(values.endYear) }),
        ),
        currentLocale(i18n.language),
      ),
  });
  const { formErrors, send } = useUserErrorForm(form);
  const submit = form.onSubmit(async (values) => {
    const input = {
      ...values,
      id: education?.id ?? null,
      startYear: year(values.startYear),
      endYear: year(values.endYear),
    };
    if (await send(async () => (await save({ variables: { input } })).data?.saveEducation)) onDone();
  });
  const label = (name: string) => t(`profile.education.fields.${name}`);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlerts messages={formErrors} />
        <TextInput
          label={label('school')}
          required
          maxLength={CAREER_LIMITS.organisation}
          {...form.getInputProps('school')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={label('degree')} maxLength={CAREER_LIMITS.title} {...form.getInputProps('degree')} />
          <TextInput
            label={label('fieldOfStudy')}
            maxLength={CAREER_LIMITS.title}
            {...form.getInputProps('fieldOfStudy')}
          />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <NumberInput label={label('startYear')} allowDecimal={false} {...form.getInputProps('startYear')} />
          <NumberInput label={label('endYear')} allowDecimal={false} {...form.getInputProps('endYear')} />
        </SimpleGrid>
        <Textarea
          label={label('description')}
          autosize
          minRows={3}
          maxLength={CAREER_LIMITS.description}
          {...form.getInputProps('description')}
        />
        <FormActions loading={loading} onCancel={onDone} />
      </Stack>
    </form>
  );
}
