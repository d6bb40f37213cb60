import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconBriefcase, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../format';
import type { OpenToWorkFieldsFragment } from '../../gql/graphql';
import { ClearOpenToWorkMutation } from './operations';
import { OpenToWorkForm } from './OpenToWorkForm';

export function OpenToWorkBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="green" variant="filled" leftSection={<IconBriefcase size={12} aria-hidden />}>
      {t('openToWork.badge')}
    </Badge>
  );
}

function Details({ signal, owner }: { signal: OpenToWorkFieldsFragment; owner: boolean }) {
  const { t, i18n } = useTranslation();
  const line = (label: string, value: string) => (
    <Text size="sm">
      <Text span fw={600}>
        {label}
      </Text>{' '}
      {value}
    </Text>
  );
  return (
    <Stack gap={4} data-testid="open-to-work-details">
      <Text fw={600}>{signal.jobTitles.join(' · ')}</Text>
      {line(t('openToWork.contractTypes'), signal.contractTypes.map((type) => t(`contractTypes.${type}`)).join(', '))}
      {signal.workplaceTypes.length > 0 &&
        line(
          t('openToWork.workplaceTypes'),
          signal.workplaceTypes.map((type) => t(`workplaceTypes.${type}`)).join(', '),
        )}
      {signal.locations.length > 0 && line(t('openToWork.locations'), signal.locations.join(' · '))}
      <Text size="sm">
        {signal.availableFrom
          ? t('openToWork.availableFromMonth', { month: formatMonth(signal.availableFrom, i18n.language, 'long') })
          : t('openToWork.availableNow')}
      </Text>
      {owner && (
        <Text size="sm" c="dimmed">
          {t('openToWork.seenBy', { audience: t(`openToWork.audiences.${signal.visibleTo}`) })}
        </Text>
      )}
    </Stack>
  );
}

/** The "open to work" signal as this reader may see it; its owner turns it on, edits it and turns it off here. */
export function OpenToWorkSection({
  signal,
  editable,
}: {
  signal: OpenToWorkFieldsFragment | null;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [clear, { loading: clearing }] = useMutation(ClearOpenToWorkMutation);
  if (!editable && !signal) return null;
  return (
    <Card withBorder padding="lg" data-testid="open-to-work">
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Title order={2} fz="h4">
            {t('openToWork.title')}
          </Title>
          {signal && <OpenToWorkBadge />}
        </Group>
        {editable && signal && !editing && (
          <Group gap="xs">
            <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
              {t('openToWork.edit')}
            </Button>
            <Button size="xs" variant="default" loading={clearing} onClick={() => void clear()}>
              {t('openToWork.turnOff')}
            </Button>
          </Group>
        )}
      </Group>
      {editing ? (
        <OpenToWorkForm signal={signal} onDone={() => setEditing(false)} />
      ) : signal ? (
        <Details signal={signal} owner={editable} />
      ) : (
        <Stack gap="xs" align="flex-start">
          <Text c="dimmed">{t('openToWork.pitch')}</Text>
          <Button leftSection={<IconBriefcase size={16} />} onClick={() => setEditing(true)}>
            {t('openToWork.turnOn')}
          </Button>
        </Stack>
      )}
    </Card>
  );
}
