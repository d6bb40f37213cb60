import { currentMonth, normalizeExperience, validateExperience, CAREER_LIMITS } from '@carnet/shared';
import { useMutation } from '@apollo/client/react';
import { Checkbox, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileFieldsFragment } from '../../gql/graphql';
import { currentLocale } from '../../i18n';
import { clientErrors } from '../auth/form-errors';
import { CompanyNameInput, type PickedCompany } from '../companies/CompanyNameInput';
import { FormActions } from '../forms/FormActions';
import { FormAlerts, useUserErrorForm } from '../forms/useUserErrorForm';
import { MemberProfileQuery, SaveExperienceMutation } from './operations';

type Experience = ProfileFieldsFragment['experiences']['nodes'][number];

/** Adds a job (no `experience`) or changes one. Months are typed as the browser's month picker gives them. */
export function ExperienceForm({ experience, onDone }: { experience?: Experience; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [save, { loading }] = useMutation(SaveExperienceMutation, { refetchQueries: [MemberProfileQuery] });
  const form = useForm({
    initialValues: {
      title: experience?.title ?? '',
      companyName: experience?.companyName ?? '',
      location: experience?.location ?? '',
      startMonth: experience?.startMonth ?? '',
      endMonth: experience?.endMonth ?? '',
      current: experience?.current ?? false,
      description: experience?.description ?? '',
    },
    validate: (values) => clientErrors(validateExperience(normalizeExperience(values)), currentLocale(i18n.language)),
  });
  const [company, setCompany] = useState<PickedCompany | null>(experience?.company ?? null);
  // A company page that cannot be linked is a problem of the company field.
  const { formErrors, send } = useUserErrorForm({
    setErrors: ({ companyId, ...errors }) => form.setErrors(companyId ? { ...errors, companyName: companyId } : errors),
  });
  const submit = form.onSubmit(async (values) => {
    const input = {
      ...values,
      id: experience?.id ?? null,
      companyId: company?.id,
      endMonth: values.current ? null : values.endMonth || null,
    };
    if (await send(async () => (await save({ variables: { input } })).data?.saveExperience)) onDone();
  });
  const label = (name: string) => t(`profile.experience.fields.${name}`);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlerts messages={formErrors} />
        <TextInput label={label('title')} required maxLength={CAREER_LIMITS.title} {...form.getInputProps('title')} />
        <CompanyNameInput
          label={label('companyName')}
          required
          maxLength={CAREER_LIMITS.organisation}
          {...form.getInputProps('companyName')}
          value={form.values.companyName}
          company={company}
          onChange={(name, picked) => {
            form.setFieldValue('companyName', name);
            setCompany(picked);
          }}
        />
        <TextInput label={label('location')} maxLength={CAREER_LIMITS.place} {...form.getInputProps('location')} />
        <Checkbox label={label('current')} {...form.getInputProps('current', { type: 'checkbox' })} />
        <SimpleGrid cols={2}>
          <TextInput
            type="month"
            label={label('startMonth')}
            required
            max={currentMonth()}
            {...form.getInputProps('startMonth')}
          />
          {!form.values.current && (
            <TextInput
              type="month"
              label={label('endMonth')}
              required
              max={currentMonth()}
              {...form.getInputProps('endMonth')}
            />
          )}
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
