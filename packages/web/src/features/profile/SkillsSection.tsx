import { SKILL_LIMITS } from '@carnet/shared';
import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileFieldsFragment } from '../../gql/graphql';
import { FormActions } from '../forms/FormActions';
import { FormAlerts, useUserErrorForm } from '../forms/useUserErrorForm';
import { ListRowActions } from './EditableSection';
import { SetSkillsMutation } from './operations';
import { SkillTagsInput } from './SkillTagsInput';

type Skills = ProfileFieldsFragment['skills']['nodes'];

function moved<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  next.splice(to, 0, ...next.splice(from, 1));
  return next;
}

/** The skills being edited in their order, each movable with the buttons (and so the keyboard). */
function SkillOrder({ names, onChange }: { names: string[]; onChange: (names: string[]) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} role="list" aria-label={t('profile.skills.order', { top: SKILL_LIMITS.highlighted })}>
      <Text size="sm" c="dimmed">
        {t('profile.skills.order', { top: SKILL_LIMITS.highlighted })}
      </Text>
      {names.map((name, index) => (
        <Group key={name} role="listitem" justify="space-between" wrap="nowrap">
          <Text size="sm" fw={index < SKILL_LIMITS.highlighted ? 600 : undefined}>
            {index + 1}. {name}
          </Text>
          <ListRowActions
            name={name}
            index={index}
            count={names.length}
            onMove={(from, to) => onChange(moved(names, from, to))}
            onRemove={(at) => onChange(names.filter((_, i) => i !== at))}
          />
        </Group>
      ))}
    </Stack>
  );
}

function SkillsEditor({ skills, onDone }: { skills: Skills; onDone: () => void }) {
  const { t } = useTranslation();
  const [names, setNames] = useState(skills.map((skill) => skill.name));
  const [setSkills, { loading }] = useMutation(SetSkillsMutation);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { formErrors, send } = useUserErrorForm({ setErrors });

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (await send(async () => (await setSkills({ variables: { input: { names } } })).data?.setSkills)) onDone();
  };
  return (
    <form onSubmit={save} noValidate>
      <Stack>
        <FormAlerts messages={formErrors} />
        <SkillTagsInput
          label={t('profile.skills.label')}
          description={t('profile.skills.hint', { max: SKILL_LIMITS.perMember, top: SKILL_LIMITS.highlighted })}
          value={names}
          onChange={setNames}
          maxTags={SKILL_LIMITS.perMember}
          clearable
          error={errors.names}
        />
        {names.length > 1 && <SkillOrder names={names} onChange={setNames} />}
        <FormActions loading={loading} onCancel={onDone} />
      </Stack>
    </form>
  );
}

export function SkillsSection({ skills, editable }: { skills: Skills; editable: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  if (!editable && skills.length === 0) return null;
  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="h4">
          {t('profile.skills.title')}
        </Title>
        {editable && !editing && (
          <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
            {t('profile.skills.edit')}
          </Button>
        )}
      </Group>
      {editing ? (
        <SkillsEditor skills={skills} onDone={() => setEditing(false)} />
      ) : skills.length === 0 ? (
        <Text c="dimmed">{t('profile.skills.empty')}</Text>
      ) : (
        <Group gap="xs" data-testid="profile-skills">
          {skills.map((skill) => (
            <Badge key={skill.name} size="lg" tt="none" variant={skill.highlighted ? 'filled' : 'light'}>
              {skill.name}
            </Badge>
          ))}
        </Group>
      )}
    </Card>
  );
}
