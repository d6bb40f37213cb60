import { NETWORK_LIMITS, normalizeInvitationNote, validateIntroductionNote } from '@carnet/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntroductionFieldsFragment } from '../../gql/graphql';
import { currentLocale } from '../../i18n';
import { clientErrors } from '../auth/form-errors';
import { Section } from './NetworkSection';
import { PersonRow } from './PersonRow';
import type { useNetworkAction } from './useNetworkAction';
import {
  DeclineIntroductionMutation,
  ForwardIntroductionMutation,
  IntroductionsQuery,
  NETWORK_QUERIES,
  WithdrawIntroductionMutation,
} from './operations';

type Run = ReturnType<typeof useNetworkAction>['run'];
const OPTIONS = { refetchQueries: NETWORK_QUERIES, awaitRefetchQueries: true };

function Message({ label, text }: { label: string; text: string | null }) {
  if (!text) return null;
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      <Text span fw={600} size="sm">
        {label}{' '}
      </Text>
      {text}
    </Text>
  );
}

/** An introduction the viewer is asked for: both messages, then Forward with an optional note, or Decline. */
function ToForwardRow({ introduction, run }: { introduction: IntroductionFieldsFragment; run: Run }) {
  const { t, i18n } = useTranslation();
  const [forward] = useMutation(ForwardIntroductionMutation, OPTIONS);
  const [decline] = useMutation(DeclineIntroductionMutation, OPTIONS);
  const [writing, setWriting] = useState(false);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const open = introduction.state === 'REQUESTED';
  const send = () => {
    const normalized = normalizeInvitationNote(note);
    const error = clientErrors(validateIntroductionNote(normalized), currentLocale(i18n.language)).note;
    setNoteError(error);
    if (error) return;
    void run(
      async () => (await forward({ variables: { id: introduction.id, note: normalized } })).data?.forwardIntroduction,
    );
  };
  const names = { requester: introduction.requester.displayName, target: introduction.target.displayName };
  return (
    <Stack gap="xs">
      <PersonRow
        person={introduction.requester}
        details={
          <>
            <Text size="sm">{t('introductions.wantsToMeet', names)}</Text>
            <Message label={t('introductions.toYou')} text={introduction.messageToIntermediary} />
            <Message label={t('introductions.forTarget', names)} text={introduction.messageToTarget} />
          </>
        }
      >
        {open ? (
          <>
            <Button size="xs" onClick={() => setWriting(true)} disabled={writing}>
              {t('introductions.forward')}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() =>
                run(async () => (await decline({ variables: { id: introduction.id } })).data?.declineIntroduction)
              }
            >
              {t('introductions.decline')}
            </Button>
          </>
        ) : (
          <Badge variant="light">{t(`introductions.state.${introduction.state}`)}</Badge>
        )}
      </PersonRow>
      {open && writing && (
        <Stack gap="xs">
          <Textarea
            label={t('introductions.note', names)}
            description={t('introductions.charactersLeft', {
              count: NETWORK_LIMITS.introductionText - note.length,
            })}
            autosize
            minRows={2}
            value={note}
            error={noteError}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button size="xs" variant="default" onClick={() => setWriting(false)}>
              {t('profile.cancel')}
            </Button>
            <Button size="xs" onClick={send}>
              {t('introductions.send', names)}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

/** An introduction the viewer asked for: to whom, through whom, its state, and Withdraw while it waits. */
function RequestedRow({ introduction, run }: { introduction: IntroductionFieldsFragment; run: Run }) {
  const { t } = useTranslation();
  const [withdraw] = useMutation(WithdrawIntroductionMutation, OPTIONS);
  return (
    <PersonRow
      person={introduction.target}
      details={
        <>
          <Text size="sm">{t('introductions.through', { name: introduction.intermediary.displayName })}</Text>
          <Message label={t('introductions.theirNote')} text={introduction.note} />
        </>
      }
    >
      <Badge variant="light">{t(`introductions.state.${introduction.state}`)}</Badge>
      {introduction.state === 'REQUESTED' && (
        <Button
          size="xs"
          variant="default"
          onClick={() =>
            run(async () => (await withdraw({ variables: { id: introduction.id } })).data?.withdrawIntroduction)
          }
        >
          {t('introductions.withdraw')}
        </Button>
      )}
    </PersonRow>
  );
}

/** Introductions on the Network page: those the viewer is asked to forward, and those they asked for. */
export function IntroductionsSection({ run }: { run: Run }) {
  const { t } = useTranslation();
  const { data } = useQuery(IntroductionsQuery);
  const toForward = data?.viewer?.toForward;
  const requested = data?.viewer?.requested;
  if (!toForward || !requested) return null;
  return (
    <Section
      title={t('introductions.title')}
      count={toForward.totalCount + requested.totalCount}
      empty={t('introductions.none')}
    >
      {toForward.nodes.map((introduction) => (
        <ToForwardRow key={introduction.id} introduction={introduction} run={run} />
      ))}
      {requested.nodes.map((introduction) => (
        <RequestedRow key={introduction.id} introduction={introduction} run={run} />
      ))}
    </Section>
  );
}
