import { checkHandle, HANDLE_LENGTH, normalizeHandle } from '@carnet/shared';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { clientErrors } from '../auth/form-errors';
import { FormAlerts, useUserErrorForm } from '../forms/useUserErrorForm';
import { ChangeHandleMutation } from '../profile/operations';

/** The public address of the profile, /in/<handle>; the old one keeps working for a while. */
export function HandleForm({ handle }: { handle: string }) {
  const { t, i18n } = useTranslation();
  const [changeHandle, { loading }] = useMutation(ChangeHandleMutation);
  const [saved, setSaved] = useState(false);
  const form = useForm({
    initialValues: { handle },
    validate: (values) =>
      clientErrors(checkHandle('handle', normalizeHandle(values.handle)), currentLocale(i18n.language)),
  });
  const { formErrors, send } = useUserErrorForm(form);
  const submit = form.onSubmit(async ({ handle: wanted }) => {
    setSaved(false);
    const payload = await send(
      async () => (await changeHandle({ variables: { input: { handle: wanted } } })).data?.changeHandle,
    );
    if (payload?.member) {
      form.setValues({ handle: payload.member.handle });
      setSaved(true);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <FormAlerts messages={formErrors} />
        <TextInput
          label={t('settings.handle.label')}
          description={t('settings.handle.hint', { min: HANDLE_LENGTH.min, max: HANDLE_LENGTH.max })}
          leftSection={<Text size="sm">/in/</Text>}
          leftSectionWidth={40}
          maxLength={HANDLE_LENGTH.max}
          {...form.getInputProps('handle')}
        />
        <Group>
          <Button type="submit" loading={loading} variant="default">
            {t('settings.handle.save')}
          </Button>
          {saved && <Text c="green">{t('settings.handle.saved')}</Text>}
        </Group>
      </Stack>
    </form>
  );
}
