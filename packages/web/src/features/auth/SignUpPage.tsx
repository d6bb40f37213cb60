import { LIMITS, normalizeSignUp, validateSignUp } from '@carnet/shared';
import { useMutation } from '@apollo/client/react';
import { Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { AuthFormFooter, AuthLayout } from './AuthLayout';
import { FormAlerts, useUserErrorForm } from '../forms/useUserErrorForm';
import { clientErrors } from './form-errors';
import { useEnterApp } from './useEnterApp';
import { SignUpMutation } from './operations';

export default function SignUpPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const enterApp = useEnterApp();
  const [signUp, { loading }] = useMutation(SignUpMutation);
  const form = useForm({
    initialValues: { email: '', password: '', firstName: '', lastName: '' },
    validate: (values) => clientErrors(validateSignUp(normalizeSignUp(values)), locale),
    validateInputOnBlur: true,
  });

  const { formErrors, send } = useUserErrorForm(form);

  const submit = form.onSubmit(async (values) => {
    const payload = await send(async () => (await signUp({ variables: { input: values } })).data?.signUp);
    if (payload) await enterApp('/');
  });

  return (
    <AuthLayout title={t('auth.signUp.title')} subtitle={t('auth.signUp.subtitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlerts messages={formErrors} />
          <Group grow align="flex-start">
            <TextInput
              label={t('auth.firstName')}
              autoComplete="given-name"
              maxLength={LIMITS.firstName}
              required
              {...form.getInputProps('firstName')}
            />
            <TextInput
              label={t('auth.lastName')}
              autoComplete="family-name"
              maxLength={LIMITS.lastName}
              required
              {...form.getInputProps('lastName')}
            />
          </Group>
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('auth.password')}
            description={t('auth.signUp.passwordHint', { min: LIMITS.passwordMin, max: LIMITS.passwordMax })}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <AuthFormFooter
            submit={t('auth.signUp.submit')}
            loading={loading}
            question={t('auth.signUp.haveAccount')}
            link={t('auth.signUp.signInLink')}
            to="/signin"
          />
        </Stack>
      </form>
    </AuthLayout>
  );
}
