import { checkEmailList, splitEmailList } from '@carnet/shared';
import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindMembersByEmailMutation as FindResult } from '../../gql/graphql';
import { currentLocale } from '../../i18n';
import { clientErrors } from '../auth/form-errors';
import { FormAlerts, useUserErrorForm } from '../forms/useUserErrorForm';
import { ConnectModal } from './ConnectModal';
import { PersonRow } from './PersonRow';
import { FindMembersByEmailMutation } from './operations';

type Found = FindResult['findMembersByEmail'];
type FoundMember = Found['members'][number];

function FoundAction({ member }: { member: FoundMember }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const state = member.viewerState;
  if (state?.degree === 'FIRST') return <Badge variant="light">{t('network.connected')}</Badge>;
  if (state?.invitation) return <Badge variant="light">{t('network.pending')}</Badge>;
  if (!state?.canInvite) return null;
  return (
    <>
      <Button size="xs" onClick={open} aria-label={t('network.suggestions.connectNamed', { name: member.displayName })}>
        {t('network.connect.button')}
      </Button>
      <ConnectModal memberId={member.id} displayName={member.displayName} opened={opened} onClose={close} />
    </>
  );
}

/** "Find people you know": paste addresses, see who among them lets people find them, and invite them. */
export function FindPeopleForm() {
  const { t, i18n } = useTranslation();
  const [find, { loading }] = useMutation(FindMembersByEmailMutation);
  const [found, setFound] = useState<Found | null>(null);
  const form = useForm({
    initialValues: { emails: '' },
    validate: (values) => clientErrors(checkEmailList(splitEmailList(values.emails)), currentLocale(i18n.language)),
  });
  const { formErrors, send } = useUserErrorForm(form);
  const submit = form.onSubmit(async ({ emails }) => {
    const payload = await send(
      async () => (await find({ variables: { emails: splitEmailList(emails) } })).data?.findMembersByEmail,
    );
    if (payload) setFound(payload as Found);
  });
  return (
    <Card withBorder padding="lg" component="section" aria-label={t('network.findPeople.title')}>
      <Title order={2} fz="h4" mb="xs">
        {t('network.findPeople.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlerts messages={formErrors} />
          <Textarea
            label={t('network.findPeople.label')}
            description={t('network.findPeople.hint')}
            autosize
            minRows={3}
            {...form.getInputProps('emails')}
          />
          <Group>
            <Button type="submit" loading={loading}>
              {t('network.findPeople.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {found && (
        <Stack gap="md" mt="md" aria-live="polite">
          <Text size="sm">{t('network.findPeople.found', { count: found.members.length })}</Text>
          {found.invalidCount > 0 && (
            <Text size="sm" c="dimmed">
              {t('network.findPeople.invalid', { count: found.invalidCount })}
            </Text>
          )}
          {found.members.map((member) => (
            <PersonRow key={member.id} person={member}>
              <FoundAction member={member} />
            </PersonRow>
          ))}
        </Stack>
      )}
    </Card>
  );
}
