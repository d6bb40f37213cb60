import { LIMITS, normalizeSignUp, validateSignUp } from '@carnet/shared';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { describeError } from '../../errors';
import { currentLocale } from '../../i18n';
import { AuthLayout } from './AuthLayout';
import { clientErrors, splitUserErrors } from './form-errors';
import { SignUpMutation } from './operations';

export default function SignUpPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const navigate = useNavigate();
  const client = useApolloClient();
  const [signUp, { loading }] = useMutation(SignUpMutation);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm({
    initialValues: { email: '', password: '', firstName: '', lastName: '' },
    validate: (values) => clientErrors(validateSignUp(normalizeSignUp(values)), locale),
    validateInputOnBlur: true,
  });

  const submit = form.onSubmit(async (values) => {
    setFormErrors([]);
    try {
      const { data } = await signUp({ variables: { input: values } });
      const { fields, form: whole } = splitUserErrors(data?.signUp.userErrors ?? []);
      form.setErrors(fields);
      setFormErrors(whole);
      if (!data?.signUp.member) return;
      await client.resetStore();
      await navigate('/', { replace: true });
    } catch (error) {
      setFormErrors([describeError(error, t)]);
    }
  });

  return (
    <AuthLayout title={t('auth.signUp.title')} subtitle={t('auth.signUp.subtitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {formErrors.map((message) => (
            <Alert key={message} color="red" role="alert">
              {message}
            </Alert>
          ))}
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
          <Button type="submit" loading={loading} fullWidth>
            {t('auth.signUp.submit')}
          </Button>
          <Text size="sm" ta="center">
            {t('auth.signUp.haveAccount')}{' '}
            <Anchor component={Link} to="/signin">
              {t('auth.signUp.signInLink')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
