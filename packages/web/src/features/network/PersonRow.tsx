import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DegreeBadge } from './DegreeBadge';
import { MutualConnectionsLine } from './MutualConnectionsLine';

/** What a row shows of a member: the fields of the PersonSummary fragment (all but the name are optional). */
export interface Person {
  handle: string;
  displayName: string;
  headline?: string | null;
  currentPosition?: { title: string; companyName: string } | null;
  viewerState?: {
    degree: string;
    mutualConnectionCount: number;
    mutualConnections: { handle: string; displayName: string }[];
  } | null;
}

/**
 * A member in a list: name linking to the profile with the degree badge, headline, current position, mutual
 * connections, details, and actions on the right.
 */
export function PersonRow({
  person,
  children,
  details,
}: {
  person: Person;
  children?: ReactNode;
  details?: ReactNode;
}) {
  const { t } = useTranslation();
  const { currentPosition: position, viewerState: state } = person;
  return (
    <Group justify="space-between" wrap="wrap" gap="xs" data-testid="network-row">
      <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Group gap="xs" wrap="nowrap">
          <Anchor component={Link} to={`/in/${person.handle}`} fw={600}>
            {person.displayName}
          </Anchor>
          {state && <DegreeBadge degree={state.degree} />}
        </Group>
        {person.headline && (
          <Text size="sm" c="dimmed">
            {person.headline}
          </Text>
        )}
        {position && (
          <Text size="sm" data-testid="current-position">
            {t('personRow.position', { title: position.title, company: position.companyName })}
          </Text>
        )}
        {state && (
          <MutualConnectionsLine first={state.mutualConnections[0] ?? null} count={state.mutualConnectionCount} />
        )}
        {details}
      </Stack>
      <Group gap="xs">{children}</Group>
    </Group>
  );
}
