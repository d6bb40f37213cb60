import { ActionIcon, Anchor, Button, Card, Group, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A profile section its owner edits as a whole, in place: its content, or its editor once "Edit" is pressed. */
export function EditableSection(props: {
  title: string;
  editLabel: string;
  emptyText: string;
  editable: boolean;
  empty: boolean;
  editor: (done: () => void) => ReactNode;
  children: ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  if (!props.editable && props.empty) return null;
  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="h4">
          {props.title}
        </Title>
        {props.editable && !editing && (
          <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
            {props.editLabel}
          </Button>
        )}
      </Group>
      {editing ? (
        props.editor(() => setEditing(false))
      ) : props.empty ? (
        <Text c="dimmed">{props.emptyText}</Text>
      ) : (
        props.children
      )}
    </Card>
  );
}

/** Move up, move down and remove for one row of an ordered list being edited. */
export function ListRowActions(props: {
  name: string;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}) {
  const { t } = useTranslation();
  const { index, name } = props;
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        variant="subtle"
        aria-label={t('profile.list.moveUp', { name })}
        disabled={index === 0}
        onClick={() => props.onMove(index, index - 1)}
      >
        <IconArrowUp size={16} />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        aria-label={t('profile.list.moveDown', { name })}
        disabled={index === props.count - 1}
        onClick={() => props.onMove(index, index + 1)}
      >
        <IconArrowDown size={16} />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={t('profile.list.remove', { name })}
        onClick={() => props.onRemove(index)}
      >
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  );
}

/** A link to another site: a new tab that learns nothing of Carnet, and no search-engine credit. Only http(s). */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!/^https?:\/\//i.test(href)) return <Text span>{children}</Text>;
  return (
    <Anchor href={href} target="_blank" rel="noopener noreferrer nofollow">
      {children}
    </Anchor>
  );
}
