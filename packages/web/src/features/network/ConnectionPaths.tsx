import { Anchor, Avatar, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface Person {
  id: string;
  handle: string;
  displayName: string;
}

function Step({ person }: { person: Person }) {
  return (
    <Anchor component={Link} to={`/in/${person.handle}`} size="sm">
      <Group gap={6} wrap="nowrap">
        <Avatar name={person.displayName} color="initials" size="sm" />
        {person.displayName}
      </Group>
    </Anchor>
  );
}

/** "How you are connected": each chain from you to the member, through the people in between. */
export function ConnectionPaths({ member, paths }: { member: Person; paths: readonly { members: Person[] }[] }) {
  const { t } = useTranslation();
  const chains = paths.filter((path) => path.members.length > 0);
  if (!chains.length) return null;
  return (
    <Card withBorder padding="md" component="section" aria-label={t('network.paths.title')}>
      <Title order={2} fz="h5" mb="xs">
        {t('network.paths.title')}
      </Title>
      <Stack gap="xs">
        {chains.map((path, i) => (
          <Group
            key={path.members.map((m) => m.id).join('>')}
            gap={4}
            wrap="wrap"
            role="list"
            aria-label={t('network.paths.path', { number: i + 1 })}
          >
            <Text size="sm" fw={600} role="listitem">
              {t('network.paths.you')}
            </Text>
            {[...path.members, member].map((person) => (
              <Fragment key={person.id}>
                <IconChevronRight size={14} aria-hidden />
                <span role="listitem">
                  <Step person={person} />
                </span>
              </Fragment>
            ))}
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
