import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvitationFieldsFragment } from '../../gql/graphql';
import { FormAlerts } from '../forms/useUserErrorForm';
import { PageLoader } from '../shell/PageLoader';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { ConnectionsSection } from './ConnectionsSection';
import { FindPeopleForm } from './FindPeopleForm';
import { IntroductionsSection } from './IntroductionsSection';
import { Section } from './NetworkSection';
import { PersonRow } from './PersonRow';
import { useNetworkAction } from './useNetworkAction';
import { SuggestionsSection } from './SuggestionsSection';
import {
  AcceptInvitationMutation,
  IgnoreInvitationMutation,
  NETWORK_QUERIES,
  NetworkQuery,
  WithdrawInvitationMutation,
} from './operations';

function InvitationDetails({ invitation }: { invitation: InvitationFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <>
      {invitation.introduction ? (
        <Text size="sm">
          {t('introductions.introducedBy', { name: invitation.introduction.intermediary.displayName })}
        </Text>
      ) : (
        <Text size="sm">{t(`network.howKnown.${invitation.howKnown}`)}</Text>
      )}
      {invitation.introduction?.note && (
        <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-wrap' }}>
          {invitation.introduction.note}
        </Text>
      )}
      {invitation.note && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {invitation.note}
        </Text>
      )}
    </>
  );
}

/**
 * Invitations received (accept, ignore) and sent (withdraw), people you may know, finding people by email, and
 * connections (search, remove, download).
 */
export default function NetworkPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('sections.network.title'));
  const { data, loading } = useQuery(NetworkQuery);
  const options = { refetchQueries: NETWORK_QUERIES, awaitRefetchQueries: true };
  const [accept] = useMutation(AcceptInvitationMutation, options);
  const [ignore] = useMutation(IgnoreInvitationMutation, options);
  const [withdraw] = useMutation(WithdrawInvitationMutation, options);
  const { errors, run } = useNetworkAction();
  const viewer = data?.viewer;
  if (loading && !viewer) return <PageLoader />;
  if (!viewer?.invitationsReceived || !viewer.invitationsSent) return null;
  const received = viewer.invitationsReceived;
  const sent = viewer.invitationsSent;

  return (
    <Stack maw={860} mx="auto">
      <Title order={1} fz="h2">
        {t('sections.network.title')}
      </Title>
      <FormAlerts messages={errors} />
      <Section title={t('network.received')} count={received.totalCount} empty={t('network.noneReceived')}>
        {received.nodes.map((invitation) => (
          <PersonRow
            key={invitation.id}
            person={invitation.sender}
            details={<InvitationDetails invitation={invitation} />}
          >
            <Button
              size="xs"
              onClick={() =>
                run(async () => (await accept({ variables: { id: invitation.id } })).data?.acceptInvitation)
              }
            >
              {t('network.accept')}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() =>
                run(async () => (await ignore({ variables: { id: invitation.id } })).data?.ignoreInvitation)
              }
            >
              {t('network.ignore')}
            </Button>
          </PersonRow>
        ))}
      </Section>
      <Section title={t('network.sent')} count={sent.totalCount} empty={t('network.noneSent')}>
        <Text size="sm" c="dimmed">
          {t('network.left', { count: viewer.invitationsLeftThisWeek ?? 0 })}
        </Text>
        {sent.nodes.map((invitation) => (
          <PersonRow key={invitation.id} person={invitation.recipient}>
            <Button
              size="xs"
              variant="default"
              onClick={() =>
                run(async () => (await withdraw({ variables: { id: invitation.id } })).data?.withdrawInvitation)
              }
            >
              {t('network.withdraw')}
            </Button>
          </PersonRow>
        ))}
      </Section>
      <IntroductionsSection run={run} />
      <SuggestionsSection run={run} />
      <FindPeopleForm />
      <ConnectionsSection run={run} />
    </Stack>
  );
}
