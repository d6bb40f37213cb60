import { SKILL_LIMITS } from '@carnet/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Stack, TagsInput, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileFieldsFragment } from '../../gql/graphql';
import { FormActions } from '../forms/FormActions';
import { FormAlerts, useUserErrorForm } from '../forms/useUserErrorForm';
import { SetSkillsMutation, SkillSuggestionsQuery } from './operations';

type Skills = ProfileFieldsFragment['skills']['nodes'];

function SkillsEditor({ skills, onDone }: { skills: Skills; onDone: () => void }) {
  const { t } = useTranslation();
  const [names, setNames] = useState(skills.map((skill) => skill.name));
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(typed.trim(), 200);
  const { data } = useQuery(SkillSuggestionsQuery, { variables: { query }, skip: query.length < 2 });
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
        <TagsInput
          label={t('profile.skills.label')}
          description={t('profile.skills.hint', { max: SKILL_LIMITS.perMember, top: SKILL_LIMITS.highlighted })}
          value={names}
          onChange={setNames}
          searchValue={typed}
          onSearchChange={setTyped}
          data={data?.skillSuggestions ?? []}
          maxTags={SKILL_LIMITS.perMember}
          clearable
          error={errors.names}
        />
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
