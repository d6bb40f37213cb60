import { checkEmail, USER_ERROR_CODES, type UserErrorDraft } from '@carnet/shared';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { describeError } from '../../errors';
import { currentLocale } from '../../i18n';
import { AuthLayout } from './AuthLayout';
import { clientErrors, splitUserErrors } from './form-errors';
import { SignInMutation } from './operations';

/** Only a path inside the app, so that a crafted link cannot send the member elsewhere after sign-in. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function SignInPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const client = useApolloClient();
  const [signIn, { loading }] = useMutation(SignInMutation);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: (values) => {
      const drafts: UserErrorDraft[] = checkEmail('email', values.email);
      if (!values.password) drafts.push({ field: 'password', code: USER_ERROR_CODES.REQUIRED });
      return clientErrors(drafts, locale);
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFormErrors([]);
    try {
      const { data } = await signIn({ variables: { input: values } });
      const { fields, form: whole } = splitUserErrors(data?.signIn.userErrors ?? []);
      form.setErrors(fields);
      setFormErrors(whole);
      if (!data?.signIn.member) return;
      await client.resetStore();
      await navigate(safeNext(params.get('next')), { replace: true });
    } catch (error) {
      setFormErrors([describeError(error, t)]);
    }
  });

  return (
    <AuthLayout title={t('auth.signIn.title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {formErrors.map((message) => (
            <Alert key={message} color="red" role="alert">
              {message}
            </Alert>
          ))}
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
          <Button type="submit" loading={loading} fullWidth>
            {t('auth.signIn.submit')}
          </Button>
          <Text size="sm" ta="center">
            {t('auth.signIn.noAccount')}{' '}
            <Anchor component={Link} to="/signup">
              {t('auth.signIn.signUpLink')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
