import { checkEmail, USER_ERROR_CODES, type UserErrorDraft } from '@carnet/shared';
import { useMutation } from '@apollo/client/react';
import { PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { currentLocale } from '../../i18n';
import { AuthFormFooter, AuthLayout } from './AuthLayout';
import { FormAlerts, useUserErrorForm } from '../forms/useUserErrorForm';
import { clientErrors } from './form-errors';
import { useEnterApp } from './useEnterApp';
import { SignInMutation } from './operations';

/** Only a path inside the app, so that a crafted link cannot send the member elsewhere after sign-in. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function SignInPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const [params] = useSearchParams();
  const enterApp = useEnterApp();
  const [signIn, { loading }] = useMutation(SignInMutation);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: (values) => {
      const drafts: UserErrorDraft[] = checkEmail('email', values.email);
      if (!values.password) drafts.push({ field: 'password', code: USER_ERROR_CODES.REQUIRED });
      return clientErrors(drafts, locale);
    },
  });

  const { formErrors, send } = useUserErrorForm(form);

  const submit = form.onSubmit(async (values) => {
    const payload = await send(async () => (await signIn({ variables: { input: values } })).data?.signIn);
    if (payload) await enterApp(safeNext(params.get('next')));
  });

  return (
    <AuthLayout title={t('auth.signIn.title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlerts messages={formErrors} />
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <AuthFormFooter
            submit={t('auth.signIn.submit')}
            loading={loading}
            question={t('auth.signIn.noAccount')}
            link={t('auth.signIn.signUpLink')}
            to="/signup"
          />
        </Stack>
      </form>
    </AuthLayout>
  );
}
