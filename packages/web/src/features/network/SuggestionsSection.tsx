import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SuggestionsQuery as SuggestionsData } from '../../gql/graphql';
import { ConnectModal } from './ConnectModal';
import { Section } from './NetworkSection';
import { PersonRow } from './PersonRow';
import type { Payload } from './useNetworkAction';
import { DismissSuggestionMutation, SuggestionsQuery } from './operations';

type Suggestion = NonNullable<NonNullable<SuggestionsData['viewer']>['suggestedConnections']>[number];
type Reason = Suggestion['reasons'][number];

/** One reason in words: "14 mutual connections", "Works at Renault", "Studied at INSA Lyon". */
export function reasonText(reason: Reason, t: TFunction): string {
  if (reason.kind === 'MUTUAL_CONNECTIONS')
    return t('network.suggestions.reasons.MUTUAL_CONNECTIONS', { count: reason.count ?? 0 });
  return t(`network.suggestions.reasons.${reason.kind}`, { name: reason.name ?? '' });
}

function SuggestionRow({
  suggestion,
  run,
}: {
  suggestion: Suggestion;
  run: (mutate: () => Promise<Payload>) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [dismiss, { loading }] = useMutation(DismissSuggestionMutation, {
    refetchQueries: ['Suggestions'],
    awaitRefetchQueries: true,
  });
  const { member } = suggestion;
  return (
    <PersonRow
      person={member}
      details={
        <Text size="sm" c="dimmed">
          {suggestion.reasons.map((reason) => reasonText(reason, t)).join(' · ')}
        </Text>
      }
    >
      <Button size="xs" onClick={open} aria-label={t('network.suggestions.connectNamed', { name: member.displayName })}>
        {t('network.connect.button')}
      </Button>
      <Button
        size="xs"
        variant="default"
        loading={loading}
        aria-label={t('network.suggestions.dismissNamed', { name: member.displayName })}
        onClick={() => run(async () => (await dismiss({ variables: { memberId: member.id } })).data?.dismissSuggestion)}
      >
        {t('network.suggestions.dismiss')}
      </Button>
      <ConnectModal memberId={member.id} displayName={member.displayName} opened={opened} onClose={close} />
    </PersonRow>
  );
}

/** People you may know, each with why, to invite or to dismiss for good. */
export function SuggestionsSection({ run }: { run: (mutate: () => Promise<Payload>) => Promise<void> }) {
  const { t } = useTranslation();
  const { data } = useQuery(SuggestionsQuery, { fetchPolicy: 'cache-and-network' });
  const suggestions = data?.viewer?.suggestedConnections;
  if (!suggestions) return null;
  return (
    <Section title={t('network.suggestions.title')} count={suggestions.length} empty={t('network.suggestions.none')}>
      {suggestions.map((suggestion) => (
        <SuggestionRow key={suggestion.member.id} suggestion={suggestion} run={run} />
      ))}
    </Section>
  );
}
