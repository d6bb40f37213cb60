import { CERTIFICATION_LIMITS, currentMonth, normalizeCertification, validateCertification } from '@carnet/shared';
import { useMutation } from '@apollo/client/react';
import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ProfileFieldsFragment } from '../../gql/graphql';
import { currentLocale } from '../../i18n';
import { clientErrors } from '../auth/form-errors';
import { FormActions } from '../forms/FormActions';
import { FormAlerts, useUserErrorForm } from '../forms/useUserErrorForm';
import { MemberProfileQuery, SaveCertificationMutation } from './operations';

export type Certification = ProfileFieldsFragment['certifications']['nodes'][number];

/** Adds a certification (no `certification`) or changes one. An expiry may lie ahead; the issue may not. */
export function CertificationForm({ certification, onDone }: { certification?: Certification; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [save, { loading }] = useMutation(SaveCertificationMutation, { refetchQueries: [MemberProfileQuery] });
  const form = useForm({
    initialValues: {
      name: certification?.name ?? '',
      issuingOrganization: certification?.issuingOrganization ?? '',
      issueMonth: certification?.issueMonth ?? '',
      expiryMonth: certification?.expiryMonth ?? '',
      credentialId: certification?.credentialId ?? '',
      credentialUrl: certification?.credentialUrl ?? '',
    },
    validate: (values) =>
      clientErrors(validateCertification(normalizeCertification(values)), currentLocale(i18n.language)),
  });
  const { formErrors, send } = useUserErrorForm(form);
  const submit = form.onSubmit(async (values) => {
    const input = { ...normalizeCertification(values), id: certification?.id ?? null };
    if (await send(async () => (await save({ variables: { input } })).data?.saveCertification)) onDone();
  });
  const label = (name: string) => t(`profile.certifications.fields.${name}`);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlerts messages={formErrors} />
        <TextInput
          label={label('name')}
          required
          maxLength={CERTIFICATION_LIMITS.name}
          {...form.getInputProps('name')}
        />
        <TextInput
          label={label('issuingOrganization')}
          maxLength={CERTIFICATION_LIMITS.issuingOrganization}
          {...form.getInputProps('issuingOrganization')}
        />
        <SimpleGrid cols={2}>
          <TextInput
            type="month"
            label={label('issueMonth')}
            required
            max={currentMonth()}
            {...form.getInputProps('issueMonth')}
          />
          <TextInput type="month" label={label('expiryMonth')} {...form.getInputProps('expiryMonth')} />
        </SimpleGrid>
        <TextInput
          label={label('credentialId')}
          maxLength={CERTIFICATION_LIMITS.credentialId}
          {...form.getInputProps('credentialId')}
        />
        <TextInput
          label={label('credentialUrl')}
          type="url"
          placeholder="https://"
          {...form.getInputProps('credentialUrl')}
        />
        <FormActions loading={loading} onCancel={onDone} />
      </Stack>
    </form>
  );
}
