import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A card of the Network page: a titled, counted list, or a line saying it is empty. */
export function Section({
  title,
  count,
  empty,
  children,
}: {
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="lg" component="section" aria-label={title}>
      <Group gap="xs" mb="sm">
        <Title order={2} fz="h4">
          {title}
        </Title>
        <Badge variant="light">{count}</Badge>
      </Group>
      <Stack gap="md">{count ? children : <Text c="dimmed">{empty}</Text>}</Stack>
    </Card>
  );
}
