import { NETWORK_LIMITS, USER_ERROR_CODES, normalizeInvitationNote, validateIntroductionRequest } from '@carnet/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { Modal, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { clientErrors } from '../auth/form-errors';
import { FormActions } from '../forms/FormActions';
import { FormAlerts, useUserErrorForm } from '../forms/useUserErrorForm';
import { IntroductionMutualsQuery, NETWORK_QUERIES, RequestIntroductionMutation } from './operations';

interface Props {
  member: { id: string; handle: string; displayName: string };
  opened: boolean;
  onClose: () => void;
}

/** Asks one of the mutual connections to introduce you, with a message to them and one for the member. */
export function IntroductionModal({ member, opened, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(IntroductionMutualsQuery, { variables: { handle: member.handle }, skip: !opened });
  const mutuals = data?.member?.viewerState?.mutualConnections ?? [];
  const [requestIntroduction, { loading }] = useMutation(RequestIntroductionMutation, {
    refetchQueries: NETWORK_QUERIES,
    awaitRefetchQueries: true,
  });
  const form = useForm({
    initialValues: { intermediaryId: '', messageToIntermediary: '', messageToTarget: '' },
    validate: (values) => {
      const drafts = validateIntroductionRequest({
        messageToIntermediary: normalizeInvitationNote(values.messageToIntermediary) ?? '',
        messageToTarget: normalizeInvitationNote(values.messageToTarget) ?? '',
      });
      const chosen = values.intermediaryId ? [] : [{ field: 'intermediaryId', code: USER_ERROR_CODES.REQUIRED }];
      return clientErrors([...chosen, ...drafts], currentLocale(i18n.language));
    },
  });
  const { formErrors, send } = useUserErrorForm(form);
  const submit = form.onSubmit(async (values) => {
    const payload = await send(
      async () =>
        (await requestIntroduction({ variables: { input: { targetId: member.id, ...values } } })).data
          ?.requestIntroduction,
    );
    if (payload) {
      form.reset();
      onClose();
    }
  });
  const left = (text: string) =>
    t('introductions.charactersLeft', { count: NETWORK_LIMITS.introductionText - text.length });
  return (
    <Modal opened={opened} onClose={onClose} title={t('introductions.ask.title', { name: member.displayName })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlerts messages={formErrors} />
          <Select
            label={t('introductions.ask.intermediary')}
            placeholder={t('introductions.ask.choose')}
            allowDeselect={false}
            data={mutuals.map((mutual) => ({ value: mutual.id, label: mutual.displayName }))}
            {...form.getInputProps('intermediaryId')}
          />
          <Textarea
            label={t('introductions.ask.messageToIntermediary')}
            description={left(form.values.messageToIntermediary)}
            autosize
            minRows={3}
            {...form.getInputProps('messageToIntermediary')}
          />
          <Textarea
            label={t('introductions.ask.messageToTarget', { name: member.displayName })}
            description={left(form.values.messageToTarget)}
            autosize
            minRows={3}
            {...form.getInputProps('messageToTarget')}
          />
          <FormActions loading={loading} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
