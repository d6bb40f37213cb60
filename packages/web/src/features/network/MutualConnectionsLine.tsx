import { Anchor, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface Person {
  handle: string;
  displayName: string;
}

/** "Léa Martin and 12 other mutual connections", the first one linking to their profile. */
export function MutualConnectionsLine({ first, count }: { first: Person | null; count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  const others = count - 1;
  const line = first ? (
    <Trans
      i18nKey={others ? 'network.mutual.more' : 'network.mutual.only'}
      count={others || undefined}
      values={{ name: first.displayName }}
      components={{ person: <Anchor component={Link} to={`/in/${first.handle}`} size="sm" fw={600} /> }}
    />
  ) : (
    t('network.mutual.count', { count })
  );
  return (
    <Text size="sm" c="dimmed" data-testid="mutual-connections">
      <IconUsers size={14} aria-hidden style={{ verticalAlign: 'middle', marginInlineEnd: 4 }} />
      {line}
    </Text>
  );
}
