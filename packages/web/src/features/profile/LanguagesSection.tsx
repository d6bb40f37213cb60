import {
  LANGUAGE_CODES,
  LANGUAGE_LIMITS,
  LANGUAGE_PROFICIENCIES,
  languageName,
  normalizeLanguages,
  validateLanguages,
} from '@carnet/shared';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileFieldsFragment } from '../../gql/graphql';
import { currentLocale } from '../../i18n';
import { clientErrors } from '../auth/form-errors';
import { FormActions } from '../forms/FormActions';
import { FormAlerts, useUserErrorForm } from '../forms/useUserErrorForm';
import { EditableSection, ListRowActions } from './EditableSection';
import { SetLanguagesMutation } from './operations';

type Languages = ProfileFieldsFragment['languages']['nodes'];

/** Every ISO 639-1 language, named and sorted in the reader's language. */
function useLanguageOptions() {
  const { i18n } = useTranslation();
  return useMemo(
    () =>
      LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(code, i18n.language) })).sort((a, b) =>
        a.label.localeCompare(b.label, i18n.language),
      ),
    [i18n.language],
  );
}

function LanguagesEditor({ languages, onDone }: { languages: Languages; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const options = useLanguageOptions();
  const levels = Object.values(LANGUAGE_PROFICIENCIES).map((value) => ({
    value,
    label: t(`profile.languages.levels.${value}`),
  }));
  const [setLanguages, { loading }] = useMutation(SetLanguagesMutation);
  const form = useForm({
    initialValues: { languages: languages.map(({ code, proficiency }) => ({ code, proficiency })) },
    validate: (values) =>
      clientErrors(validateLanguages(normalizeLanguages(values.languages)), currentLocale(i18n.language)),
  });
  const { formErrors, send } = useUserErrorForm(form);
  const submit = form.onSubmit(async ({ languages: list }) => {
    const payload = await send(
      async () => (await setLanguages({ variables: { input: { languages: list } } })).data?.setLanguages,
    );
    if (payload) onDone();
  });
  const rows = form.values.languages;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlerts messages={formErrors} />
        {rows.map((row, index) => {
          const name = row.code ? languageName(row.code, i18n.language) : String(index + 1);
          return (
            <Group key={index} align="flex-end" wrap="wrap" gap="xs">
              <Select
                label={t('profile.languages.language', { n: index + 1 })}
                data={options}
                searchable
                allowDeselect={false}
                style={{ flex: '1 1 10rem' }}
                {...form.getInputProps(`languages.${index}.code`)}
              />
              <Select
                label={t('profile.languages.proficiency', { n: index + 1 })}
                data={levels}
                allowDeselect={false}
                style={{ flex: '1 1 10rem' }}
                {...form.getInputProps(`languages.${index}.proficiency`)}
              />
              <ListRowActions
                name={name}
                index={index}
                count={rows.length}
                onMove={(from, to) => form.reorderListItem('languages', { from, to })}
                onRemove={(at) => form.removeListItem('languages', at)}
              />
            </Group>
          );
        })}
        {form.errors.languages && (
          <Text c="red" size="sm" role="alert">
            {form.errors.languages}
          </Text>
        )}
        <Group>
          <Button
            variant="subtle"
            leftSection={<IconPlus size={14} />}
            disabled={rows.length >= LANGUAGE_LIMITS.perMember}
            onClick={() => form.insertListItem('languages', { code: '', proficiency: LANGUAGE_PROFICIENCIES.B2 })}
          >
            {t('profile.languages.add')}
          </Button>
        </Group>
        <FormActions loading={loading} onCancel={onDone} />
      </Stack>
    </form>
  );
}

/** Section LANGUAGES: names in the reader's language, CEFR levels spelled out. */
export function LanguagesSection({ languages, editable }: { languages: Languages; editable: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <EditableSection
      title={t('profile.languages.title')}
      editLabel={t('profile.languages.edit')}
      emptyText={t('profile.languages.empty')}
      editable={editable}
      empty={languages.length === 0}
      editor={(done) => <LanguagesEditor languages={languages} onDone={done} />}
    >
      <Stack gap={4} data-testid="profile-languages">
        {languages.map((language) => (
          <Text key={language.code}>
            <Text span fw={600}>
              {languageName(language.code, i18n.language)}
            </Text>
            {' · '}
            {t(`profile.languages.levels.${language.proficiency}`)}
          </Text>
        ))}
      </Stack>
    </EditableSection>
  );
}
