import {
  HOW_KNOWN,
  NETWORK_LIMITS,
  normalizeInvitationNote,
  validateInvitationNote,
  type HowKnown,
} from '@carnet/shared';
import { useMutation } from '@apollo/client/react';
import { Modal, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { clientErrors } from '../auth/form-errors';
import { FormActions } from '../forms/FormActions';
import { FormAlerts, useUserErrorForm } from '../forms/useUserErrorForm';
import { NETWORK_QUERIES, SendInvitationMutation } from './operations';

interface Props {
  memberId: string;
  displayName: string;
  opened: boolean;
  onClose: () => void;
}

/** An invitation to connect, with how you know each other and an optional personal note. */
export function ConnectModal({ memberId, displayName, opened, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [sendInvitation, { loading }] = useMutation(SendInvitationMutation, {
    refetchQueries: NETWORK_QUERIES,
    awaitRefetchQueries: true,
  });
  const form = useForm({
    initialValues: { note: '', howKnown: HOW_KNOWN.COLLEAGUE as HowKnown },
    validate: (values) =>
      clientErrors(validateInvitationNote(normalizeInvitationNote(values.note)), currentLocale(i18n.language)),
  });
  const { formErrors, send } = useUserErrorForm(form);
  const submit = form.onSubmit(async ({ note, howKnown }) => {
    const payload = await send(
      async () =>
        (await sendInvitation({ variables: { input: { memberId, howKnown, note: note || null } } })).data
          ?.sendInvitation,
    );
    if (payload) {
      form.reset();
      onClose();
    }
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('network.connect.title', { name: displayName })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlerts messages={formErrors} />
          <Select
            label={t('network.connect.howKnown')}
            allowDeselect={false}
            data={Object.values(HOW_KNOWN).map((value) => ({ value, label: t(`network.howKnown.${value}`) }))}
            {...form.getInputProps('howKnown')}
          />
          <Textarea
            label={t('network.connect.note')}
            description={t('network.connect.noteHint', {
              count: NETWORK_LIMITS.invitationNote - form.values.note.length,
            })}
            autosize
            minRows={3}
            {...form.getInputProps('note')}
          />
          <FormActions loading={loading} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
