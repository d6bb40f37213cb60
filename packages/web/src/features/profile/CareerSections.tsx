import { useMutation } from '@apollo/client/react';
import { ActionIcon, Anchor, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMonth } from '../../format';
import type { ProfileFieldsFragment } from '../../gql/graphql';
import { EducationForm } from './EducationForm';
import { ExperienceForm } from './ExperienceForm';
import { MemberProfileQuery, RemoveEducationMutation, RemoveExperienceMutation } from './operations';

type Experience = ProfileFieldsFragment['experiences']['nodes'][number];
type Education = ProfileFieldsFragment['education']['nodes'][number];

/** A section of dated entries, with add, edit and remove for the profile's owner. */
export function EntrySection<E extends { id: string }>(props: {
  title: string;
  addLabel: string;
  entries: readonly E[];
  editable: boolean;
  render: (entry: E) => ReactNode;
  nameOf: (entry: E) => string;
  form: (entry: E | undefined, done: () => void) => ReactNode;
  remove: (entry: E) => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<E | 'new' | null>(null);
  if (!props.editable && props.entries.length === 0) return null;
  const close = () => setEditing(null);
  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="h4">
          {props.title}
        </Title>
        {props.editable && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
            {props.addLabel}
          </Button>
        )}
      </Group>
      <Stack gap="md">
        {props.entries.map((entry) => (
          <Group key={entry.id} justify="space-between" align="flex-start" wrap="nowrap">
            <div>{props.render(entry)}</div>
            {props.editable && (
              <Group gap={4} wrap="nowrap">
                <ActionIcon
                  variant="subtle"
                  aria-label={t('profile.editEntry', { name: props.nameOf(entry) })}
                  onClick={() => setEditing(entry)}
                >
                  <IconPencil size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('profile.removeEntry', { name: props.nameOf(entry) })}
                  onClick={() => props.remove(entry)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            )}
          </Group>
        ))}
      </Stack>
      <Modal opened={editing !== null} onClose={close} title={props.title} size="lg">
        {editing !== null && props.form(editing === 'new' ? undefined : editing, close)}
      </Modal>
    </Card>
  );
}

export function CareerSections({ profile, editable }: { profile: ProfileFieldsFragment; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const refetchQueries = [MemberProfileQuery];
  const [removeExperience] = useMutation(RemoveExperienceMutation, { refetchQueries });
  const [removeEducation] = useMutation(RemoveEducationMutation, { refetchQueries });
  const period = (e: Experience) =>
    `${formatMonth(e.startMonth, i18n.language)} – ${e.endMonth ? formatMonth(e.endMonth, i18n.language) : t('profile.experience.present')}`;

  return (
    <>
      <EntrySection
        title={t('profile.experience.title')}
        addLabel={t('profile.experience.add')}
        entries={profile.experiences.nodes}
        editable={editable}
        remove={(e: Experience) => void removeExperience({ variables: { input: { id: e.id } } })}
        form={(e, done) => <ExperienceForm experience={e} onDone={done} />}
        nameOf={(e: Experience) => `${e.title}, ${e.companyName}`}
        render={(e: Experience) => (
          <>
            <Text fw={600}>{e.title}</Text>
            {e.company ? (
              <Anchor component={Link} to={`/company/${e.company.slug}`}>
                {e.companyName}
              </Anchor>
            ) : (
              <Text>{e.companyName}</Text>
            )}
            <Text size="sm" c="dimmed">
              {[period(e), e.location].filter(Boolean).join(' · ')}
            </Text>
            {e.description && (
              <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                {e.description}
              </Text>
            )}
          </>
        )}
      />
      <EntrySection
        title={t('profile.education.title')}
        addLabel={t('profile.education.add')}
        entries={profile.education.nodes}
        editable={editable}
        remove={(e: Education) => void removeEducation({ variables: { input: { id: e.id } } })}
        form={(e, done) => <EducationForm education={e} onDone={done} />}
        nameOf={(e: Education) => e.school}
        render={(e: Education) => (
          <>
            <Text fw={600}>{e.school}</Text>
            <Text>{[e.degree, e.fieldOfStudy].filter(Boolean).join(', ')}</Text>
            <Text size="sm" c="dimmed">
              {[e.startYear, e.endYear].filter(Boolean).join(' – ')}
            </Text>
          </>
        )}
      />
    </>
  );
}
