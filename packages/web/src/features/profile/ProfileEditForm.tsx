import { normalizeProfile, normalizeWebsites, PROFILE_LIMITS, validateProfile, validateWebsites } from '@carnet/shared';
import { useMutation } from '@apollo/client/react';
import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ProfileFieldsFragment } from '../../gql/graphql';
import { currentLocale } from '../../i18n';
import { clientErrors } from '../auth/form-errors';
import { FormActions } from '../forms/FormActions';
import { FormAlerts, useUserErrorForm } from '../forms/useUserErrorForm';
import { UpdateProfileMutation } from './operations';

function initialValues(profile: ProfileFieldsFragment) {
  return {
    firstName: profile.firstName,
    lastName: profile.lastName,
    headline: profile.headline ?? '',
    industry: profile.industry ?? '',
    city: profile.location?.city ?? '',
    region: profile.location?.region ?? '',
    country: profile.location?.country ?? '',
    about: profile.about ?? '',
    contactEmail: profile.contactInfo?.email ?? '',
    phone: profile.contactInfo?.phone ?? '',
    // One input per allowed address; blank ones are dropped by the API.
    websites: Array.from({ length: PROFILE_LIMITS.websites }, (_, i) => profile.contactInfo?.websites[i] ?? ''),
  };
}

export function ProfileEditForm({ profile, onDone }: { profile: ProfileFieldsFragment; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [update, { loading }] = useMutation(UpdateProfileMutation);
  const form = useForm({
    initialValues: initialValues(profile),
    validate: ({ firstName: _first, lastName: _last, websites, ...values }) =>
      clientErrors(
        [...validateProfile(normalizeProfile(values)), ...validateWebsites(normalizeWebsites(websites))],
        currentLocale(i18n.language),
      ),
  });
  const { formErrors, send } = useUserErrorForm(form);
  const submit = form.onSubmit(async (input) => {
    if (await send(async () => (await update({ variables: { input } })).data?.updateProfile)) onDone();
  });
  const field = (name: Exclude<keyof ReturnType<typeof initialValues>, 'websites'>, max?: number) => ({
    label: t(`profile.fields.${name}`),
    maxLength: max,
    ...form.getInputProps(name),
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlerts messages={formErrors} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...field('firstName')} required />
          <TextInput {...field('lastName')} required />
        </SimpleGrid>
        <TextInput {...field('headline', PROFILE_LIMITS.headline)} description={t('profile.headlineHint')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput {...field('city', PROFILE_LIMITS.place)} />
          <TextInput {...field('region', PROFILE_LIMITS.place)} />
          <TextInput {...field('country', PROFILE_LIMITS.place)} />
        </SimpleGrid>
        <TextInput {...field('industry', PROFILE_LIMITS.industry)} />
        <Textarea {...field('about', PROFILE_LIMITS.about)} autosize minRows={4} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...field('contactEmail')} type="email" />
          <TextInput {...field('phone', PROFILE_LIMITS.phone)} type="tel" />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {form.values.websites.map((_, index) => (
            <TextInput
              key={index}
              label={t('profile.fields.website', { n: index + 1 })}
              type="url"
              placeholder="https://"
              {...form.getInputProps(`websites.${index}`)}
            />
          ))}
        </SimpleGrid>
        <FormActions loading={loading} onCancel={onDone} />
      </Stack>
    </form>
  );
}
