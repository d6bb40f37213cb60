import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, List, Modal, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDownload, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForgetViewer } from '../auth/useSignOut';
import { FormAlerts, useUserErrorForm } from '../forms/useUserErrorForm';
import { openUrl } from './browser';
import { DeleteAccountMutation, ExportMyDataMutation } from './operations';

/** Asks for the password, says what goes and what stays, then deletes the account and leaves signed out. */
function DeleteAccountModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [deleteAccount, { loading }] = useMutation(DeleteAccountMutation);
  const forgetViewer = useForgetViewer();
  const form = useForm({ initialValues: { password: '' } });
  const { formErrors, send } = useUserErrorForm(form);
  const submit = form.onSubmit(async ({ password }) => {
    const payload = await send(
      async () => (await deleteAccount({ variables: { input: { password } } })).data?.deleteAccount,
    );
    if (payload?.deletedMemberId) await forgetViewer('/');
  });
  const close = () => {
    form.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('yourData.delete.confirmTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('yourData.delete.erased')}</Text>
          <List size="sm">
            <List.Item>{t('yourData.delete.erasedProfile')}</List.Item>
            <List.Item>{t('yourData.delete.erasedAccount')}</List.Item>
            <List.Item>{t('yourData.delete.erasedHandle')}</List.Item>
          </List>
          <Text size="sm">{t('yourData.delete.stays')}</Text>
          <Text size="sm" fw={600}>
            {t('yourData.delete.keepACopy')}
          </Text>
          <FormAlerts messages={formErrors} />
          <PasswordInput
            label={t('yourData.delete.password')}
            autoComplete="current-password"
            required
            data-autofocus
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('yourData.delete.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading}>
              {t('yourData.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Settings › Your data: take everything out as an archive, or leave Carnet for good. */
export function YourDataCard() {
  const { t } = useTranslation();
  const [exportMyData, { loading, error }] = useMutation(ExportMyDataMutation);
  const [deleting, setDeleting] = useState(false);
  const download = async () => {
    const { data } = await exportMyData();
    if (data?.exportMyData.downloadUrl) openUrl(data.exportMyData.downloadUrl);
  };
  return (
    <Card withBorder>
      <Title order={2} fz="h4" mb="sm">
        {t('yourData.title')}
      </Title>
      <Stack>
        <div>
          <Text size="sm" mb="xs">
            {t('yourData.export.intro')}
          </Text>
          <Button
            leftSection={<IconDownload size={18} aria-hidden />}
            loading={loading}
            onClick={() => void download()}
          >
            {t('yourData.export.button')}
          </Button>
          {error && (
            <Text c="red" size="sm" mt="xs" role="alert">
              {t('yourData.export.failed')}
            </Text>
          )}
        </div>
        <Card withBorder radius="sm" style={{ borderColor: 'var(--mantine-color-red-6)' }}>
          <Title order={3} fz="h5" c="red" mb="xs">
            {t('yourData.delete.title')}
          </Title>
          <Text size="sm" mb="sm">
            {t('yourData.delete.intro')}
          </Text>
          <Group>
            <Button
              color="red"
              variant="light"
              leftSection={<IconTrash size={18} aria-hidden />}
              onClick={() => setDeleting(true)}
            >
              {t('yourData.delete.button')}
            </Button>
          </Group>
        </Card>
      </Stack>
      <DeleteAccountModal opened={deleting} onClose={() => setDeleting(false)} />
    </Card>
  );
}
